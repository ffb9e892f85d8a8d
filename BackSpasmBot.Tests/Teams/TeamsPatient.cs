using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Teams;

/// <summary>How a button press reaches the bot in Teams.</summary>
public enum ButtonPress
{
    /// <summary>imBack, or messageBack with its text: the answer as message text.</summary>
    Text,

    /// <summary>messageBack without text: only the value <c>{"answer": …}</c>.</summary>
    ValueOnly,

    /// <summary>An Adaptive Card Action.Submit with an Input.ChoiceSet: value <c>{"choice": …}</c>, no text.</summary>
    AdaptiveCardSubmit,
}

/// <summary>
/// A person with an ordinary back spasm (34, started yesterday lifting a box, no warning signs), answering what the
/// bot asks with its own buttons. In group chats and channels each typed message @mentions the bot, as Teams requires.
/// </summary>
public sealed class TeamsPatient(HttpConversation chat, ButtonPress press, bool mentionsTheBot = false)
{
    private static readonly string[] PreferredButtons = ["No", "None of these", "Back ache", "1–2 days", "Lifting"];

    public List<Activity> BotMessages { get; } = [];

    public async Task<TriageData> CompleteSelfCareAsync(string opening = "My back went into spasm when I lifted a box yesterday")
    {
        var replies = await TypeAsync(opening);
        for (var turn = 0; turn < 40; turn++)
        {
            if (replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true) is { } outcome)
            {
                return outcome;
            }

            var question = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
            var asks = TriageData.Of(question)!.Asks;
            replies = asks.Contains("age")
                ? await TypeAsync("34")
                : await PressAsync(PreferredButtons.First(ButtonsOf(question).Contains));
        }

        throw new InvalidOperationException("No outcome after 40 answers.");
    }

    public async Task<IReadOnlyList<Activity>> TypeAsync(string text)
    {
        var message = new Activity(ActivityTypes.Message) { Text = text };
        if (mentionsTheBot)
        {
            message.Text = $"<at>{chat.Bot.Name}</at> {text}";
            message.Entities = [new Mention { Mentioned = chat.Bot, Text = $"<at>{chat.Bot.Name}</at>" }];
        }

        return Keep(await chat.SendAsync(message));
    }

    public async Task<IReadOnlyList<Activity>> PressAsync(string button) => Keep(await chat.SendAsync(press switch
    {
        ButtonPress.ValueOnly => new Activity(ActivityTypes.Message) { Value = new JObject { ["answer"] = button } },
        ButtonPress.AdaptiveCardSubmit => new Activity(ActivityTypes.Message) { Value = new JObject { ["choice"] = button } },
        _ => new Activity(ActivityTypes.Message) { Text = button },
    }));

    /// <summary>The titles of the buttons a message shows: suggested actions and card buttons.</summary>
    public static List<string> ButtonsOf(Activity message) =>
    [
        .. message.SuggestedActions?.Actions?.Select(a => a.Title) ?? [],
        .. (message.Attachments ?? []).Where(a => a.ContentType == HeroCard.ContentType)
            .SelectMany(a => JObject.FromObject(a.Content)["buttons"] as JArray ?? [])
            .Select(b => b.Value<string>("title") ?? string.Empty),
        .. (message.Attachments ?? []).Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive")
            .SelectMany(a => JObject.FromObject(a.Content)["actions"] as JArray ?? [])
            .Select(b => b.Value<string>("title") ?? string.Empty),
    ];

    private IReadOnlyList<Activity> Keep(IReadOnlyList<Activity> replies)
    {
        BotMessages.AddRange(replies.Where(r => r.Type == ActivityTypes.Message));
        return replies;
    }
}
