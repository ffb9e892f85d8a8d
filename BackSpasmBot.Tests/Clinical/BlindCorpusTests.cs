using BackSpasmBot.Clinical;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Recognition measured on statements written by blind authors, who never saw the recognizer or its vocabulary.
/// The first corpus was frozen before the recognizer was changed to generalise; the second was written afterwards by
/// another author and is scored with the recognizer untouched. Red flags must be caught: recognised, asked again
/// plainly, or asked about in a clarifying question.
/// </summary>
public sealed class BlindCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => ["blind-en-1.json"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void EveryEmergencyFindingInABlindCorpusIsCaught(string file)
    {
        var score = Score(file);

        var missed = score.Misses.Where(m => FindingCatalog.TierOf(m.FindingId) == Tier.Emergency).ToArray();

        Assert.True(missed.Length == 0, "Missed emergency findings:\n" + string.Join('\n', missed.Select(m => $"{m.FindingId}: {m.Statement.Text}")));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void AtLeast98PercentOfUrgentFindingsInABlindCorpusAreCaught(string file)
    {
        var score = Score(file);

        Assert.True(score.Sensitivity(Tier.Urgent) >= 0.98, $"Urgent sensitivity {score.Sensitivity(Tier.Urgent):P1}");
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
