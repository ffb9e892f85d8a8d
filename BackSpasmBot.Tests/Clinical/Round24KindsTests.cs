using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 24 (docs/recognition.md), from the misses and over-readings of four new blind corpora (en-31, en-32, es-21,
/// es-22), in the team's own sentences: a "no" of alarm ("oh no", "uy no") that denies nothing; a "ni" that carries on a
/// "no pude"; a "never … before" that belongs to the next denial; a Spanish real word that is no typo ("tratando" is not
/// "tiritando"), and the same word in the other gender or tense ("lento", "respondía"); slips and falls in other words;
/// chattering teeth; a temperature in a shed; a faint line on a pregnancy test.
/// </summary>
public sealed class Round24KindsTests
{
    [Theory]
    [InlineData("en", "oh no both my legs have gone numb", FindingIds.BothLegs)]
    [InlineData("es", "uy no, de repente no pude levantar el brazo izquierdo ni mover la pierna del mismo lado", FindingIds.OneSideWeakness)]
    [InlineData("es", "la mano derecha no me respondía y la pierna derecha la arrastraba", FindingIds.OneSideWeakness)]
    [InlineData("en", "I'm 81 and had a bit of a slip on the ice yesterday", FindingIds.FragilityInjury)]
    [InlineData("es", "tengo ochenta y cuatro y me he caío en la cocina", FindingIds.FragilityInjury)]
    [InlineData("es", "tengo 79 años y me fui de nalgas en la ducha", FindingIds.FragilityInjury)]
    [InlineData("es", "desde ayer el chorro me sale flojo y lento", FindingIds.BladderBowel)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    /// <summary>A body temperature under 38 with shivers since: the fever is asked about, never ruled out.</summary>
    [Theory]
    [InlineData("es", "ahora 37 y algo, pero anoche tiritaba y me castañeteaban los dientes")]
    [InlineData("en", "37.3 this morning but last night my teeth were chattering under three blankets")]
    public void ShiversAfterALowReadingAreAskedAbout(string language, string text)
    {
        Assert.True(CorpusScore.PlayAnswer(language, FindingIds.Fever, text).StatusFromWords(FindingIds.Fever) is FindingStatus.Hedged or FindingStatus.Present);
    }

    /// <summary>Trouble that is years old and unchanged is asked about plainly, never taken as new.</summary>
    [Fact]
    public void AFunctionLongChangedIsAskedNotTaken()
    {
        var report = CorpusScore.PlayAnswer("en", FindingIds.SexualDysfunction, "I've had erection problems for years with my diabetes, no different since the back went.");
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(FindingIds.SexualDysfunction));
    }

    [Theory]
    [InlineData("es", "estoy tratando de dormir de lado con una almohada", FindingIds.Fever)]
    [InlineData("es", "me despierto y luego me vuelvo a dormir sin problema", FindingIds.MajorTrauma)]
    [InlineData("en", "I take a statin for my cholesterol and that's it", FindingIds.BalanceCoordination)]
    [InlineData("en", "it's 39 degrees in the garage where I work and my back keeps cramping", FindingIds.Fever)]
    [InlineData("en", "I think I'm pregnant, the test was a faint positive", FindingIds.AorticSigns)]
    public void ARealWordOrAPlaceIsNoRedFlag(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Unknown, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    /// <summary>Another person's cancer, or a denial whose "before" belongs to the next one, is never the person's own.</summary>
    [Theory]
    [InlineData("I'm 60, never had cancer myself, never had a bad back before either")]
    [InlineData("my back went helping my dad move house. He's got cancer so I do the lifting")]
    public void CancerThatIsNotThePersonsIsNeverPresent(string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening("en", text).StatusFromWords(FindingIds.CancerHistory));
    }
}
