using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The safety net (docs/clinical-content.md, "When the bot cannot tell"; docs/recognition.md, round 6): a part of the
/// body that can carry a red flag, with a change the recognizer cannot place, is asked about rather than passed over.
/// Each rule is shown on wording of the team's own, never a corpus sentence.
/// </summary>
public class SafetyNetRuleTests
{
    [Theory]
    [InlineData("my feet have felt like they belong to a stranger since Tuesday")]
    [InlineData("I keep missing the kerb when I cross the road")]
    [InlineData("my knees won't let me get up the stairs any more")]
    public void AChangeInTheLegsOrWalkingThatNamesNoSymptomAsksTheLegsQuestion(string text) =>
        Assert.Contains("clarify_legs", Play(text).Clarifications);

    [Theory]
    [InlineData("I can't walk far because of the pain in my back")]
    [InlineData("I can hardly stand up straight with this spasm")]
    [InlineData("the pain goes down my left leg to the knee")]
    public void PainThatStopsWalkingIsNotAChangeInTheLegs(string text) =>
        Assert.DoesNotContain("clarify_legs", Play(text).Clarifications);

    [Theory]
    [InlineData("my face has gone weird on the left", "one_side_weakness")]
    [InlineData("my speech sounds like I've had six pints", "one_side_weakness")]
    [InlineData("my right arm is just hanging there", "limb_weakness")]
    [InlineData("if I shut my eyes in the shower I start to topple", "balance_coordination")]
    [InlineData("my head went bang like a firework going off", "thunderclap_headache")]
    [InlineData("an agonising headache, worst in years", "thunderclap_headache")]
    [InlineData("since the spasm, sex feels different, like it's muffled", "sexual_dysfunction")]
    [InlineData("the wee just trickles out now", "bladder_bowel")]
    [InlineData("I don't get the urge to go to the loo any more", "bladder_bowel")]
    [InlineData("it feels odd when I sit on the loo", "saddle_numbness")]
    [InlineData("a scaffold pole swung round and whacked me in the back", "major_trauma")]
    [InlineData("it's my chest now, pressing", "chest_pain")]
    // Since round 22 a zigzag walk asks about balance itself rather than the legs question.
    [InlineData("walking has gone all zigzag on me", "balance_coordination")]
    public void ARedFlagPartWithAnUnplacedChangeIsAskedAboutPlainly(string text, string findingId) =>
        Assert.True(StatusOf(text, findingId) is FindingStatus.Hedged or FindingStatus.Present, $"{findingId} not asked about");

    [Theory]
    [InlineData("the pain hit me out of nowhere when I stood up")]
    [InlineData("I threw my back out hoovering")]
    [InlineData("I crashed out on the sofa all afternoon")]
    public void APainThatHitOrABackThrownOutIsNoAccident(string text) =>
        Assert.Equal(FindingStatus.Unknown, StatusOf(text, "major_trauma"));

    [Theory]
    [InlineData("Grandad is 83 and he tripped over the cat this morning")]
    [InlineData("my aunt is 79, she took a tumble on the ice")]
    [InlineData("I'm 74 and I sat down far too hard on a garden chair")]
    public void AnAgeOf70OrOverWithAFallInOneMessageIsAFragilityInjuryOrAskedAbout(string text) =>
        Assert.True(StatusOf(text, "fragility_injury") is FindingStatus.Hedged or FindingStatus.Present);

    [Theory]
    [InlineData("I'm 45 and I tripped on the stairs")]
    [InlineData("my temperature was 101 and I slipped in the shower")]
    public void AYoungerAgeOrAReadingIsNoFragilityInjury(string text) =>
        Assert.Equal(FindingStatus.Unknown, StatusOf(text, "fragility_injury"));

    [Fact]
    public void SomeoneElsesStiffNeckWithVomitingIsAskedAboutNotDropped() =>
        Assert.Equal(FindingStatus.Hedged, StatusOf("my son is 9, his neck is stiff and he keeps being sick", "meningitis_signs"));

    [Theory]
    [InlineData("my legs still give way on me")]
    [InlineData("my bum is still numb")]
    public void AGapInAPhrasePassesOverJustOrStill(string text) =>
        Assert.NotEmpty(SymptomRecognizerFindings(text));

    [Theory]
    [InlineData("I've had a bad back before but never this thing where my bum is numb", "saddle_numbness")]
    public void NeverThisIsNewNotDenied(string text, string findingId) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [InlineData("no, not that I know of, I haven't tried since it started")]
    [InlineData("not really, but I've not had the chance to find out")]
    [InlineData("no not deliberately, but yeah my clothes are looser")]
    public void ANoWithNoOccasionToKnowOrTakenBackIsUnclear(string text) =>
        Assert.Equal(YesNo.Unsure, AnswerParser.ParseYesNo(text));

    [Theory]
    [InlineData("no, not exactly, it's hard to describe")]
    [InlineData("nope, I don't know how to explain it, it just feels different")]
    public void ANoThatCannotPutItIntoWordsIsUnclear(string text) =>
        Assert.Equal(YesNo.Unsure, AnswerParser.ParseYesNo(text));

    [Fact]
    public void WithoutAfterCannotSaysTheFindingIsThere()
    {
        Assert.Equal(FindingStatus.Present, StatusOf("I can't climb the stairs without both my legs going numb", "both_legs"));
        Assert.NotEqual(FindingStatus.Present, StatusOf("I can climb the stairs without both my legs going numb", "both_legs"));
    }

    [Theory]
    [InlineData("I've started wetting at night since the spasm", "bladder_bowel")]
    [InlineData("the van flipped twice on the motorway", "major_trauma")]
    [InlineData("half my body has gone tingly", "one_side_weakness")]
    [InlineData("it began in my chest and went up into my jaw", "chest_pain")]
    [InlineData("nothing takes the pain away, not even lying flat", "night_pain")]
    [InlineData("lying flat in bed makes it unbearable", "night_pain")]
    [InlineData("since Friday it won't stay hard", "sexual_dysfunction")]
    [InlineData("my back went off like a gunshot and it is 10/10", "sudden_severe")]
    [InlineData("the pain is ramping up quickly and I can't stop screaming", "sudden_severe")]
    [InlineData("I keep mumbling my words since lunch", "one_side_weakness")]
    public void EverydayWordingForARedFlagIsRead(string text, string findingId) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [InlineData("my left hand is clumsy and my left foot keeps catching the rug", "one_side_weakness")]
    [InlineData("I rested my heel on the radiator and didn't feel the heat", "limb_sensation_loss")]
    [InlineData("not sure about my waterworks to be honest", "bladder_bowel")]
    [InlineData("it burns when I wee", "immune_risk")]
    [InlineData("I fell about two metres off the trailer", "major_trauma")]
    [InlineData("sitting on the loo it feels like somebody else's backside", "saddle_numbness")]
    [InlineData("my foot went to sleep this morning and it still hasn't woken up", "limb_sensation_loss")]
    [InlineData("my right hand has gone clumsy", "one_side_weakness")]
    public void WordingThatMayMeanARedFlagIsAskedAboutPlainly(string text, string findingId) =>
        Assert.True(StatusOf(text, findingId) is FindingStatus.Hedged or FindingStatus.Present, $"{findingId} not asked about");

    private static SymptomReport Play(string text)
    {
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        return session.Report;
    }

    private static IEnumerable<Mention> SymptomRecognizerFindings(string text) =>
        BackSpasmBot.Clinical.Recognition.SymptomRecognizer.Recognize(text).Where(m => m.Status == FindingStatus.Present);
}
