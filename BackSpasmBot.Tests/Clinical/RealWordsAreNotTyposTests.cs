using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Typo tolerance must never turn a real word into a red flag: a common English word is never read as a typo of a
/// lexicon word, while misspellings that are not words still are.
/// </summary>
public class RealWordsAreNotTyposTests
{
    [Theory]
    [InlineData("threw my back out moving a wardrobe", "aortic_signs")] // "back out" is not "black out"
    [InlineData("it's important that I get better soon", "sexual_dysfunction")] // not "impotent"
    [InlineData("it hurts when I'm walking", "night_pain")] // not "waking"
    [InlineData("I've been taking ibuprofen", "one_side_weakness")] // not "talking"
    [InlineData("I was setting up a tent", "chest_pain")] // not "sweating"
    [InlineData("the exercise was exerting", "pregnant")] // not "expecting"
    [InlineData("it popped when I lifted it", "bladder_bowel")] // not "pooped"
    public void ARealWordIsNotReadAsAnotherFinding(string text, string findingId) =>
        Assert.Equal(FindingStatus.Unknown, StatusOf(text, findingId));

    [Theory]
    [InlineData("numbnes in my bum", "saddle_numbness")]
    [InlineData("cant controll my bladdr", "bladder_bowel")]
    [InlineData("tinglng in both legz", "both_legs")]
    [InlineData("fevr and chils", "fever")]
    public void AMisspellingThatIsNoWordIsStillRead(string text, string findingId) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [InlineData("my leg suddenly went weak")]
    [InlineData("my leg is weak and getting worse")]
    public void LimbWeaknessThatIsSuddenOrWorseningIsAnEmergency(string text)
    {
        var report = new SymptomReport();
        TriageRules.ApplyMentions(report, SymptomRecognizer.Recognize(text));

        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
    }
}
