using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Turns;

/// <summary>
/// Shows "typing…" to the person while a message turn is slow: first after <see cref="Delay"/>, then every
/// <see cref="Period"/>, until the turn sends a message or ends.
/// </summary>
/// <remarks>
/// Replaces the SDK's <c>ShowTypingMiddleware</c>, which on every turn started a delayed task and cancelled it, so
/// that every fast turn (almost all of them) threw and caught a cancellation, and which kept its typing state per
/// conversation. This one arms one timer per message turn and disposes it; a fast turn pays for nothing else. The
/// indicator goes straight to the adapter, past the other middleware, so it reaches the person while
/// <see cref="SaveBeforeSendMiddleware"/> still holds the turn's replies. A failure to send it never fails the turn.
/// </remarks>
public sealed class TypingIndicatorMiddleware(TimeProvider clock, ILogger<TypingIndicatorMiddleware> logger) : IMiddleware
{
    /// <summary>How long a turn runs before the first indicator: a faster turn shows none.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the indicator is sent again while the turn goes on (channels hide it after a few seconds).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    private static readonly EventId TypingFailedEvent = new(2010, "TypingIndicatorNotSent");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        await using var typing = new TypingTimer(turnContext, clock, logger);
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            if (activities.Exists(activity => activity.Type == ActivityTypes.Message))
            {
                await typing.StopAsync();
            }

            return await nextSend();
        });
        await next(cancellationToken);
    }

    /// <summary>One turn's indicator: a timer, and the send in flight (awaited on stop, so none outlives the turn).</summary>
    private sealed class TypingTimer : IAsyncDisposable
    {
        private readonly ITurnContext _turn;
        private readonly ILogger _logger;
        private readonly ITimer _timer;
        private readonly Lock _gate = new();
        private Task _sending = Task.CompletedTask;
        private bool _stopped;

        public TypingTimer(ITurnContext turn, TimeProvider clock, ILogger logger)
        {
            (_turn, _logger) = (turn, logger);
            _timer = clock.CreateTimer(static state => ((TypingTimer)state!).Tick(), this, Delay, Period);
        }

        private void Tick()
        {
            lock (_gate)
            {
                if (!_stopped && _sending.IsCompleted)
                {
                    _sending = SendAsync();
                }
            }
        }

        private async Task SendAsync()
        {
            var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = _turn.Activity.RelatesTo };
            typing.ApplyConversationReference(_turn.Activity.GetConversationReference());
            try
            {
                await _turn.Adapter.SendActivitiesAsync(_turn, [typing], CancellationToken.None);
            }
#pragma warning disable CA1031 // "typing…" is a courtesy: whatever stops it must not stop the turn.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _logger.LogDebug(TypingFailedEvent, "Typing indicator not sent: {ExceptionType}", exception.GetType().Name);
            }
        }

        public Task StopAsync()
        {
            lock (_gate)
            {
                _stopped = true;
            }

            _timer.Dispose();
            return _sending;
        }

        public async ValueTask DisposeAsync() => await StopAsync();
    }
}
