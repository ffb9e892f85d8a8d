using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Triage;

/// <summary>A whole conversation to its outcome, answering each question by what it asks, recording every question asked.</summary>
internal sealed class HandoverPlay(IChatDriver chat)
{
    /// <summary>Said in the opening: words no summary may contain (the person's own, which the bot never keeps).</summary>
    public const string OwnWords = "xylophone";

    public const string Opening = "My lower back went into spasm two days ago, carrying my grandmother's " + OwnWords;

    /// <summary>What each question asked about (its channelData.triage.asks), in order.</summary>
    public List<IReadOnlyList<string>> Asked { get; } = [];

    public List<Activity> Replies { get; } = [];

    /// <summary>Plays to the outcome: <paramref name="answers"/> answers the questions it names, the quiet patient the rest.</summary>
    public async Task<TriageData> ToOutcomeAsync(IReadOnlyDictionary<string, string>? answers = null)
    {
        await chat.JoinAsync();
        var replies = await SayAsync(Opening);
        for (var turn = 0; turn < 50; turn++)
        {
            if (replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true) is { } outcome)
            {
                return outcome;
            }

            var asks = TriageData.Of(replies.Last(r => TriageData.Of(r)?.IsQuestion == true))!.Asks;
            Asked.Add(asks);
            var answer = answers?.FirstOrDefault(a => asks.Contains(a.Key)).Value ?? QuietPatient.AnswerTo(asks);
            replies = await SayAsync(answer);
        }

        throw new InvalidOperationException("No outcome.");
    }

    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var replies = await chat.SayAsync(text);
        Replies.AddRange(replies);
        return replies;
    }
}
