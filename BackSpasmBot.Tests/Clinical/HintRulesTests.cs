using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Hints;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Hosting;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The hint model (clinical-content/hints.yaml): a red flag it scores in words the recognizer does not know is asked
/// plainly next, and is never the person's until they answer. Each case first checks its premise (the words alone leave
/// the red flag unknown, the model scores it), so that a retrained model that no longer scores it fails here loudly
/// rather than passing for nothing. The sentences are the team's own, not the corpora's.
/// </summary>
public sealed class HintRulesTests
{
    private const string PinsLikeJelly = "since the spasm both my pins have gone like jelly";
    private const string Hinted = "both_legs";

    private static Func<string, double> Threshold => ClinicalContent.Default.Hints.ThresholdFor;

    private static SymptomReport Said(params string[] messages)
    {
        var report = new SymptomReport();
        foreach (var message in messages)
        {
            TriageRules.RecordMessage(report, message);
        }

        return report;
    }

    private static void AnswerItsReAsk(SymptomReport report, string findingId, string answer)
    {
        var question = TriageRules.ConfirmationQuestion(findingId);
        TriageRules.RecordMessage(report, answer);
        TriageRules.ApplyAnswer(report, question, answer);
    }

    [Fact]
    public void ARedFlagTheWordsMissButTheModelScoresIsAskedPlainlyNext()
    {
        Assert.DoesNotContain(SymptomRecognizer.Recognize(PinsLikeJelly), m => m.FindingId == Hinted);
        Assert.Contains(Hinted, HintModel.Current.Hinted(PinsLikeJelly, Threshold));

        var report = Said(PinsLikeJelly);

        Assert.Equal(FindingStatus.Hedged, report.StatusOf(Hinted));
        Assert.Contains(Hinted, report.Hinted);
        Assert.Contains(Hinted, TriageRules.FindingsToConfirm(report));
    }

    /// <summary>
    /// An emergency red flag is asked at a lower score than an urgent one (hints.yaml, emergency_threshold): every
    /// conversation asks its question anyway, so a suggestion only asks it sooner.
    /// </summary>
    [Fact]
    public void AnEmergencyRedFlagIsAskedAtTheLowerEmergencyThreshold()
    {
        var settings = ClinicalContent.Default.Hints;
        AssertAskedFromTheModelAlone("I keep losing my footing on the stairs for no reason", "balance_coordination",
            scoredFrom: settings.EmergencyThreshold, below: settings.Threshold);
        Assert.Equal(settings.Threshold, settings.ThresholdFor("fever"));
    }

    /// <summary>
    /// An urgent red flag scored at 0.6 or more is asked (hints.yaml, threshold, lowered from 0.7 in 4.11.0 on corpora never
    /// trained on: docs/recognition.md, "Urgent red flags asked at 0.6").
    /// </summary>
    [Fact]
    public void AnUrgentRedFlagScoredBetweenTheOldAndNewThresholdsIsAsked()
    {
        AssertAskedFromTheModelAlone("the clothes feel looser these days and my back hurts", "weight_loss",
            scoredFrom: ClinicalContent.Default.Hints.ThresholdFor("weight_loss"), below: 0.7);
    }

    /// <summary>
    /// The model scores <paramref name="findingId"/> in [<paramref name="scoredFrom"/>, <paramref name="below"/>) for
    /// <paramref name="text"/> (the premise), the phrases do not read it, and the bot asks it plainly from the model alone.
    /// </summary>
    private static void AssertAskedFromTheModelAlone(string text, string findingId, double scoredFrom, double below)
    {
        var index = HintModel.Current.Findings.ToList().IndexOf(findingId);
        var probability = 1 / (1 + Math.Exp(-HintModel.Current.Scores(HintFeatures.Words(text))[index]));
        Assert.InRange(probability, scoredFrom, below);
        Assert.DoesNotContain(SymptomRecognizer.Recognize(text), m => m.FindingId == findingId);

        var report = Said(text);

        Assert.Equal(FindingStatus.Hedged, report.StatusOf(findingId));
        Assert.Contains(findingId, report.Hinted);
    }

