using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 33 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-41, es-31), in the team's
/// own sentences: a fall down a whole flight, into a ditch; pidgin "no fit turn" and "body dey hot"; only a few drops;
/// a clinician's "intact in both legs"; a fright at a price; a finding named and then denied; a fever over; sitting
/// down hard at 84; Rioplatense "gamba"; "ya no como antes" in bed; a broken heart; a head that "explodes" with work;
/// "fiebre ninguna"; football fever.
/// </summary>
public sealed class Round33KindsTests
{
    [Theory]
    [InlineData("en", "opening", "I tumbled down a whole flight of steps at the station", FindingIds.MajorTrauma)]
    [InlineData("en", "opening", "body dey hot and my back dey pain me", FindingIds.Fever)]
    [InlineData("en", FindingIds.NeckStiffness, "my neck an i no fit turn am", FindingIds.NeckStiffness)]
    [InlineData("en", FindingIds.FragilityInjury, "sat down heavily on the toilet and felt it go, I'm 84", FindingIds.FragilityInjury)]
    [InlineData("es", "opening", "tengo la gamba derecha sin sensibilidad", FindingIds.LimbSensationLoss)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "slipped into a ditch on my way home", FindingIds.MajorTrauma)]
    [InlineData("en", "opening", "going to the loo all the time but only a few drops come out", FindingIds.BladderBowel)]
    [InlineData("en", FindingIds.Fever, "had a temperature a week ago with the flu, fine now", FindingIds.Fever)]
    [InlineData("es", FindingIds.BladderBowel, "mear bien, pero con mi mujer en la cama ya no como antes", FindingIds.SexualDysfunction)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "reflexes and sensation intact in both legs, just low back pain", FindingIds.BothLegs)]
    [InlineData("en", "opening", "I could faint at the price of the osteopath, anyway my back aches", FindingIds.AorticSigns)]
    [InlineData("es", "opening", "casi me da un soponcio al ver la factura del quiropráctico", FindingIds.AorticSigns)]
    [InlineData("es", FindingIds.ChestPain, "se me rompió el corazón con la noticia, pero el pecho bien", FindingIds.ChestPain)]
    [InlineData("es", FindingIds.ThunderclapHeadache, "me explota la cabeza con el trabajo, pero dolor de cabeza no", FindingIds.ThunderclapHeadache)]
    [InlineData("es", "opening", "tengo fiebre del fútbol con el mundial", FindingIds.Fever)]
    public void AFrightOrAFigureOfSpeechIsNotTheFinding(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.CancerHistory, "no, cancer I've never had, my dad did", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "hace 40 grados fuera y tengo la espalda fatal, fiebre ninguna", FindingIds.Fever)]
    public void AFindingNamedAndThenDeniedIsAbsent(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusOf(findingId));
    }
}
