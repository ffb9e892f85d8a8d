using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Recognition measured on statements written by blind authors, who never saw the recognizer or its vocabulary.
/// Red flags must be caught: recognised, asked again plainly, or asked about in a clarifying question.
/// <list type="bullet">
/// <item>Corpus 1 was frozen before the recognizer was changed to generalise, and the changes were measured on it: it
/// must meet the targets (every emergency finding, 98% of urgent ones).</item>
/// <item>Corpus 2 was written afterwards by another author and scored with the recognizer untouched; its misses then
/// led to changes, which corpus 3, by a third author, measured untouched. Corpus 3 is the honest measure of
/// generalisation now. Neither meets the targets yet; their figures may not fall below those last recorded. Raise the
/// floors when recognition improves, and measure the improvement on a new blind corpus.</item>
/// </list>
/// </summary>
public sealed class BlindCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => ["blind-en-1.json", "blind-en-2.json", "blind-en-3.json", "blind-en-4.json", "blind-en-5.json"];

    [Fact]
    public void EveryEmergencyFindingInTheFirstBlindCorpusIsCaught()
    {
        var score = Score("blind-en-1.json");

        var missed = score.Misses.Where(m => FindingCatalog.TierOf(m.FindingId) == Tier.Emergency).ToArray();

        Assert.True(missed.Length == 0, "Missed emergency findings:\n" + string.Join('\n', missed.Select(m => $"{m.FindingId}: {m.Statement.Text}")));
    }

    [Fact]
    public void AtLeast98PercentOfUrgentFindingsInTheFirstBlindCorpusAreCaught()
    {
        var score = Score("blind-en-1.json");

        Assert.True(score.Sensitivity(Tier.Urgent) >= 0.98, $"Urgent sensitivity {score.Sensitivity(Tier.Urgent):P1}");
    }

    /// <summary>
    /// Corpora that do not meet the targets yet may not fall below the figures last recorded for them (docs/recognition.md):
    /// corpus 2 after the changes its misses led to (untouched it scored 86.4% and 89.9%), corpus 3 untouched.
    /// </summary>
    [Theory]
    [InlineData("blind-en-2.json", Tier.Emergency, 0.958)]
    [InlineData("blind-en-2.json", Tier.Urgent, 0.910)]
    [InlineData("blind-en-3.json", Tier.Emergency, 0.895)]
    [InlineData("blind-en-3.json", Tier.Urgent, 0.937)]
    [InlineData("blind-en-4.json", Tier.Emergency, 0.0)]
    [InlineData("blind-en-4.json", Tier.Urgent, 0.0)]
    [InlineData("blind-en-5.json", Tier.Emergency, 0.0)]
    [InlineData("blind-en-5.json", Tier.Urgent, 0.0)]
    public void ALaterBlindCorpusIsCaughtAtLeastAsWellAsLastRecorded(string file, Tier tier, double floor)
    {
        var score = Score(file);

        Assert.True(score.Sensitivity(tier) >= floor, $"{tier} sensitivity {score.Sensitivity(tier):P1}, below {floor:P1}");
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void ABlindCorpusHasAtLeast300StatementsCoveringEveryRedFlag(string file)
    {
        var corpus = BlindCorpus.Load(file);
        var reported = corpus.Items.SelectMany(i => i.Present).ToHashSet(StringComparer.Ordinal);

        Assert.True(corpus.Items.Count >= 300, $"{corpus.Items.Count} statements");
        Assert.All(FindingCatalog.All.Where(f => f.Tier >= Tier.Urgent), f => Assert.Contains(f.Id, reported));
    }

    private CorpusScore Score(string file)
    {
        var corpus = BlindCorpus.Load(file);
        var score = CorpusScore.Of(file, corpus);
        output.WriteLine(score.ToMarkdown());
        if (corpus.Adjudications.Count > 0)
        {
            output.WriteLine(CorpusScore.Of(file + " (raw, every label as written)", corpus, adjudicated: false).ToMarkdown());
        }

        return score;
    }
}
