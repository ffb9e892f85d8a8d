using BackSpasmBot.Triage.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Triage.FollowUps;

/// <summary>
/// The check-in's part of the <c>channelData.triage</c> contract: the offer asks about <c>follow_up</c>, the progress
/// question about <c>progress</c>, and every message of a check-in conversation carries <c>followUp: true</c> on top of
/// the usual fields.
/// </summary>
public static class FollowUpActivities
{
    /// <summary>What the offer asks about.</summary>
    public const string OfferAsks = "follow_up";

    /// <summary>What the check-in's first question asks about.</summary>
    public const string ProgressAsks = "progress";

    private const string StampedKey = "BackSpasmBot.FollowUp.Stamped";

    /// <summary>From now until the end of this turn, every message sent carries <c>channelData.triage.followUp = true</c>.</summary>
    public static void MarkTurnAsCheckIn(ITurnContext turnContext)
    {
        if (turnContext.TurnState.ContainsKey(StampedKey))
        {
            return;
        }

        turnContext.TurnState[StampedKey] = true;
        turnContext.OnSendActivities((_, activities, next) =>
        {
            foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
            {
                Stamp(activity);
            }

            return next();
        });
    }

    /// <summary>A check-in question: asks about <paramref name="asks"/>, with <c>followUp: true</c>.</summary>
    public static Activity Asking(string text, IReadOnlyList<string> asks)
    {
        var activity = TriageActivities.Asking(text, asks);
        Stamp(activity);
        return activity;
    }

    /// <summary>Adds <c>followUp: true</c> to the message's <c>channelData.triage</c>, keeping what is there.</summary>
    public static void Stamp(Activity activity)
    {
        var channelData = activity.ChannelData switch
        {
            JObject json => json,
            null => [],
            var other => JObject.FromObject(other),
        };
        if (channelData["triage"] is not JObject triage)
        {
            triage = [];
            channelData["triage"] = triage;
        }

        triage["followUp"] = true;
        activity.ChannelData = channelData;
    }
}
