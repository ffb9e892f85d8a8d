using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 17 (docs/recognition.md): mechanisms rather than phrases. Negative concord ("I can't feel neither of my legs"),
/// "never" as a comparison, decimal points and ages said in words, a doubted reading just under a fever, and a strain
/// with thin bones. The kinds corpora were written by a blind author who was given only a description of each kind, never
/// the vocabulary; the facts below pin the edges the rules must keep.
/// </summary>
public sealed class Round17KindsTests(ITestOutputHelper output)
{
    /// <summary>Every emergency finding caught; urgent ones at least as well as recorded; no denial read as a finding.</summary>
    [Theory]
    [InlineData("kinds-r17-en.json", 0.9255)]
    [InlineData("kinds-r17-es.json", 0.9325)]
    public void TheKindsWrittenBlindAreCaught(string file, double urgentFloor)
    {
        var corpus = BlindCorpus.Load(file);
        using var inLanguage = ClinicalContent.UseLanguage(corpus.Language);
        var score = CorpusScore.Of(file, corpus);
        output.WriteLine(score.ToMarkdown());

        Assert.Equal(1.0, score.Sensitivity(Tier.Emergency));
        Assert.True(score.Sensitivity(Tier.Urgent) >= urgentFloor, $"urgent sensitivity {score.Sensitivity(Tier.Urgent):P1}");
        Assert.All(score.ByFinding.Values, finding => Assert.Equal(finding.Absent, finding.AbsentKept));
    }

    /// <summary>A negative that carries the change, with another negative beside it, is concord: the finding is there.</summary>
    [Theory]
    [InlineData("en", "cant feel nothing in either leg since this morning", FindingIds.BothLegs)]
    [InlineData("en", "i couldnt feel neither of my feet when i stood up", FindingIds.BothLegs)]
    [InlineData("es", "desde ayer no siento ninguna de las dos piernas", FindingIds.BothLegs)]
    [InlineData("es", "no puedo sentir ninguna pierna", FindingIds.LimbSensationLoss)]
    public void NegativeConcordSaysTheFinding(string language, string text, string findingId)
    {
        var status = Recognise(language, text, findingId);

        Assert.Equal(FindingStatus.Present, status);
    }

    /// <summary>A plain negative before a change said positively is still a denial; one before a negative change is asked.</summary>
    [Theory]
    [InlineData("I dont have no numbness in my legs", FindingIds.BothLegs, FindingStatus.Absent)]
    [InlineData("no numbness in my legs at all", FindingIds.BothLegs, FindingStatus.Absent)]
    [InlineData("i havent got no feeling in my legs", FindingIds.BothLegs, FindingStatus.Hedged)]
    public void ANegativeBeforeTheChangeIsADenialOrAsked(string text, string findingId, FindingStatus expected)
    {
        Assert.Equal(expected, Recognise("en", text, findingId));
    }

    /// <summary>"Never" as a comparison ("like never before", "como nunca") does not deny the headache.</summary>
    [Theory]
    [InlineData("en", "a headache like never before, it came on all at once")]
    [InlineData("es", "me dio un dolor de cabeza como nunca, de golpe")]
    public void NeverAsAComparisonDeniesNothing(string language, string text)
    {
        Assert.NotEqual(FindingStatus.Absent, Recognise(language, text, FindingIds.SuddenSevere));
        Assert.NotEqual(FindingStatus.Unknown, Recognise(language, text, FindingIds.ThunderclapHeadache));
    }

    /// <summary>A decimal point in words: a fever at 38 or more, none below it.</summary>
    [Theory]
    [InlineData("en", "temp is thirty eight point two and im shivering", FindingStatus.Present)]
    [InlineData("en", "checked it, thirty six point nine, so no fever", FindingStatus.Absent)]
    [InlineData("en", "thermometer said a hundred and one point four", FindingStatus.Present)]
    [InlineData("es", "el termómetro marca treinta y ocho coma cuatro", FindingStatus.Present)]
    [InlineData("es", "tengo treinta y seis coma cinco, fiebre no", FindingStatus.Absent)]
    public void ADecimalPointInWordsIsRead(string language, string text, FindingStatus expected)
    {
        Assert.Equal(expected, Recognise(language, text, FindingIds.Fever));
    }

    /// <summary>A reading just under 38 that the person doubts is asked about plainly; one given to deny a fever is absent.</summary>
    [Theory]
    [InlineData("its 37.7, is that a fever?", FindingStatus.Hedged)]
    [InlineData("reading was 37.9 not sure if thats high", FindingStatus.Hedged)]
    [InlineData("temp 37.8 so no fever", FindingStatus.Absent)]
    [InlineData("36.9, not sure why you ask", FindingStatus.Absent)]
    public void AReadingJustUnderAFeverThatThePersonDoubtsIsAsked(string text, FindingStatus expected)
    {
        Assert.Equal(expected, Recognise("en", text, FindingIds.Fever));
    }

    /// <summary>An age said in words, or with "years young" or "next month", makes a fall at 70 or over a fragility injury.</summary>
    [Theory]
    [InlineData("en", "im seventy eight and tripped on the stairs, back in spasm since", true)]
    [InlineData("en", "seventy-nine years young and I went over on the ice", true)]
    [InlineData("en", "I'll be 81 next month, slipped in the garden on Sunday", true)]
    [InlineData("en", "my dad is eighty years old and fell, my back hurts from lifting him", false)]
    [InlineData("es", "con mis setenta y cinco añitos me caí en la cocina", true)]
    public void AnAgeInWordsWithAFallIsAFragilityInjury(string language, string text, bool fragility)
    {
        Assert.Equal(fragility, IsAFragilityInjury(language, text));
    }

    /// <summary>"Eighty-two years young" is an age, never two years of pain.</summary>
    [Fact]
    public void AnAgeInYearsIsNoDuration()
    {
        Assert.Equal(FindingStatus.Unknown, Recognise("en", "Eighty-two years young and my back has been in spasm since Monday", FindingIds.NotImproving));
    }

    /// <summary>With thin bones, a strain with no fall (bending, a sneeze) is a fragility injury (CKS); without them it is not.</summary>
    [Theory]
    [InlineData("en", "I sneezed and my back went into spasm, I have osteoporosis", true)]
    [InlineData("en", "I sneezed and my back went into spasm", false)]
    [InlineData("es", "me agaché a recoger la ropa y tengo osteoporosis, ahora espasmos", true)]
    public void AStrainWithThinBonesIsAFragilityInjury(string language, string text, bool fragility)
    {
        Assert.Equal(fragility, IsAFragilityInjury(language, text));
    }

    private static FindingStatus Recognise(string language, string text, string findingId) =>
        CorpusScore.PlayOpening(language, text).StatusOf(findingId);

    /// <summary>A fragility injury is decided (derived or recognised) after <paramref name="text"/> as a first message.</summary>
    private static bool IsAFragilityInjury(string language, string text) =>
        TriageRules.PresentFindings(CorpusScore.PlayOpening(language, text), countUnconfirmedHedged: false).Contains(FindingIds.FragilityInjury);
}
