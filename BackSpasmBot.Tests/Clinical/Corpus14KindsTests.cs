using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The kinds of wording blind corpus 14 missed once it had been scored untouched and after round 12
/// (docs/recognition.md, "Round 13"), each on wording of the team's own.
/// </summary>
public class Corpus14KindsTests
{
    public static TheoryData<string, string> Reported => new()
    {
        // Nothing would come out at the toilet.
        { "bladder_bowel", "sat on the loo for ages and nothing would come out" },
        // Someone else's legs that they cannot feel (asked, as another person's).
        { "both_legs", "my dad can't feel his legs this morning" },
        // A neck in spasm, with a fever: meningitis.
        { "meningitis_signs", "my neck has seized up and I've got a high fever" },
        // A fall off a stepladder, or a fall of six foot.
        { "major_trauma", "came off the step ladder onto the patio" },
        { "major_trauma", "fell about eight foot off the wall" },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public void AWordOfItsKindIsRecognisedOrAsked(string findingId, string text) =>
        Assert.NotEqual(FindingStatus.Unknown, StatusOf(text, findingId));

    [Theory]
    [InlineData("no... but I'm up weeing all night, does that count?")]
    [InlineData("not that I know of, I couldn't say really")]
    [InlineData("I couldn't tell you")]
    public void ANoThatAsksWhetherSomethingCountsOrCannotSayIsUnclear(string answer) =>
        Assert.Equal(YesNo.Unsure, AnswerParser.ParseYesNo(answer));

    [Fact]
    public void APlainNoIsStillANo() =>
        Assert.Equal(YesNo.No, AnswerParser.ParseYesNo("no, nothing like that"));
}
