using System.Threading.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Tests.Teams;

/// <summary>
/// Middleware added to the real host in UI tests: reports each finished message turn with what the bot sent, so a
/// test driving a client's UI knows when the bot is done and what it asked (channelData is not shown in a UI).
/// </summary>
public sealed class TurnRecorder : IMiddleware
{
    private readonly Channel<IReadOnlyList<Activity>> _messageTurns = Channel.CreateUnbounded<IReadOnlyList<Activity>>();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var sent = new List<Activity>();
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            lock (sent)
            {
                sent.AddRange(activities.Where(a => a.Type == ActivityTypes.Message));
            }

            return await nextSend();
        });

        await next(cancellationToken);
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            _messageTurns.Writer.TryWrite(sent);
        }
    }

    /// <summary>The bot's messages in the next message turn to finish.</summary>
    public async Task<IReadOnlyList<Activity>> NextMessageTurnAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await _messageTurns.Reader.ReadAsync(cancel.Token);
    }
}
