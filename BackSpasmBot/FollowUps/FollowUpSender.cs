using BackSpasmBot.Adapter;
using BackSpasmBot.DirectLine;
using BackSpasmBot.Hosting;
using BackSpasmBot.Storage;
using BackSpasmBot.Triage.Dialogs;
using BackSpasmBot.Triage.FollowUps;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.FollowUps;

/// <summary>
/// Sends booked check-ins when they are due, as proactive messages: through the connector at the stored service URL
/// (<c>ContinueConversationAsync</c> with the bot's app id), or into the built-in Direct Line conversation. Every
/// <see cref="FollowUpOptions.PollInterval"/> (on the injected clock) it takes the due check-ins no other instance
/// holds, so each is sent once however many instances share the store, and whether or not this host was running
/// when it was booked.
/// </summary>
public sealed class FollowUpSender(
    IFollowUpStore store,
    IStorage storage,
    TriageState state,
    TriageDialog triage,
    ErrorHandlingCloudAdapter adapter,
    IServiceProvider services,
    IOptions<FollowUpOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<FollowUpSender> logger) : BackgroundService
{
    private const int BatchSize = 20;

    private static readonly EventId SentEvent = new(2101, "CheckInSent");
    private static readonly EventId DroppedEvent = new(2102, "CheckInDropped");
    private static readonly EventId RetryEvent = new(2103, "CheckInRetry");

    /// <summary>This instance's name on the check-ins it takes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Raised after each pass over the due check-ins: the time it looked for due ones, and how many this instance sent (tests wait on it).</summary>
    public event EventHandler<FollowUpPass>? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            do
            {
                var asOf = time.GetUtcNow();
                try
                {
                    await RunDueAsync(asOf, stoppingToken);
                }
                catch (StorageUnavailableException ex)
                {
                    logger.LogWarning("Could not look for due check-ins: {ExceptionType}", ex.InnerException?.GetType().FullName);
                    PassCompleted?.Invoke(this, new FollowUpPass(asOf, 0));
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass: takes the check-ins due at <paramref name="asOf"/> and sends them; returns how many were sent.</summary>
    public async Task<int> RunDueAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var sent = 0;
        IReadOnlyList<FollowUpRecord> due;
        do
        {
            due = await store.ClaimDueAsync(asOf, Owner, options.Value.ClaimLease, BatchSize, cancellationToken);
            foreach (var record in due)
            {
                sent += await SendAsync(record, cancellationToken) ? 1 : 0;
            }
        }
        while (due.Count == BatchSize);

        PassCompleted?.Invoke(this, new FollowUpPass(asOf, sent));
        return sent;
    }

    private async Task<bool> SendAsync(FollowUpRecord record, CancellationToken cancellationToken)
    {
        var channel = record.Reference.ChannelId;

        // Erased ("forget me" also cancels the check-in) or expired: nothing to follow up.
        if ((await storage.ReadAsync([record.Key], cancellationToken)).Count == 0)
        {
            await store.CompleteAsync(record, Owner, cancellationToken);
            logger.LogInformation(DroppedEvent, "Check-in dropped on channel {ChannelId}: the conversation has expired", channel);
            return false;
        }

        var delivery = await DeliverAsync(record, cancellationToken);
        switch (delivery)
        {
            case Delivery.Sent:
                await store.CompleteAsync(record, Owner, cancellationToken);
                logger.LogInformation(SentEvent, "Check-in {Round} sent on channel {ChannelId}", record.Round, channel);
                return true;
            case Delivery.NothingToFollowUp or Delivery.Unreachable:
                await store.CompleteAsync(record, Owner, cancellationToken);
                logger.LogInformation(DroppedEvent, "Check-in dropped on channel {ChannelId}: {Reason}", channel, delivery);
                return false;
            default:
                await RetryOrDropAsync(record, channel, cancellationToken);
                return false;
        }
    }

    private async Task RetryOrDropAsync(FollowUpRecord record, string channel, CancellationToken cancellationToken)
    {
        var previous = record.DueAt;
        record.Attempts++;
        if (record.Attempts >= options.Value.MaxSendAttempts)
        {
            await store.CompleteAsync(record, Owner, cancellationToken);
            logger.LogWarning(DroppedEvent, "Check-in dropped on channel {ChannelId} after {Attempts} failed deliveries", channel, record.Attempts);
            return;
        }

        record.DueAt = time.GetUtcNow() + options.Value.PollInterval;
        await store.RetryAsync(record, Owner, previous, cancellationToken);
        logger.LogWarning(RetryEvent, "Check-in on channel {ChannelId} not delivered (attempt {Attempts}); trying again", channel, record.Attempts);
    }

    private async Task<Delivery> DeliverAsync(FollowUpRecord record, CancellationToken cancellationToken)
    {
        var delivered = false;
        bool? started = null;
        async Task CheckInAsync(ITurnContext turnContext, CancellationToken token)
        {
            // Counted only once the channel accepted a message (save-before-send flushes after this callback).
            turnContext.OnSendActivities(async (_, activities, next) =>
            {
                var responses = await next();
                delivered |= activities.Any(activity => activity.Type == ActivityTypes.Message);
                return responses;
            });
            started = await triage.BeginCheckInAsync(turnContext, state.DialogStack, record.RegionCode, token);
            await state.ConversationState.SaveChangesAsync(turnContext, false, token);
        }

        if (record.InProcess)
        {
            var directLine = services.GetService<DirectLineBotAdapter>();
            var conversations = services.GetService<DirectLineConversations>();
            if (directLine is null || conversations is null
                || !await directLine.ContinueConversationAsync(conversations, record.Reference, CheckInAsync, cancellationToken))
            {
                return Delivery.Unreachable;
            }
        }
        else
        {
            await adapter.ContinueConversationAsync(bot.Value.MicrosoftAppId ?? string.Empty, record.Reference, CheckInAsync, cancellationToken);
        }

        // A turn that failed before it could start the check-in (the store was down) is tried again.
        return delivered ? Delivery.Sent : started == false ? Delivery.NothingToFollowUp : Delivery.Failed;
    }

    private enum Delivery
    {
        Sent,
        Failed,
        NothingToFollowUp,
        Unreachable,
    }
}
