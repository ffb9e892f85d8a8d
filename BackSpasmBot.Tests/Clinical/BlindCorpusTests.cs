using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Recognition measured on statements written by blind authors, who never saw the recognizer or its vocabulary.
/// Red flags must be caught: recognised, asked again plainly, or asked about in a clarifying question.
/// <list type="bullet">
/// <item>Corpus 1 was frozen before the recognizer was changed to generalise, and the changes were measured on it: it
/// must meet the targets (every emergency finding, 98% of urgent ones).</item>
/// <item>Each later corpus (English 2 to 13, Spanish 1 to 5, each by a new author) was scored with the recognizer
/// untouched, and its misses then led to changes that the next corpus measured untouched. English 13 has not been read
/// or used for any change; Spanish 5 was read for the Spanish round of 2026-12-01, and Spanish 6, held out of that round
/// and scored only by its summary, is the honest Spanish measure now (docs/recognition.md).
/// Their figures may not fall below those last recorded. Raise the floors when recognition improves, and
/// measure the improvement on a new blind corpus.</item>
/// </list>
/// </summary>
public sealed class BlindCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => ["blind-en-1.json", "blind-en-2.json", "blind-en-3.json", "blind-en-4.json", "blind-en-5.json", "blind-en-6.json", "blind-en-7.json", "blind-en-8.json", "blind-en-9.json", "blind-en-10.json", "blind-en-11.json", "blind-en-12.json", "blind-en-13.json", "blind-en-14.json", "blind-en-15.json", "blind-en-16.json", "blind-en-17.json", "blind-en-18.json", "blind-en-19.json", "blind-en-20.json", "blind-en-21.json", "blind-en-22.json", "blind-en-23.json", "blind-en-24.json", "blind-en-25.json", "blind-en-26.json", "blind-en-27.json", "blind-en-28.json", "blind-en-29.json", "blind-en-30.json", "blind-es-1.json", "blind-es-2.json", "blind-es-3.json", "blind-es-4.json", "blind-es-5.json", "blind-es-6.json", "blind-es-7.json", "blind-es-8.json", "blind-es-9.json", "blind-es-10.json", "blind-es-11.json", "blind-es-12.json", "blind-es-13.json", "blind-es-14.json", "blind-es-15.json", "blind-es-16.json", "blind-es-17.json", "blind-es-18.json", "blind-es-19.json", "blind-es-20.json", "blind-en-31.json", "blind-en-32.json", "blind-es-21.json", "blind-es-22.json", "blind-en-33.json", "blind-es-23.json", "blind-en-34.json", "blind-es-24.json", "blind-en-35.json", "blind-es-25.json", "blind-en-36.json", "blind-es-26.json", "blind-en-37.json", "blind-es-27.json", "blind-en-38.json", "blind-es-28.json", "blind-en-39.json", "blind-es-29.json", "blind-en-40.json", "blind-es-30.json", "blind-en-41.json", "blind-es-31.json", "blind-en-42.json", "blind-es-32.json", "blind-en-43.json", "blind-es-33.json", "blind-en-44.json", "blind-es-34.json", "blind-en-45.json", "blind-es-35.json", "blind-en-46.json", "blind-es-36.json", "blind-en-47.json", "blind-es-37.json", "blind-en-48.json", "blind-es-38.json", "blind-en-49.json", "blind-es-39.json", "blind-en-50.json", "blind-es-40.json", "blind-en-51.json", "blind-es-41.json", "blind-en-52.json", "blind-es-42.json", "blind-en-53.json", "blind-es-43.json", "blind-en-54.json", "blind-es-44.json", "blind-en-55.json", "blind-es-45.json", "blind-en-56.json", "blind-es-46.json", "blind-en-57.json", "blind-es-47.json", "blind-en-58.json", "blind-es-48.json", "blind-en-59.json", "blind-es-49.json", "blind-en-60.json", "blind-es-50.json", "blind-en-61.json", "blind-es-51.json", "blind-en-62.json", "blind-es-52.json", "blind-en-63.json", "blind-es-53.json", "blind-en-64.json", "blind-es-54.json", "blind-en-65.json", "blind-es-55.json", "blind-en-66.json", "blind-es-56.json", "blind-en-67.json", "blind-es-57.json", "blind-en-68.json", "blind-es-58.json", "blind-en-69.json", "blind-es-59.json", "blind-es-60.json", "blind-en-70.json"];

    /// <summary>A corpus is scored in its own language whatever the caller's: round 24's Spanish figures were not.</summary>
    [Fact]
    public void ASpanishCorpusIsScoredInSpanishWhateverTheCallersLanguage()
    {
        var corpus = BlindCorpus.Load("blind-es-23.json");
        double inSpanish;
        using (ClinicalContent.UseLanguage("es"))
        {
            inSpanish = CorpusScore.Of("blind-es-23.json", corpus).Sensitivity(Tier.Emergency);
        }

        using var english = ClinicalContent.UseLanguage("en");
        Assert.Equal(inSpanish, CorpusScore.Of("blind-es-23.json", corpus).Sensitivity(Tier.Emergency));
    }

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
    /// Later corpora may not fall below the figures last recorded for them (docs/recognition.md): corpora 2 to 12 after the
    /// changes their misses led to; Spanish corpora 2 and 3 after the rounds their misses led to (their untouched figures
    /// are recorded in docs/recognition.md); Spanish corpus 4 after the round from its misses (untouched: 92.7% / 95.9%);
    /// English 13 untouched; Spanish 5 after the round from its misses (untouched: 94.1% / 84.9%); Spanish 7 after the
    /// round from its misses (untouched: 94.6% / 96.0% on the content of 2.5.0); English 18, 19 and 20 after round 16 from their
    /// misses (untouched on 2.6.0: 94.5% / 96.6%, 98.9% / 99.3%, 96.4% / 96.8%); Spanish 9 and 10 after the Spanish round from
    /// their misses (untouched on 2.6.0: 94.1% / 98.0% and 90.6% / 89.9%); English 21 untouched on 3.0.0 (94.0% / 88.3% on 2.6.0); Spanish 11 untouched on
    /// 3.0.0 with the Spanish round (92.8% / 93.9% without it); English 22 and Spanish 12, by new blind authors, committed
    /// unread before round 17: untouched on 3.0.0 (89.0% / 86.5% and 88.8% / 88.7%), and on 4.0.0 after round 17, still unread
    /// (90.0% / 86.5% and 89.2% / 90.0%); round 17 raised English 6, 11, 18 and 21 and Spanish 4 and 11 (docs/recognition.md); English 22 and Spanish 12 were then read for
    /// round 18. English 23 and Spanish 13, by new blind authors, were committed unread after round 17: untouched on 4.0.0
    /// before round 18 (93.3% / 90.1% and 90.3% / 93.3%) and after it, still unread (94.5% / 91.4% and 91.2% / 93.3%). English 24 and Spanish 14, by new blind authors,
    /// were committed unread after round 18: untouched on 4.0.0 before round 19 (92.6% / 89.1% and 88.8% / 91.0%)
    /// and after it, still unread (92.6% / 89.9% and 88.8% / 91.0%); English 23 and Spanish 13 were read for round 19.
    /// English 25 and Spanish 15, by new blind authors, were committed unread after round 19: untouched on 4.0.0 (86.7% / 90.9% and
    /// 90.4% / 86.2%), and on 4.1.0 after round 20, still unread (unchanged); English 24 and Spanish 14 were read for round 20.
    /// English 26 and Spanish 16, by new blind authors, were committed unread after round 20: untouched on 4.1.0 (92.1% / 87.7% and
    /// 89.9% / 86.4%), and on 4.2.0 after round 21, still unread (92.6% / 87.7% and 91.6% / 87.1%); English 25 and Spanish 15
    /// were read for round 21, which also raised English 21 and 24 and Spanish 4, 12, 13 and 14; English 8 and 17, Spanish 1
    /// and English 10 had risen in earlier rounds without their floors being raised. English 27 and Spanish 17, by new blind
    /// authors, were committed unread after round 21: untouched on 4.2.0 (91.8% / 86.8% and 87.7% / 82.9%); their missed
    /// statements were then seen by accident (a scoring script printed past its corpus), so they count as read. English 28
    /// and Spanish 18, by new blind authors, were committed unread before round 22: untouched on 4.2.0 (89.7% / 78.2% and
    /// 83.6% / 81.0%), and on 4.3.0 after round 22, still unread (90.0% / 78.6% and 84.8% / 82.6%); round 22 read English 26
    /// and 27 and Spanish 16 and 17, and raised English 4. English 29 and Spanish 19, by new blind authors, were committed unread
    /// after round 22: untouched on 4.3.0 (93.7% / 90.8% and 86.8% / 83.6%), and on 4.4.0 after round 23, their misses still
    /// unread (93.7% / 91.7% and 87.4% / 83.6%); round 23 read English 28 and Spanish 18. English 30 and Spanish 20, by new
    /// blind authors, were committed unread after round 23: untouched on 4.4.0 (92.0% / 86.5% and 90.5% / 83.3%).
    /// English 31 and 32 and Spanish 21 and 22, by four new blind authors, were scored untouched on 4.6.0 (91.6% / 87.1%,
    /// 97.5% / 98.3%, 96.9% / 93.5% and 96.0% / 91.5%), then read for round 24 and trained on by the hint model (4.7.0).
    /// English 33 and Spanish 23, by two more new blind authors, were committed unread after round 24 and held out of the
    /// hint model's training: untouched on 4.7.0 (99.4% / 95.8% and 99.3% / 97.8%; the Spanish figure first recorded, 97.1% /
    /// 96.8%, was scored with the English content by mistake), then read for round 25 (4.8.0). English 34 and Spanish 24, by
    /// two more new blind authors, were committed unread after round 25 and held out of the hint model's training: untouched
    /// on 4.7.0 (97.1% / 95.6% and 96.4% / 96.2%) and on 4.8.0 (the same). Every floor was raised to its figure on 4.8.0 (less
    /// 0.05 points), since many had stayed where they were first recorded. English 34 and Spanish 24 were then read for
    /// round 26 (4.9.0; after it 99.3% / 97.8% and 99.1% / 98.1%). English 35 and Spanish 25, by two more new blind
    /// authors, were committed unread before round 26 and held out of the hint model's training: untouched on 4.8.0
    /// (96.8% / 96.3% and 97.1% / 100%) and on 4.9.0 (the same), then read for round 27 (4.10.0). English 36 and Spanish
    /// 26, by two more new blind authors, were committed unread before round 27 and held out: untouched on 4.9.0 and on
    /// 4.10.0 (95.2% / 94.5% and 97.1% / 90.8% on both). With urgent red flags asked at 0.6 (4.11.0), floors raised again.
    /// English 37 and Spanish 27, by two more new blind authors, were committed unread before round 28 and held out:
    /// untouched on 4.14.0 (98.7% / 96.7% and 100% / 96.4%) and on 4.15.0 (98.7% / 96.7% and 100% / 97.3%), while en-36 and
    /// es-26 were read for round 28 (4.15.0); floors raised where a corpus rose.
    /// English 38 and Spanish 28, by two more new blind authors, were committed unread before round 29 and held out:
    /// untouched on 4.16.0 (95.0% / 97.9% and 96.9% / 95.8%) and on 4.17.0 (the same), while en-37 and es-27 were read
    /// for round 29 (4.17.0); floors raised where a corpus rose.
    /// English 39 and Spanish 29, by two more new blind authors, were committed unread before round 30 and held out:
    /// untouched on 4.18.0 (99.1% / 94.9% and 96.0% / 96.8%) and on 4.19.0 (the same), while en-38 and es-28 were read
    /// for round 30 (4.19.0); floors raised where a corpus rose. English 40 and Spanish 30, by two more new blind authors,
    /// were committed unread after round 30 and held out: untouched on 4.18.0 and on 4.19.0 (94.5% / 94.6% and 96.9% /
    /// 96.1% on both), while en-39 and es-29 were read for round 31 (4.20.0); floors raised where a corpus rose.
    /// English 41 and Spanish 31, by two more new blind authors, were committed unread after round 31 and held out:
    /// untouched on 4.19.0 and on 4.20.0 (96.0% / 87.9% and 98.0% / 95.3% on both) and on 4.21.0 (the same), while en-40
    /// and es-30 were read for round 32 (4.21.0); floors raised where a corpus rose. en-41 and es-31 were read for round 33
    /// (4.22.0). English 42 and Spanish 32, by two more new blind authors, were committed unread after round 33 and held
    /// out: untouched on 4.21.0 and on 4.22.0 (96.4% / 88.9% and 95.2% / 97.6% on both), then read for round 34 (4.23.0).
    /// English 43 and Spanish 33, by two more new blind authors, were committed unread after round 34 and held out:
    /// untouched on 4.22.0 (96.4% / 89.6% and 95.4% / 92.5%) and on 4.23.0 (96.4% / 89.6% and 95.9% / 92.5%), then read
    /// for round 35 (4.24.0).
    /// English 44 and Spanish 34, by two more new blind authors (written while round 35 ran, never read), were committed
    /// unread after it and held out: on 4.22.0 93.1% / 91.4% and 95.0% / 97.6%; on 4.24.0 93.1% / 91.4% and 95.6% / 97.6%.
    /// Both were read for round 36 (4.25.0): 98.0% / 91.4% and 97.8% / 98.8%.
    /// English 45 and Spanish 35, by two more new blind authors, were committed unread before round 36 and held out: on
    /// 4.24.0 94.6% / 95.1% and 95.5% / 88.4%. Both were read for round 37 (4.27.0): 97.0% / 96.3% and 97.4% / 89.5%.
    /// English 46 and Spanish 36, by two more new blind authors, were committed unread before round 37 and held out: on
    /// 4.26.0 95.1% / 95.3% and 96.8% / 92.2%. Both were read for round 38 (4.29.0): 96.9% / 95.3% and 98.1% / 92.2%.
    /// English 47 and Spanish 37, by two more new blind authors, were committed unread before round 38 and held out: on
    /// 4.28.0 94.4% / 85.9% and 89.9% / 92.9%. Both were read for round 39 (4.30.0): 96.3% / 86.9% and 93.5% / 93.9%.
    /// English 48 and Spanish 38, by two more new blind authors, were committed unread before round 39 and held out: on
    /// 4.29.0 94.6% / 90.0% and 96.7% / 94.0%. Both were read for round 40 (4.31.0): 96.7% / 91.1% and 98.0% / 95.2%.
    /// English 49 and Spanish 39, by two more new blind authors, were committed unread before round 40 and held out: on
    /// 4.30.0 95.9% / 83.7% and 96.4% / 97.7%. Both were read for round 41 (4.33.0): 97.9% / 88.8% and 98.6% / 97.7%.
    /// English 50 and Spanish 40, by two more new blind authors, were committed unread before round 41 and held out: on
    /// 4.32.0 93.6% / 93.7% and 97.2% / 91.9%. Both were read for round 42 (4.34.0): 95.7% / 94.7% and 99.3% / 93.0%.
    /// English 51 and Spanish 41, by two more new blind authors, were committed unread before round 42 and held out: on
    /// 4.33.0 96.1% / 89.1% and 95.9% / 92.6%. Both were read for round 43 (4.37.0): 97.4% / 89.1% and 97.7% / 94.7%.
    /// English 52 and Spanish 42, by two more new blind authors, were committed unread before round 44 and held out: on
    /// 4.37.0 94.4% / 92.5% and 97.8% / 89.5% (the same on 4.36.0). Both were read for round 44 (4.38.0): 96.3% / 93.2% and
    /// 98.9% / 93.2%.
    /// English 53 and Spanish 43, by two more new blind authors, were committed unread before round 44 changed anything and
    /// held out: on 4.37.0 95.0% / 96.0% and 99.2% / 93.4%.
    /// English 54 and Spanish 44, by two more new blind authors, were committed unread before round 45 changed anything and
    /// held out: on 4.40.1 100.0% / 96.9% and 98.6% / 94.1%.
    /// English 55 and Spanish 45, by two more new blind authors, were committed unread at the end of session 26, on 4.42.0,
    /// for the next round to leave untouched: 98.7% / 98.3% and 95.5% / 98.2%.
    /// Both were read for round 47 (4.44.0): 100.0% / 98.2% and 95.5% / 98.2%.
    /// English 56 and Spanish 46, by two more new blind authors, were committed unread in session 28, scored on 4.43.0
    /// before round 47 changed anything: 93.9% / 83.1% and 95.7% / 82.7%, the lowest urgent figures of a new corpus since corpus 6.
    /// Both were read for round 48 (4.45.0): 93.9% / 88.1% and 97.2% / 87.1%.
    /// English 57 and Spanish 47, by two more new blind authors, were committed unread in session 28, scored on 4.44.0
    /// before round 48 changed anything: 99.4% / 94.9% and 93.4% / 94.1%.
    /// Both were read for round 49 (4.46.0): 100.0% / 95.7% and 95.6% / 95.0%.
    /// English 58 and Spanish 48, by two more new blind authors, were committed unread in session 28, scored on 4.45.0
    /// before round 49 changed anything: 94.8% / 92.4% and 91.2% / 83.3%.
    /// Both were read for round 50 (4.47.0): 95.7% / 96.2% and 96.1% / 91.0%.
    /// English 59 and Spanish 49, by two more new blind authors, were committed unread in session 29, scored on 4.46.0
    /// before round 50 changed anything: 95.7% / 96.0% and 94.5% / 92.4%.
    /// Both were read for round 51 (4.48.0): 97.3% / 97.6% and 97.8% / 93.8%.
    /// English 60 and Spanish 50, by two more new blind authors, were committed unread in session 29, scored on 4.47.0
    /// before round 51 changed anything: 96.9% / 92.0% and 97.7% / 90.1%.
    /// Both were read for round 52 (4.49.0): 98.0% / 96.5% and 99.4% / 94.7%.
    /// English 61 and Spanish 51, by two more new blind authors, were committed unread in session 29, scored on 4.49.0
    /// after round 52, for the next round: 96.9% / 93.2% and 97.2% / 95.6%.
    /// Both were read for round 53 (4.50.0): 99.0% / 97.0% and 98.9% / 97.8%.
    /// English 62 and Spanish 52, by two more new blind authors, were committed unread in session 30 while round 53 was
    /// read, scored on 4.49.0 before round 53 changed anything: 99.4% / 98.3% and 96.6% / 97.6%; unchanged on 4.50.0 after it.
    /// English 63 and 64 and Spanish 53 and 54, by four more new blind authors, were committed unread in session 30 after
    /// round 53, scored on 4.50.0 before round 54: 99.3% / 99.2%, 98.1% / 96.3%, 96.5% / 97.6% and 94.6% / 96.4%; on 4.51.0
    /// after round 54, still unread, Spanish 53 97.1% / 97.6%, the others unchanged. English 62 and Spanish 52 were read for
    /// round 54 (4.51.0): 99.4% / 98.3% and 100% / 98.4%.
    /// English 65 and Spanish 55, by two more new blind authors, were committed unread in session 30 while round 55 was
    /// read, scored on 4.51.0 before round 55 changed anything: 99.3% / 99.1% and 99.4% / 98.4%; unchanged on 4.52.0 after it.
    /// English 63 and Spanish 53 were read for round 55 (4.52.0): 100% / 99.2% and 98.2% / 99.2%; round 55 also raised
    /// English 49 (98.6% emergency) and Spanish 30 (99.0%). English 64 and Spanish 54 are unchanged by rounds 54 and 55.
    /// English 66 and Spanish 56, by two more new blind authors, were committed unread in session 30 while round 56 was
    /// read, scored on 4.52.0 before round 56 changed anything: 95.9% / 96.9% and 98.8% / 97.8%; unchanged on 4.53.0 after it.
    /// English 64 and Spanish 54 were read for round 56 (4.53.0): 99.4% / 98.5% and 100% / 97.8%.
    /// English 65 and Spanish 55 were read for round 57 (4.54.0): 100% / 100% and 100% / 98.4%.
    /// English 67 and Spanish 57, by two more new blind authors, were committed unread in session 30 after round 57, written
    /// while it was read: 98.2% / 95.4% and 98.8% / 97.7%, the same on 4.53.0 and 4.54.0.
    /// English 68 and Spanish 58, by two more new blind authors, were committed unread in session 31, scored on 4.54.0
    /// before round 58 changed anything: 92.7% / 96.9% and 95.2% / 96.4%.
    /// English 66 and Spanish 56 were read for round 58 (4.55.0): 98.6% / 99.2% and 98.8% / 98.5%. Its long messages scored
    /// one sentence at a time raised the untouched English 67, Spanish 57, English 68 and Spanish 58 to 98.8%, 99.4%, 93.3%
    /// and 96.4% emergency.
    /// English 69 and Spanish 59, by two more new blind authors, were committed unread in session 31, scored on 4.55.0
    /// before round 59 changed anything: 97.9% / 93.8% and 98.2% / 95.4%.
    /// Spanish 60, by another new blind author, was committed unread in session 31, scored on 4.57.0 before round 60 changed
    /// anything: 97.5% / 95.9%.
    /// English 69 and Spanish 59 were read for round 60 (4.58.0): 97.9% / 96.6% and 99.4% / 99.2%.
    /// English 70, by another new blind author, was committed unread in session 31, written while rounds 59 and 60 were made
    /// and scored on 4.58.0 before it is read: 97.4% / 95.4%.
    /// English 67 and 68 and Spanish 57 and 58 were read for round 59 (4.56.0): 98.8% / 96.9%, 97.6% / 98.5%, 99.4% / 98.5% and
    /// 97.6% / 97.8%.
    /// </summary>
    [Theory]
    [InlineData("blind-en-38.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-38.json", Tier.Urgent, 0.9890)]
    [InlineData("blind-es-28.json", Tier.Emergency, 0.9840)]
    [InlineData("blind-es-28.json", Tier.Urgent, 0.9573)]
    [InlineData("blind-en-39.json", Tier.Emergency, 0.9901)]
    [InlineData("blind-en-39.json", Tier.Urgent, 0.9610)]
    [InlineData("blind-es-29.json", Tier.Emergency, 0.9894)]
    [InlineData("blind-es-29.json", Tier.Urgent, 0.9679)]
    [InlineData("blind-en-40.json", Tier.Emergency, 0.9885)]
    [InlineData("blind-en-40.json", Tier.Urgent, 0.9589)]
    [InlineData("blind-es-30.json", Tier.Emergency, 0.9897)]
    [InlineData("blind-es-30.json", Tier.Urgent, 0.9731)]
    [InlineData("blind-en-41.json", Tier.Emergency, 0.9795)]
    [InlineData("blind-en-41.json", Tier.Urgent, 0.8896)]
    [InlineData("blind-es-31.json", Tier.Emergency, 0.9895)]
    [InlineData("blind-es-31.json", Tier.Urgent, 0.9529)]
    [InlineData("blind-en-42.json", Tier.Emergency, 0.9943)]
    [InlineData("blind-en-42.json", Tier.Urgent, 0.8883)]
    [InlineData("blind-es-32.json", Tier.Emergency, 0.9782)]
    [InlineData("blind-es-32.json", Tier.Urgent, 0.9754)]
    [InlineData("blind-en-43.json", Tier.Emergency, 0.9789)]
    [InlineData("blind-en-43.json", Tier.Urgent, 0.8956)]
    [InlineData("blind-es-33.json", Tier.Emergency, 0.9893)]
    [InlineData("blind-es-33.json", Tier.Urgent, 0.9242)]
    [InlineData("blind-en-44.json", Tier.Emergency, 0.9797)]
    [InlineData("blind-en-44.json", Tier.Urgent, 0.9130)]
    [InlineData("blind-es-34.json", Tier.Emergency, 0.9774)]
    [InlineData("blind-es-34.json", Tier.Urgent, 0.9874)]
    [InlineData("blind-en-45.json", Tier.Emergency, 0.9697)]
    [InlineData("blind-en-45.json", Tier.Urgent, 0.9629)]
    [InlineData("blind-es-35.json", Tier.Emergency, 0.9735)]
    [InlineData("blind-es-35.json", Tier.Urgent, 0.8948)]
    [InlineData("blind-en-46.json", Tier.Emergency, 0.9811)]
    [InlineData("blind-en-46.json", Tier.Urgent, 0.9529)]
    [InlineData("blind-es-36.json", Tier.Emergency, 0.9801)]
    [InlineData("blind-es-36.json", Tier.Urgent, 0.9217)]
    [InlineData("blind-en-47.json", Tier.Emergency, 0.962)]
    [InlineData("blind-en-47.json", Tier.Urgent, 0.8681)]
    [InlineData("blind-es-37.json", Tier.Emergency, 0.9344)]
    [InlineData("blind-es-37.json", Tier.Urgent, 0.9382)]
    [InlineData("blind-en-48.json", Tier.Emergency, 0.9668)]
    [InlineData("blind-en-48.json", Tier.Urgent, 0.9106)]
    [InlineData("blind-es-38.json", Tier.Emergency, 0.9797)]
    [InlineData("blind-es-38.json", Tier.Urgent, 0.9518)]
    [InlineData("blind-en-49.json", Tier.Emergency, 0.9862)]
    [InlineData("blind-en-49.json", Tier.Urgent, 0.8872)]
    [InlineData("blind-es-39.json", Tier.Emergency, 0.9850)]
    [InlineData("blind-es-39.json", Tier.Urgent, 0.9762)]
    [InlineData("blind-en-50.json", Tier.Emergency, 0.9566)]
    [InlineData("blind-en-50.json", Tier.Urgent, 0.9468)]
    [InlineData("blind-es-40.json", Tier.Emergency, 0.9925)]
    [InlineData("blind-es-40.json", Tier.Urgent, 0.9297)]
    [InlineData("blind-en-51.json", Tier.Emergency, 0.9737)]
    [InlineData("blind-en-51.json", Tier.Urgent, 0.8905)]
    [InlineData("blind-es-41.json", Tier.Emergency, 0.9762)]
    [InlineData("blind-es-41.json", Tier.Urgent, 0.9469)]
    [InlineData("blind-en-52.json", Tier.Emergency, 0.9622)]
    [InlineData("blind-en-52.json", Tier.Urgent, 0.9318)]
    [InlineData("blind-es-42.json", Tier.Emergency, 0.9883)]
    [InlineData("blind-es-42.json", Tier.Urgent, 0.9318)]
    [InlineData("blind-en-53.json", Tier.Emergency, 0.9491)]
    [InlineData("blind-en-53.json", Tier.Urgent, 0.9592)]
    [InlineData("blind-es-43.json", Tier.Emergency, 0.9912)]
    [InlineData("blind-es-43.json", Tier.Urgent, 0.9339)]
    [InlineData("blind-en-54.json", Tier.Emergency, 0.9995)]
    [InlineData("blind-en-54.json", Tier.Urgent, 0.969)]
    [InlineData("blind-es-44.json", Tier.Emergency, 0.9923)]
    [InlineData("blind-es-44.json", Tier.Urgent, 0.9402)]
    [InlineData("blind-en-55.json", Tier.Emergency, 0.9995)]
    [InlineData("blind-en-55.json", Tier.Urgent, 0.982)]
    [InlineData("blind-es-45.json", Tier.Emergency, 0.954)]
    [InlineData("blind-es-45.json", Tier.Urgent, 0.9816)]
    [InlineData("blind-en-56.json", Tier.Emergency, 0.9386)]
    [InlineData("blind-en-56.json", Tier.Urgent, 0.8809)]
    [InlineData("blind-es-46.json", Tier.Emergency, 0.9711)]
    [InlineData("blind-es-46.json", Tier.Urgent, 0.87)]
    [InlineData("blind-en-57.json", Tier.Emergency, 0.9995)]
    [InlineData("blind-en-57.json", Tier.Urgent, 0.956)]
    [InlineData("blind-es-47.json", Tier.Emergency, 0.9553)]
    [InlineData("blind-es-47.json", Tier.Urgent, 0.9491)]
    [InlineData("blind-en-58.json", Tier.Emergency, 0.9571)]
    [InlineData("blind-en-58.json", Tier.Urgent, 0.9621)]
    [InlineData("blind-es-48.json", Tier.Emergency, 0.9613)]
    [InlineData("blind-es-48.json", Tier.Urgent, 0.9097)]
    [InlineData("blind-en-59.json", Tier.Emergency, 0.9729)]
    [InlineData("blind-en-59.json", Tier.Urgent, 0.9761)]
    [InlineData("blind-es-49.json", Tier.Emergency, 0.978)]
    [InlineData("blind-es-49.json", Tier.Urgent, 0.9375)]
    [InlineData("blind-en-60.json", Tier.Emergency, 0.9795)]
    [InlineData("blind-en-60.json", Tier.Urgent, 0.9646)]
    [InlineData("blind-es-50.json", Tier.Emergency, 0.9941)]
    [InlineData("blind-es-50.json", Tier.Urgent, 0.947)]
    [InlineData("blind-en-61.json", Tier.Emergency, 0.9897)]
    [InlineData("blind-en-61.json", Tier.Urgent, 0.9699)]
    [InlineData("blind-es-51.json", Tier.Emergency, 0.9887)]
    [InlineData("blind-es-51.json", Tier.Urgent, 0.9777)]
    [InlineData("blind-en-62.json", Tier.Emergency, 0.9936)]
    [InlineData("blind-en-62.json", Tier.Urgent, 0.9826)]
    [InlineData("blind-es-52.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-52.json", Tier.Urgent, 0.9838)]
    [InlineData("blind-en-63.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-63.json", Tier.Urgent, 0.9919)]
    [InlineData("blind-es-53.json", Tier.Emergency, 0.9824)]
    [InlineData("blind-es-53.json", Tier.Urgent, 0.9919)]
    [InlineData("blind-en-64.json", Tier.Emergency, 0.9935)]
    [InlineData("blind-en-64.json", Tier.Urgent, 0.9851)]
    [InlineData("blind-es-54.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-54.json", Tier.Urgent, 0.9784)]
    [InlineData("blind-en-65.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-65.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-55.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-55.json", Tier.Urgent, 0.9838)]
    [InlineData("blind-en-66.json", Tier.Emergency, 0.9863)]
    [InlineData("blind-en-66.json", Tier.Urgent, 0.9923)]
    [InlineData("blind-es-56.json", Tier.Emergency, 0.9875)]
    [InlineData("blind-es-56.json", Tier.Urgent, 0.9851)]
    [InlineData("blind-en-67.json", Tier.Emergency, 0.9877)]
    [InlineData("blind-en-67.json", Tier.Urgent, 0.9692)]
    [InlineData("blind-es-57.json", Tier.Emergency, 0.9938)]
    [InlineData("blind-es-57.json", Tier.Urgent, 0.9846)]
    [InlineData("blind-en-68.json", Tier.Emergency, 0.9756)]
    [InlineData("blind-en-68.json", Tier.Urgent, 0.9847)]
    [InlineData("blind-es-58.json", Tier.Emergency, 0.9761)]
    [InlineData("blind-es-58.json", Tier.Urgent, 0.9782)]
    [InlineData("blind-en-69.json", Tier.Emergency, 0.9787)]
    [InlineData("blind-en-69.json", Tier.Urgent, 0.9657)]
    [InlineData("blind-es-59.json", Tier.Emergency, 0.9939)]
    [InlineData("blind-es-59.json", Tier.Urgent, 0.9923)]
    [InlineData("blind-es-60.json", Tier.Emergency, 0.9751)]
    [InlineData("blind-es-60.json", Tier.Urgent, 0.9594)]
    [InlineData("blind-en-70.json", Tier.Emergency, 0.9743)]
    [InlineData("blind-en-70.json", Tier.Urgent, 0.9541)]
    [InlineData("blind-en-37.json", Tier.Emergency, 0.9867)]
    [InlineData("blind-en-37.json", Tier.Urgent, 0.9829)]
    [InlineData("blind-es-27.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-27.json", Tier.Urgent, 0.9816)]
    [InlineData("blind-en-36.json", Tier.Emergency, 0.9719)]
    [InlineData("blind-en-36.json", Tier.Urgent, 0.9584)]
    [InlineData("blind-es-26.json", Tier.Emergency, 0.9798)]
    [InlineData("blind-es-26.json", Tier.Urgent, 0.965)]
    [InlineData("blind-en-35.json", Tier.Emergency, 0.9914)]
    [InlineData("blind-en-35.json", Tier.Urgent, 0.9873)]
    [InlineData("blind-es-25.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-25.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-34.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-34.json", Tier.Urgent, 0.9776)]
    [InlineData("blind-es-24.json", Tier.Emergency, 0.9904)]
    [InlineData("blind-es-24.json", Tier.Urgent, 0.9806)]
    [InlineData("blind-en-33.json", Tier.Emergency, 0.9935)]
    [InlineData("blind-en-33.json", Tier.Urgent, 0.9682)]
    [InlineData("blind-es-23.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-23.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-31.json", Tier.Emergency, 0.9762)]
    [InlineData("blind-en-31.json", Tier.Urgent, 0.9564)]
    [InlineData("blind-en-32.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-32.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-21.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-21.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-22.json", Tier.Emergency, 0.9937)]
    [InlineData("blind-es-22.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-20.json", Tier.Emergency, 0.9346)]
    [InlineData("blind-es-20.json", Tier.Urgent, 0.8869)]
    [InlineData("blind-en-30.json", Tier.Emergency, 0.9437)]
    [InlineData("blind-en-30.json", Tier.Urgent, 0.8829)]
    [InlineData("blind-es-19.json", Tier.Emergency, 0.9156)]
    [InlineData("blind-es-19.json", Tier.Urgent, 0.8631)]
    [InlineData("blind-en-29.json", Tier.Emergency, 0.9630)]
    [InlineData("blind-en-29.json", Tier.Urgent, 0.9307)]
    [InlineData("blind-es-18.json", Tier.Emergency, 0.9904)]
    [InlineData("blind-es-18.json", Tier.Urgent, 0.9623)]
    [InlineData("blind-en-28.json", Tier.Emergency, 0.9904)]
    [InlineData("blind-en-28.json", Tier.Urgent, 0.9878)]
    [InlineData("blind-es-17.json", Tier.Emergency, 0.9909)]
    [InlineData("blind-es-17.json", Tier.Urgent, 0.9679)]
    [InlineData("blind-en-27.json", Tier.Emergency, 0.9965)]
    [InlineData("blind-en-27.json", Tier.Urgent, 0.9762)]
    [InlineData("blind-es-16.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-16.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-26.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-26.json", Tier.Urgent, 0.9913)]
    [InlineData("blind-es-15.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-15.json", Tier.Urgent, 0.9913)]
    [InlineData("blind-en-25.json", Tier.Emergency, 0.9883)]
    [InlineData("blind-en-25.json", Tier.Urgent, 0.9919)]
    [InlineData("blind-es-14.json", Tier.Emergency, 0.9957)]
    [InlineData("blind-es-14.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-24.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-24.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-23.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-23.json", Tier.Urgent, 0.9863)]
    [InlineData("blind-es-13.json", Tier.Emergency, 0.9950)]
    [InlineData("blind-es-13.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-22.json", Tier.Emergency, 0.9928)]
    [InlineData("blind-en-22.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-12.json", Tier.Emergency, 0.9957)]
    [InlineData("blind-es-12.json", Tier.Urgent, 0.9932)]
    [InlineData("blind-en-2.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-2.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-3.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-3.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-4.json", Tier.Emergency, 0.9916)]
    [InlineData("blind-en-4.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-5.json", Tier.Emergency, 0.9882)]
    [InlineData("blind-en-5.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-6.json", Tier.Emergency, 0.9819)]
    [InlineData("blind-en-6.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-7.json", Tier.Emergency, 0.9946)]
    [InlineData("blind-en-7.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-8.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-8.json", Tier.Urgent, 0.9896)]
    [InlineData("blind-es-1.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-1.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-9.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-9.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-2.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-2.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-10.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-10.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-11.json", Tier.Emergency, 0.9894)]
    [InlineData("blind-en-11.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-3.json", Tier.Emergency, 0.9952)]
    [InlineData("blind-es-3.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-12.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-12.json", Tier.Urgent, 0.9873)]
    [InlineData("blind-es-4.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-4.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-13.json", Tier.Emergency, 0.9947)]
    [InlineData("blind-en-13.json", Tier.Urgent, 0.9902)]
    [InlineData("blind-es-5.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-5.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-14.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-14.json", Tier.Urgent, 0.9802)]
    [InlineData("blind-es-6.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-6.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-15.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-15.json", Tier.Urgent, 0.9915)]
    [InlineData("blind-en-16.json", Tier.Emergency, 0.9953)]
    [InlineData("blind-en-16.json", Tier.Urgent, 0.9896)]
    [InlineData("blind-es-7.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-7.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-17.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-17.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-8.json", Tier.Emergency, 0.9953)]
    [InlineData("blind-es-8.json", Tier.Urgent, 0.9800)]
    [InlineData("blind-en-18.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-18.json", Tier.Urgent, 0.9908)]
    [InlineData("blind-en-19.json", Tier.Emergency, 0.9956)]
    [InlineData("blind-en-19.json", Tier.Urgent, 1.0)]
    [InlineData("blind-en-20.json", Tier.Emergency, 1.0)]
    [InlineData("blind-en-20.json", Tier.Urgent, 0.9940)]
    [InlineData("blind-en-21.json", Tier.Emergency, 0.9963)]
    [InlineData("blind-en-21.json", Tier.Urgent, 0.9948)]
    [InlineData("blind-es-9.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-9.json", Tier.Urgent, 1.0)]
    [InlineData("blind-es-10.json", Tier.Emergency, 0.9945)]
    [InlineData("blind-es-10.json", Tier.Urgent, 0.9942)]
    [InlineData("blind-es-11.json", Tier.Emergency, 1.0)]
    [InlineData("blind-es-11.json", Tier.Urgent, 0.9927)]
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

    /// <summary>The Spanish corpus, scored as the English ones are (prints its table; the floors are in the theory above).</summary>
    [Fact]
    public void TheSpanishBlindCorpusIsScoredInSpanish()
    {
        var score = Score("blind-es-1.json");

        Assert.True(score.Sensitivity(Tier.Emergency) > 0, "nothing recognised: was the corpus played in Spanish?");
    }

    /// <summary>
    /// Each corpus is scored once per content (the emergency and the urgent floor read the same score): playing every
    /// statement is most of this class's time, and the suite's time is the CI's.
    /// </summary>
    private static readonly ConditionalWeakTable<ClinicalContent, ConcurrentDictionary<string, Lazy<(CorpusScore Score, string Markdown)>>> Scored = [];

    private CorpusScore Score(string file)
    {
        var (score, markdown) = Scored.GetValue(ClinicalContent.Current, _ => new(StringComparer.Ordinal))
            .GetOrAdd(file, name => new Lazy<(CorpusScore, string)>(() => ScoreOnce(name))).Value;
        output.WriteLine(markdown);
        return score;
    }

    private static (CorpusScore Score, string Markdown) ScoreOnce(string file)
    {
        var corpus = BlindCorpus.Load(file);

        // Each corpus is played in its own language, as the bot plays a conversation in the person's language.
        using var inLanguage = ClinicalContent.UseLanguage(corpus.Language);
        var score = CorpusScore.Of(file, corpus);
        var markdown = score.ToMarkdown();
        if (corpus.Adjudications.Count > 0)
        {
            markdown += Environment.NewLine + CorpusScore.Of(file + " (raw, every label as written)", corpus, adjudicated: false).ToMarkdown();
        }

        return (score, markdown);
    }
}
