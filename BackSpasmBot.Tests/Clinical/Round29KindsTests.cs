using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 29 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-37, es-27), in the team's
/// own sentences: a condition named in a question or a fear, and a finding said to be over, are asked about plainly; a
/// cause the person has always had; a nurse's "afebrile"; "44F" is an age; a faint test line; insulin injected; shingles
/// and an infected wound; night sweats in Spanish; chest tightness put down to stress; a fall to the floor ("al piso");
/// "ya no" as an answer.
/// </summary>
public sealed class Round29KindsTests
{
    [Theory]
    [InlineData("en", "is this meningitis?? my back went when I lifted the kettle", FindingIds.MeningitisSigns)]
    [InlineData("en", "what if it's cancer, my back has ached for a week", FindingIds.CancerHistory)]
    [InlineData("en", "my back is in spasm. could that be a heart attack?", FindingIds.ChestPain)]
    [InlineData("es", "¿será un infarto? me dio el tirón en la espalda", FindingIds.ChestPain)]
    [InlineData("es", "tengo miedo de que sea cáncer, llevo una semana con la espalda así", FindingIds.CancerHistory)]
    public void AConditionNamedInAQuestionOrAFearIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "I can't feel my bum, could it be a trapped nerve?", FindingIds.SaddleNumbness)]
    [InlineData("en", "is it normal that I wet myself this morning?", FindingIds.BladderBowel)]
    [InlineData("es", "me orino encima sin darme cuenta, ¿será la próstata?", FindingIds.BladderBowel)]
    public void ASymptomSaidBesideAQuestionStands(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Fact]
    public void ADenialIsNoQuestion()
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayOpening("en", "no signs of a fever, just the back").StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData("en", "my leg went weak after the fall two summers back, but that's long gone", FindingIds.LimbWeakness)]
    [InlineData("en", "had some numbness round my bottom after the epidural, not anymore", FindingIds.SaddleNumbness)]
    [InlineData("es", "la pierna se me quedó débil después de la operación, pero ya se me quitó", FindingIds.LimbWeakness)]
    [InlineData("es", "después del parto se me durmió ahí abajo, pero ahora nada de eso", FindingIds.SaddleNumbness)]
    public void AFindingSaidToBeOverIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "my right leg is weak and now it's gone numb too", FindingIds.LimbWeakness)]
    [InlineData("es", "me orino encima y ya no puedo aguantar", FindingIds.BladderBowel)]
    public void AWordOfBeingOverThatDoesNotCloseItsClauseEndsNothing(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "I went lightheaded getting out of bed, but that always happens to me")]
    [InlineData("es", "me mareo al levantarme, pero eso me pasa siempre")]
    public void ACauseThePersonHasAlwaysHadIsAskedAbout(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, FindingIds.AorticSigns, text).StatusFromWords(FindingIds.AorticSigns));
    }

    [Fact]
    public void ANursesAfebrileSaysNoFever()
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayOpening("en", "lumbar spasm since lifting a patient, afebrile").StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData("en", "52F, back spasm since gardening yesterday", FindingStatus.Unknown)]
    [InlineData("en", "38F here, back went this morning", FindingStatus.Unknown)]
    [InlineData("en", "temp was 101.5F last night", FindingStatus.Present)]
    [InlineData("en", "my temp is 38.6 F and I'm shivering", FindingStatus.Present)]
    public void AnAgeAndSexIsNoTemperature(string language, string text, FindingStatus expected)
    {
        Assert.Equal(expected, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData("en", "did a pregnancy test but the line was faint, and my lower back aches", FindingIds.AorticSigns)]
    [InlineData("en", "I'm diabetic and inject insulin twice a day, my back is stiff", FindingIds.ImmuneRisk)]
    [InlineData("es", "me pongo insulina todas las noches y me duele la espalda", FindingIds.ImmuneRisk)]
    [InlineData("es", "me caí de culo al piso de la cocina, tengo 29", FindingIds.MajorTrauma)]
    public void AWordInAnotherSenseIsNotTheFinding(string language, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "I've had shingles on my side for ten days and now my back spasms", FindingIds.ImmuneRisk)]
    [InlineData("en", "my hernia op wound is infected and my back is killing me", FindingIds.ImmuneRisk)]
    [InlineData("es", "tengo culebrilla desde la semana pasada y ahora me duele la espalda", FindingIds.ImmuneRisk)]
    [InlineData("es", "me caí desde un segundo piso hace una hora", FindingIds.MajorTrauma)]
    [InlineData("en", "there's zero feeling round my back passage since this morning", FindingIds.SaddleNumbness)]
    [InlineData("en", "the pounds are falling off me and I'm not even trying", FindingIds.WeightLoss)]
    [InlineData("es", "desde ayer la punta del pie se me cae al caminar y tropiezo", FindingIds.LimbWeakness)]
    [InlineData("es", "la pierna derecha la voy arrastrando desde el lunes", FindingIds.LimbWeakness)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "the scar from my c-section is weeping a bit and my back hurts", FindingIds.ImmuneRisk)]
    [InlineData("es", "sudo mucho por las noches y me duele la espalda", FindingIds.Fever)]
    [InlineData("en", "my chest gets tight when I get stressed, the GP says it's anxiety", FindingIds.ChestPain)]
    [InlineData("es", "se me aprieta el pecho cuando me pongo nerviosa, el médico dice que es ansiedad", FindingIds.ChestPain)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "I'm terrified, crushing chest pain going into my left arm")]
    [InlineData("es", "estoy muy nerviosa, tengo un dolor opresivo en el pecho que se va al brazo")]
    [InlineData("en", "probably just my anxiety, but there's a heavy pressure in my chest")]
    [InlineData("en", "my chest goes tight when I get stressed and now it's spreading to my jaw")]
    [InlineData("es", "serán los nervios, pero el pecho me aprieta muchísimo")]
    [InlineData("es", "el pecho se me cierra cuando me estreso y ahora me baja al brazo izquierdo")]
    public void FearOrNervesDoNotSoftenChestPainThatSpreadsOrIsPutDownToThem(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.ChestPain));
    }

    [Theory]
    [InlineData(FindingIds.NightPain, "ya no, la semana pasada sí", FindingStatus.Absent)]
    [InlineData(FindingIds.BladderBowel, "ya no puedo aguantar el pis", FindingStatus.Present)]
    public void YaNoAnswersAsANoOnlyWhenItClosesItsClause(string context, string text, FindingStatus expected)
    {
        Assert.Equal(expected, CorpusScore.PlayAnswer("es", context, text).StatusFromWords(context));
    }
}
