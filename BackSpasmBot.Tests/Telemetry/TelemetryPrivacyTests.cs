using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>
/// No metric or span attribute holds a word the person typed, their id or the conversation id: checked on everything
/// the exporters are handed after conversations that cover every triage event, in the person's words, each carrying
/// a made-up word that nothing but their message could put there.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed partial class TelemetryPrivacyTests
{
    private const string Marker = "quokkaflint";

    /// <summary>Every value the bot's own attributes may take, besides numbers, booleans and the conversation hash.</summary>
    private static readonly HashSet<string> Vocabulary = new(
        [
            "msteams", "webchat", "directline", "emulator", "test", "slack", "facebook", "telegram", "email", "sms", "line", "omnichannel", "m365extensions", "other", "none",
            "message", "conversationUpdate", "event", "invoke", "installationUpdate", "typing", "endOfConversation", "messageReaction", "messageUpdate", "messageDelete", "deleteUserData", "contactRelationUpdate",
            "emergency", "urgent", "gp", "selfcare",
            "expired", "restart", "cancel", "forget_me",
            "read", "write", "delete", "memory", "sqlite", "redis",
            "unavailable", "conflict", "cancelled",
            "GB", "US", "IE", "AU", "NZ", "CA",
            .. FindingCatalog.All.Select(f => f.Id),
            .. TriageRules.Questions.Select(q => q.Id),
        ],
        StringComparer.Ordinal);

    [Fact]
    public async Task NoAttributeOfAnyMetricOrSpanHoldsWhatThePersonTypedTheirIdOrTheConversationId()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var conversations = new List<HttpConversation>();
        var typed = new List<string>();

        async Task<IReadOnlyList<Activity>> Say(HttpConversation chat, string text)
        {
            typed.Add(text);
            return await chat.SayAsync(text);
        }

        HttpConversation Open()
        {
            var chat = bot.NewConversation();
            conversations.Add(chat);
            return chat;
        }

        var quiet = Open();
        await quiet.JoinAsync();
        var replies = await Say(quiet, $"my {Marker} back went into spasm lifting a wardrobe");
        for (var turn = 0; turn < 40 && !replies.Any(r => TriageData.Of(r)?.IsOutcome == true); turn++)
        {
            var asks = TriageData.Of(replies.Last(r => TriageData.Of(r)?.IsQuestion == true))!.Asks;
            replies = await Say(quiet, $"{QuietPatient.AnswerTo(asks)} {Marker}");
        }

        await Say(quiet, $"show my plan again {Marker}");
        await Say(quiet, $"I've wet myself twice without noticing {Marker}");

        var clarified = Open();
        await QuietPatient.WalkToAsync(clarified, ["age"]);
        await Say(clarified, $"46. and my {Marker} doodah has gone numb since yesterday");
        await Say(clarified, $"help {Marker}");
        await Say(clarified, "restart");
        await Say(clarified, $"{Marker} spasms in my lower back");
        await Say(clarified, "forget me");

        var names = bot.Capture.Spans().Select(s => s.DisplayName).Concat(bot.Capture.Collect().Keys).ToList();
        var attributes = Attributes(bot).ToList();

        Assert.NotEmpty(bot.Capture.Spans());
        Assert.Contains(attributes, a => a.Key == "disposition");
        Assert.Contains(attributes, a => a.Key == "reason");
        var secrets = conversations.SelectMany(c => new[] { c.ConversationId, c.User.Id, c.User.Name }).Append(Marker).ToList();
        var words = typed.SelectMany(t => WordPattern().Matches(t.ToLowerInvariant()).Select(m => m.Value)).Where(w => w.Length > 3).ToHashSet();
        foreach (var (source, key, value) in attributes)
        {
            var text = value?.ToString() ?? string.Empty;
            Assert.DoesNotContain(secrets, secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            if (source == "bot" && value is string s && key is not "error.type" and not "conversation.hash")
            {
                Assert.True(Vocabulary.Contains(s), $"{key}={s} is not from the bot's fixed vocabulary.");
            }

            if (source == "bot" && key == "conversation.hash")
            {
                Assert.Matches("^[0-9a-f]{16}$", text);
            }

            if (source != "bot" && value is string other)
            {
                var overlap = WordPattern().Matches(other.ToLowerInvariant()).Select(m => m.Value).Where(words.Contains).ToList();
                Assert.True(overlap.Count == 0, $"{key}={other} holds typed words: {string.Join(", ", overlap)}");
            }
        }

        Assert.DoesNotContain(names, name => secrets.Any(secret => name.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Every attribute of every exported metric point and span, with whether the bot or ASP.NET Core made it.</summary>
    private static IEnumerable<(string Source, string Key, object? Value)> Attributes(TelemetryHost bot)
    {
        foreach (var (name, snapshot) in bot.Capture.Collect())
        {
            var source = name.StartsWith("backspasmbot.", StringComparison.Ordinal) ? "bot" : "aspnetcore";
            foreach (var point in snapshot.MetricPoints)
            {
                foreach (var (key, value) in TelemetryCapture.Tags(point))
                {
                    yield return (source, key, value);
                }
            }
        }

        foreach (var span in bot.Capture.Spans())
        {
            foreach (var (key, value) in span.TagObjects)
            {
                yield return ("bot", key, value);
            }

            foreach (var spanEvent in span.Events)
            {
                foreach (var (key, value) in spanEvent.Tags)
                {
                    yield return ("bot", key, value);
                }
            }
        }
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();
}
