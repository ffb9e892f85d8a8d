using BackSpasmBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Transcripts;

/// <summary>
/// Records each turn (what arrived and what the bot sent) and appends it to the conversation's transcript when the
/// turn has finished, unless the person asked to be forgotten during it. Typing and trace activities are left out.
/// </summary>
public sealed class TranscriptMiddleware(TranscriptStore store, TimeProvider time, ILogger<TranscriptMiddleware> logger) : IMiddleware
{
    private static readonly EventId WriteFailedEvent = new(1100, "TranscriptWriteFailed");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var incoming = turnContext.Activity;
        if (incoming?.ChannelId is null || incoming.Conversation?.Id is null)
        {
            await next(cancellationToken);
            return;
        }

        var recorded = new List<JObject>();
        Record(recorded, incoming);
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var responses = await nextSend();
            for (var i = 0; i < activities.Count; i++)
            {
                var sent = Record(recorded, activities[i]);
                if (sent is not null && responses?.ElementAtOrDefault(i)?.Id is { } id)
                {
                    sent["id"] = id;
                }
            }

            return responses!;
        });

        await next(cancellationToken);

        if (TurnMarks.ErasedThisTurn(turnContext))
        {
            return;
        }

        try
        {
            await store.AppendAsync(incoming.ChannelId, incoming.Conversation.Id, recorded, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A transcript is a developer's aid: failing to write one must not fail the person's turn.
            logger.LogWarning(WriteFailedEvent, "Could not write a transcript on {ChannelId}: {ExceptionType}", incoming.ChannelId, ex.GetType().FullName);
        }
    }

    private JObject? Record(List<JObject> recorded, IActivity activity)
    {
        if (activity is not Activity { } source || source.Type is ActivityTypes.Typing or ActivityTypes.Trace)
        {
            return null;
        }

        var snapshot = TranscriptStore.Snapshot(source);
        if (source.Timestamp is null)
        {
            snapshot["timestamp"] = time.GetUtcNow().UtcDateTime;
        }

        recorded.Add(snapshot);
        return snapshot;
    }
}
