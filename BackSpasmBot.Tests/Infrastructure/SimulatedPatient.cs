using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Plays a vignette as a patient would: opens with their own words, then answers each question from the
/// case's facts, reading only what the bot says and its <c>channelData.triage.asks</c> (never the bot's code).
/// Taps a button when the case says so and a matching button is offered; otherwise types.
/// </summary>
public sealed class SimulatedPatient(Vignette vignette)
{
    private const int MaxTurns = 40;

    public async Task<PatientTranscript> PlayAsync(IChatDriver chat)
    {
        var transcript = new PatientTranscript();
        transcript.Add(await chat.JoinAsync());
        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { Text = vignette.Opening, Locale = vignette.Locale });
        transcript.Add(replies);

        for (var turn = 1; turn <= MaxTurns; turn++)
        {
            if (transcript.Outcome is not null)
            {
                return transcript;
            }

            var question = replies.LastOrDefault(r => TriageData.Of(r)?.IsQuestion == true)
                ?? throw new InvalidOperationException($"{vignette.Id}: the bot neither asked a question nor gave an outcome at turn {turn}: " +
                    string.Join(" | ", replies.Select(r => r.Text)));
            transcript.Questions.Add(TriageData.Of(question)!.Asks);

            var message = vignette.Interject is { } interjection && interjection.AtTurn == turn
                ? new Activity(ActivityTypes.Message) { Text = interjection.Text }
                : Answer(question);
            message.Locale ??= vignette.Locale;
            replies = await chat.SendAsync(message);
            transcript.Add(replies);
        }

        throw new InvalidOperationException($"{vignette.Id}: no outcome after {MaxTurns} answers; the last questions asked about " + string.Join(" / ", transcript.Questions.TakeLast(3).Select(q => string.Join("+", q))) + ".");
    }

    private Activity Answer(Activity question)
    {
        var asks = TriageData.Of(question)!.Asks;
        var (typed, button) = Intended(asks);
        if (vignette.TapsButtons && button is not null && Tap(question, button) is { } tapped)
        {
            return tapped;
        }

        return new Activity(ActivityTypes.Message) { Text = typed };
    }

    /// <summary>What the patient would type, and which button title they would look for.</summary>
    private (string Typed, string? Button) Intended(IReadOnlyList<string> asks)
    {
        if (asks.Contains("age"))
        {
            return (vignette.Age.ToString(CultureInfo.InvariantCulture), null);
        }

        if (asks.Contains("onset"))
        {
            return (OnsetWords(vignette.OnsetHours), null);
        }

        if (asks.Contains("trigger"))
        {
            return (vignette.Trigger, null);
        }

        if (asks.Contains("first_episode"))
        {
            return YesOrNo(vignette.FirstEpisode == true, null);
        }

        if (asks.Contains("nsaid_caution"))
        {
            return vignette.NsaidReason is { } reason ? (reason, null) : YesOrNo(false, null);
        }

        if (asks.Contains("dehydration"))
        {
            return YesOrNo(vignette.Has("dehydration"), null);
        }

        var present = asks.FirstOrDefault(vignette.Has);
        return YesOrNo(present is not null, present is not null && vignette.Say.TryGetValue(present, out var words) ? words : null);
    }

    private bool Spanish => vignette.Language == "es";

    private (string Typed, string? Button) YesOrNo(bool yes, string? words) =>
        yes ? (words ?? (Spanish ? "sí" : "yes"), words is null ? (Spanish ? "Sí" : "Yes") : null) : ("no", "No");

    private string OnsetWords(double hours) => (hours, Spanish) switch
    {
        (< 48, false) => $"{hours:0} hours",
        (< 24 * 14, false) => $"{hours / 24:0} days",
        (_, false) => $"{hours / (24 * 7):0} weeks",
        (< 48, true) => $"hace {hours:0} horas",
        (< 24 * 14, true) => $"hace {hours / 24:0} días",
        (_, true) => $"hace {hours / (24 * 7):0} semanas",
    };

    /// <summary>The activity a button with this title sends, if the question offers one.</summary>
    private static Activity? Tap(Activity question, string title)
    {
        var suggested = question.SuggestedActions?.Actions?.FirstOrDefault(a => Same(a.Title, title));
        if (suggested is not null)
        {
            return new Activity(ActivityTypes.Message) { Text = suggested.Value?.ToString() ?? suggested.Title };
        }

        var button = (question.Attachments ?? [])
            .Select(a => a.Content is HeroCard card ? card : JObject.FromObject(a.Content).ToObject<HeroCard>())
            .SelectMany(card => card?.Buttons ?? [])
            .FirstOrDefault(b => Same(b.Title, title));
        return button is null
            ? null
            : new Activity(ActivityTypes.Message) { Text = button.Text, Value = button.Value };
    }

    private static bool Same(string? a, string b) => string.Equals(a?.Trim(), b, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Everything the patient saw.</summary>
public sealed class PatientTranscript
{
    public List<Activity> BotMessages { get; } = [];

    public List<IReadOnlyList<string>> Questions { get; } = [];

    /// <summary>The first outcome message (its triage data), once one arrived.</summary>
    public TriageData? Outcome { get; private set; }

    public Activity? OutcomeMessage { get; private set; }

    public void Add(IEnumerable<Activity> replies)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            BotMessages.Add(reply);
            if (Outcome is null && TriageData.Of(reply) is { IsOutcome: true } outcome)
            {
                Outcome = outcome;
                OutcomeMessage = reply;
            }
        }
    }
}
