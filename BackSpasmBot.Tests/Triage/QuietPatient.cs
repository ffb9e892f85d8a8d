using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// A patient with a plain mechanical back strain and no red flags, who answers whatever is asked. Used to walk the
/// triage to any step.
/// </summary>
internal static class QuietPatient
{
    /// <summary>Says nothing the bot would then not ask (no age, no trigger), so every question comes up.</summary>
    public const string Opening = "My lower back went into spasm two days ago";

    public static string AnswerTo(IReadOnlyList<string> asks) => asks switch
    {
        _ when asks.Contains("age") => "35",
        _ when asks.Contains("onset") => "2 days",
        _ when asks.Contains("first_episode") => "no",
        _ when asks.Contains("trigger") => "lifting",
        _ when asks.Contains("backache") => "back ache",
        _ => "no",
    };

    /// <summary>Opens the chat and answers until the bot asks about <paramref name="asks"/>; returns that question.</summary>
    public static async Task<Activity> WalkToAsync(IChatDriver chat, IReadOnlyList<string> asks)
    {
        await chat.JoinAsync();
        return await AnswerUntilAsync(chat, await chat.SayAsync(Opening), asked => asked.SequenceEqual(asks));
    }

    /// <summary>Opens the chat and answers until a question asks about <paramref name="id"/>, alone or with others.</summary>
    public static async Task<Activity> WalkToQuestionAboutAsync(IChatDriver chat, string id)
    {
        await chat.JoinAsync();
        return await AnswerUntilAsync(chat, await chat.SayAsync(Opening), asked => asked.Contains(id));
    }

    /// <summary>From the bot's last <paramref name="replies"/>, answers until a question asks about <paramref name="id"/>.</summary>
    public static Task<Activity> ContinueToQuestionAboutAsync(IChatDriver chat, IReadOnlyList<Activity> replies, string id) =>
        AnswerUntilAsync(chat, replies, asked => asked.Contains(id));

    private static async Task<Activity> AnswerUntilAsync(IChatDriver chat, IReadOnlyList<Activity> replies, Func<IReadOnlyList<string>, bool> wanted)
    {
        for (var turn = 0; turn < 40; turn++)
        {
            var question = replies.LastOrDefault(r => TriageData.Of(r)?.IsQuestion == true)
                ?? throw new InvalidOperationException("The quiet patient reached no further question: " + string.Join(" | ", replies.Select(r => r.Text)));
            var asked = TriageData.Of(question)!.Asks;
            if (wanted(asked))
            {
                return question;
            }

            replies = await chat.SayAsync(AnswerTo(asked));
        }

        throw new InvalidOperationException("The bot never asked the question wanted.");
    }

    /// <summary>Plays the whole triage to its outcome.</summary>
    public static async Task<TriageData> CompleteAsync(IChatDriver chat)
    {
        await chat.JoinAsync();
        var replies = await chat.SayAsync(Opening);
        for (var turn = 0; turn < 40; turn++)
        {
            if (replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true) is { } outcome)
            {
                return outcome;
            }

            var question = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
            replies = await chat.SayAsync(AnswerTo(TriageData.Of(question)!.Asks));
        }

        throw new InvalidOperationException("No outcome.");
    }
}
