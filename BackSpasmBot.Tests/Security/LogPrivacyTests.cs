using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Security;

/// <summary>
/// Complete triages (every public and authored vignette) over the real HTTP endpoint with every logger at Trace:
/// nothing the person typed, their name, or any finding's wording reaches a log entry or scope, and the outcome
/// events still let an operator count triages by disposition.
/// </summary>
public sealed class LogPrivacyTests() : LoggedBotHostTests(LogLevel.Trace)
{
    private const string PatientName = "Zephyrine Quillfeather";

    [Fact]
    public async Task CompleteTriagesLeaveNoUserTextNameOrFindingWordingInAnyLogAndOutcomesCanBeCountedByDisposition()
    {
        var vignettes = Vignette.LoadPublic().Concat(Vignette.LoadAuthored()).ToList();
        var said = new List<string>();
        var botSaid = new List<string>();
        var users = new List<string>();

        foreach (var vignette in vignettes)
        {
            var chat = new RecordingChat(new HttpConversation(Host, Sink, userName: PatientName));
            var transcript = await new SimulatedPatient(vignette).PlayAsync(chat);
            Assert.Equal(vignette.Tier, transcript.Outcome!.Disposition);
            said.AddRange(chat.Said);
            botSaid.AddRange(chat.BotSaid);
            users.Add(chat.UserId);
        }

        var logged = Logs.Entries.Select(e => e.AllText).Concat(Logs.Scopes).ToList();
        Assert.True(Logs.Entries.Any(e => e.Level <= LogLevel.Debug), "Trace and debug entries were captured, so the check covers every level.");
        Assert.True(Logs.Entries.Any(e => e.Category.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)), "Request logging ran, so the check covers what it records.");

        Assert.DoesNotContain(logged, text => text.Contains(PatientName, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logged, text => users.Any(user => text.Contains(user, StringComparison.Ordinal)));
        foreach (var typed in said.Where(IsDistinctive).Distinct(StringComparer.Ordinal))
        {
            Assert.DoesNotContain(logged, text => text.Contains(typed, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var reply in botSaid.Where(IsDistinctive).Distinct(StringComparer.Ordinal))
        {
            Assert.DoesNotContain(logged, text => text.Contains(reply, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var finding in FindingCatalog.All)
        {
            var wording = new Regex($@"\b({Regex.Escape(finding.Id)}|{Regex.Escape(finding.PlainName)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(logged, text => wording.IsMatch(text));
        }

        var counted = Logs.Entries
            .Where(e => e.EventId.Name == "TriageOutcome")
            .GroupBy(e => e.Properties["Disposition"]!.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var expected = vignettes
            .GroupBy(v => v.Tier)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), counted.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Long enough that finding it in a log cannot be a coincidence ("yes", "no" and "42" are everywhere).</summary>
    private static bool IsDistinctive(string text) => text.Trim().Length >= 12;

    /// <summary>Keeps what each side of a conversation said, so the test can look for it in the logs.</summary>
    private sealed class RecordingChat(HttpConversation inner) : IChatDriver
    {
        public List<string> Said { get; } = [];

        public List<string> BotSaid { get; } = [];

        public string ChannelId => inner.ChannelId;

        public string UserId => inner.User.Id;

        public async Task<IReadOnlyList<Activity>> JoinAsync() => Record(await inner.JoinAsync());

        public async Task<IReadOnlyList<Activity>> SendAsync(Activity message)
        {
            Said.AddRange(new[] { message.Text, message.Value?.ToString() }.OfType<string>());
            return Record(await inner.SendAsync(message));
        }

        private IReadOnlyList<Activity> Record(IReadOnlyList<Activity> replies)
        {
            BotSaid.AddRange(replies.SelectMany(r => (r.Text ?? string.Empty).Split('\n')).Where(line => line.Length > 0));
            return replies;
        }
    }
}
