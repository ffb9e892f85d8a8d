using System.Text.Json;
using BackSpasmBot.Clinical;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Red flags said beside words that could make a careless reader pass over them: a question about a named condition, a
/// symptom said to be over, a cause blamed, "it always happens", an old illness, a word in another sense. 84 first
/// messages, English and Spanish, written on 2026-12-03 by a helper who read only the spec, never the code or its word
/// lists, to check that round 29's new "asked plainly" rules (a condition in a question, a finding said to be over, chest
/// tightness put down to stress) hide no red flag. Each red flag must be taken as said, or at least asked about plainly;
/// none may be missed.
/// </summary>
public sealed class AdversarialRedFlagTests
{
    private static readonly string File = RepositoryFiles.Path("BackSpasmBot.Tests", "Clinical", "Adversarial", "red-flags-beside-doubt.json");

    public static TheoryData<string> Items()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var ids = new TheoryData<string>();
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            ids.Add(item.GetProperty("id").GetString()!);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void NoRedFlagIsMissed(string id)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var item = document.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        var report = CorpusScore.PlayOpening(item.GetProperty("language").GetString()!, item.GetProperty("text").GetString()!);

        foreach (var finding in item.GetProperty("present").EnumerateArray().Select(f => f.GetString()!))
        {
            Assert.Contains(report.StatusFromWords(finding), new[] { FindingStatus.Present, FindingStatus.Hedged });
        }
    }
}