    [Fact]
    public void ASuggestedRedFlagIsNeverAnOutcomeAReasonOrInTheSummary()
    {
        var report = Said(PinsLikeJelly);

        Assert.Null(TriageRules.RedFlagDecision(report));
        Assert.True(TriageRules.Decide(report).Disposition < Disposition.Urgent);
        Assert.DoesNotContain(Hinted, TriageRules.PresentFindings(report, countUnconfirmedHedged: true));
        Assert.DoesNotContain(Hinted, FindingStates.Of(report).Unsure);
    }

    [Fact]
    public void YesToItsPlainQuestionMakesItThePersonsOwnAndEscalates()
    {
        var report = Said(PinsLikeJelly);

        AnswerItsReAsk(report, Hinted, "yes");

        Assert.Equal(FindingStatus.Present, report.StatusOf(Hinted));
        Assert.DoesNotContain(Hinted, report.Hinted);
        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
    }

    [Fact]
    public void NoToItsPlainQuestionRulesItOut()
    {
        var report = Said(PinsLikeJelly);

        AnswerItsReAsk(report, Hinted, "no");

        Assert.Equal(FindingStatus.Absent, report.StatusOf(Hinted));
        Assert.DoesNotContain(Hinted, report.Hinted);
        Assert.DoesNotContain(Hinted, TriageRules.FindingsToConfirm(report));
        Assert.Null(TriageRules.RedFlagDecision(report));
    }

    /// <summary>The hedge rule, as for any plain question: a first "not sure" is asked once more, a second escalates.</summary>
    [Fact]
    public void NotSureIsAskedOnceMoreThenEscalates()
    {
        var report = Said(PinsLikeJelly);

        AnswerItsReAsk(report, Hinted, "not sure");

        Assert.Null(TriageRules.RedFlagDecision(report));
        Assert.Contains(Hinted, TriageRules.FindingsToConfirm(report));
        Assert.DoesNotContain(Hinted, report.Hinted);

        AnswerItsReAsk(report, Hinted, "i really don't know");

        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
    }

    /// <summary>Words that rule a red flag out are the person's answer: the model never turns them into a question.</summary>
    [Theory]
    [InlineData("no numbness around my bum or privates at all", "saddle_numbness")]
    public void WordsThatRuleItOutAreNeverOverridden(string text, string findingId)
    {
        Assert.Contains(findingId, HintModel.Current.Hinted(text, Threshold));

        var report = Said(text);

        Assert.Equal(FindingStatus.Absent, report.StatusOf(findingId));
        Assert.DoesNotContain(findingId, report.Hinted);
    }

    /// <summary>A red flag already answered is not asked again because of how a later message scores.</summary>
    [Fact]
    public void ARedFlagAnsweredBeforeIsNotReopened()
    {
        var report = new SymptomReport();
        TriageRules.ApplyAnswer(report, TriageRules.Questions.First(q => q.Asks.SequenceEqual([Hinted])), "no");

        TriageRules.RecordMessage(report, PinsLikeJelly);

        Assert.Equal(FindingStatus.Absent, report.StatusOf(Hinted));
        Assert.Empty(report.Hinted);
    }

    /// <summary>Greetings, commands, a change of language and "why?" are not what the model knows: never scored.</summary>
    [Theory]
    [InlineData("en", "hello")]
    [InlineData("en", "help")]
    [InlineData("en", "start again please")]
    [InlineData("en", "why are you asking me this?")]
    [InlineData("es", "en español por favor")]
    [InlineData("es", "hola")]
    public void MessagesToTheBotAreNeverScored(string language, string text)
    {
        using var inLanguage = ClinicalContent.UseLanguage(language);

        Assert.Empty(Said(text).Hinted);
    }

