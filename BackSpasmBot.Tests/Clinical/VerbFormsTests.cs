using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// A vocabulary word reads the other forms of its verb when the verb is listed as irregular (docs/clinical-content.md
/// §2, "Verb forms"), on wording of the team's own.
/// </summary>
public class VerbFormsTests
{
    private static readonly VerbForms English = new("ing", "ed", ["s", "es"], [["spread", "spreads", "spreading"], ["lose", "lost"], ["come", "came"]]);

    [Theory]
    [InlineData("spreading", "spread")]
    [InlineData("spreading", "spreads")]
    [InlineData("spread", "spreading")]
    [InlineData("losing", "lost")]
    [InlineData("lost", "loses")]
    [InlineData("came", "coming")]
    public void AWordOfAListedVerbReadsItsOtherForms(string written, string typed) =>
        Assert.Contains(typed, English.OtherForms(written) ?? []);

    [Theory]
    [InlineData("floored")]
    [InlineData("crushing")]
    [InlineData("leg")]
    [InlineData("not")]
    [InlineData("=dick")]
    [InlineData("radiat*")]
    public void AWordOfNoListedVerbReadsOnlyItself(string written) =>
        Assert.Null(English.OtherForms(written));

    [Fact]
    public void ALanguageWithoutVerbFormsReadsEachWordAsWritten() =>
        Assert.Null(VerbForms.None.OtherForms("spreading"));

    private static readonly VerbForms SpanishPersons = new(null, null, [], [["puedo", "puede"], ["me", "le"]]);

    /// <summary>
    /// A language that lists only its verbs' persons (es/language.yaml): each listed word reads the others, a short one too,
    /// and every kind of phrase reads them; a word not listed, or one that only looks like a listed word's ending, does not.
    /// </summary>
    [Theory]
    [InlineData("puedo", "puede")]
    [InlineData("puede", "puedo")]
    [InlineData("me", "le")]
    public void ALanguageOfPersonsReadsTheListedPersons(string written, string typed)
    {
        Assert.Contains(typed, SpanishPersons.OtherForms(written) ?? []);
        Assert.True(SpanishPersons.PersonsOnly);
    }

    [Theory]
    [InlineData("puedes")]
    [InlineData("camino")]
    [InlineData("se")]
    public void ALanguageOfPersonsReadsNothingElse(string written) =>
        Assert.Null(SpanishPersons.OtherForms(written));

    /// <summary>English keeps its rule: a short word has no other forms, even a listed one ("go" is never "went" there).</summary>
    [Fact]
    public void AShortWordOfALanguageWithEndingsHasNoOtherForms()
    {
        var english = new VerbForms("ing", "ed", ["s"], [["go", "went", "gone"]]);
        Assert.Null(english.OtherForms("go"));
        Assert.False(english.PersonsOnly);
    }

    [Theory]
    [InlineData("since lunch it has spread into my chest", "chest_pain")]
    [InlineData("both arms keep going numb and I lose the feeling in my hands completely", "limb_sensation_loss")]
    public void APhraseReadsAnotherFormOfItsVerb(string text, string findingId) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Fact]
    public void AnotherFormOfAVerbInADescriptionOfFunctionIsAskedAbout() =>
        Assert.Contains("clarify_bladder_bowel", Play("when I go for a poo I can't tell if it has all come out").Clarifications);

    [Theory]
    [InlineData("i take prednisolone every day for my lungs")]
    [InlineData("I have been taking steroid tablets for years for my asthma")]
    public void APhraseThatDeniesOrCancelsAFindingIsNeverWidened(string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, "immune_risk"));

    private static SymptomReport Play(string text)
    {
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        return session.Report;
    }
}