    [Fact]
    public void TheBuiltInModelIsTheOneHintsYamlNames() =>
        Assert.Equal(ClinicalContent.Default.Hints.ModelSha256, HintModel.Current.Sha256());

    /// <summary>
    /// The model built into the bot is what the repository's corpora train (content train-hints), so it can be made
    /// again and reviewed: every weight equal, or one step apart where floating point rounds differently on a machine.
    /// </summary>
    [Fact]
    public void TheBuiltInModelIsWhatTheCorporaTrain()
    {
        var corpora = RepositoryFiles.Path("BackSpasmBot.Tests", "Clinical", "Corpora");
        var trained = HintTrainingCommand.Train(corpora, ClinicalContent.Default);
        var builtIn = HintModel.Current;

        Assert.Equal(builtIn.Findings, trained.Findings);
        var differing = 0;
        for (var bucket = 0; bucket < 1 << HintModel.Bits; bucket++)
        {
            for (var finding = 0; finding < builtIn.Findings.Count; finding++)
            {
                var step = Math.Abs(builtIn.WeightAt(bucket, finding) - trained.WeightAt(bucket, finding));
                Assert.True(step <= 1, $"bucket {bucket}, {builtIn.Findings[finding]}: {step} steps apart");
                differing += step;
            }
        }

        Assert.True(differing <= 100, $"{differing} weights differ by one step");
    }

    /// <summary>Corpora held out of training stay out: the untouched measure of what the model adds.</summary>
    [Fact]
    public void TheHeldOutCorporaAreNotTrainedOn()
    {
        var corpora = RepositoryFiles.Path("BackSpasmBot.Tests", "Clinical", "Corpora");
        var heldOut = ClinicalContent.Default.Hints.HeldOut;
        Assert.NotEmpty(heldOut);
        Assert.All(heldOut, file => Assert.True(File.Exists(Path.Combine(corpora, file)), file));

        var everything = HintTrainingCommand.TrainingStatements(corpora, []).Count;
        var trainedOn = HintTrainingCommand.TrainingStatements(corpora, heldOut).Count;
        Assert.Equal(everything - heldOut.Sum(file => BlindCorpus.Load(file).Items.Count), trainedOn);
    }

    /// <summary>
    /// A long message is also scored one sentence at a time (hints.yaml, sentences_from_words; docs/recognition.md,
    /// "Round 58"): the model divides a message's score by the square root of its length, so a red flag told in one
    /// sentence of a long story scored under the threshold that the sentence alone reaches. Each case checks its premise:
    /// the words name nothing, the whole story alone scores under the threshold, the sentence alone at or over it.
    /// </summary>
    [Theory]
    [InlineData("bladder_bowel", "Also since Sunday I sit on the toilet for ages and not a drop will come out of me.")]
    [InlineData("saddle_numbness", "Also when I dry myself after the shower it is like the towel is touching somebody else between my legs.")]
    public void ARedFlagToldInOneSentenceOfALongStoryIsAskedPlainly(string findingId, string sentence)
    {
        var story = $"{StoryBefore} {sentence} {StoryAfter}";
        var threshold = Threshold;
        Assert.DoesNotContain(SymptomRecognizer.Recognize(story), m => m.FindingId == findingId);
        Assert.DoesNotContain(findingId, HintModel.Current.Hinted(story, threshold));
        Assert.Contains(findingId, HintModel.Current.Hinted(sentence, threshold));

        var report = Said(story);

        Assert.Equal(FindingStatus.Hedged, report.StatusOf(findingId));
        Assert.Contains(findingId, report.Hinted);
    }

    private const string StoryBefore = "Right, here is how it went. I was moving bags of compost round the garden on Saturday "
        + "and my lower back seized up. I have been using a heat pad and the ibuprofen gel my daughter left.";

    private const string StoryAfter = "Anyway, what else can I do for the spasm, and should I keep going to work?";
}
