using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 46 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-54, es-44), in the team's
/// own sentences. Words that only look like a sign: the erector muscles of the back, Andalusian "malino", Argentine
/// "embole", "se me cae la cara de vergüenza". One leg corrected to both, asked. What is less than it sounds, asked plainly
/// and never cleared: numbness in a frost, a sudden pain said not to be bad (a "yes" too), weight lost on a diet said
/// with a "yes", a chest pain taken back as a joke. Denials: "fiebre na", "na" for no, "de a poquito". A no that says all is
/// as usual is a plain no. An ellipsis is a pause, not a sentence's end. "No es broma" insists; it takes nothing back.
/// </summary>
public sealed class Round46KindsTests
{
    [Theory]
    [InlineData("en", "opening", "big squat session yesterday and now my erectors are locked tight, that's all")]
    [InlineData("es", "opening", "estoy malina de la espalda desde ayer, me agaché mal")]
    [InlineData("es", "opening", "qué embole estar en casa sin poder moverme de la espalda")]
    [InlineData("es", "opening", "se me cae la cara de la vergüenza, pero me duele la espalda desde la boda")]
    public void WordsThatOnlyLookLikeASignAreNoRedFlag(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }

    [Theory]
    [InlineData("en", "opening", "my feet went numb ice fishing at minus twenty, they came back once I warmed up", FindingIds.BothLegs)]
    [InlineData("es", "opening", "se me durmieron los pies en la montaña, estábamos a diez bajo cero", FindingIds.BothLegs)]
    [InlineData("en", "sudden_severe", "yes it came on suddenly but honestly it's not that bad", FindingIds.SuddenSevere)]
    [InlineData("es", "sudden_severe", "sí, de repente, pero no es para tanto", FindingIds.SuddenSevere)]
    [InlineData("es", "weight_loss", "sí, he bajado unos kilos, pero es que estoy a dieta", FindingIds.WeightLoss)]
    [InlineData("es", "opening", "me duele el pecho de tanto reírme con mis primos, es broma, solo es la espalda", FindingIds.ChestPain)]
    [InlineData("es", "opening", "se me durmió la pierna izquierda... no, las dos en realidad", FindingIds.BothLegs)]
    [InlineData("en", "opening", "my right leg has gone numb... no, both actually", FindingIds.BothLegs)]
    public void WhatIsLessSureThanItSoundsIsAskedPlainly(string language, string context, string text, string findingId)
    {
        var report = CorpusScore.PlayAnswer(language, context, text);
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(findingId));
        Assert.Null(TriageRules.RedFlagDecision(report));
    }

    [Theory]
    [InlineData("es", "meningitis_signs", "no, el cuello bien, fiebre na", FindingIds.Fever)]
    [InlineData("es", "night_pain", "na, de noche duermo como siempre", FindingIds.NightPain)]
    [InlineData("es", "sudden_severe", "fue de a poquito, desde el lunes", FindingIds.SuddenSevere)]
    [InlineData("en", "bladder_bowel", "No, passing urine well and the stool is normal", FindingIds.BladderBowel)]
    [InlineData("es", "both_legs", "no, ni una ni la otra, las piernas bien", FindingIds.BothLegs)]
    [InlineData("es", "limb_sensation_loss", "no, eso no, siento bien", FindingIds.LimbSensationLoss)]
    public void ADenialOrANoThatSaysAllIsAsUsualDeniesIt(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "bladder_bowel", "no, normal, but I can't feel my bum when I wipe", Disposition.Emergency)]
    [InlineData("es", "saddle_numbness", "no, normal, pero al limpiarme no noto nada", Disposition.Emergency)]
    [InlineData("en", "saddle_numbness", "yes, it's a bit numb down there, not that bad", Disposition.Emergency)]
    [InlineData("en", "sudden_severe", "yes, out of nowhere, the worst pain of my life", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele el pecho y no es broma, me baja al brazo izquierdo", Disposition.Emergency)]
    [InlineData("en", "opening", "I can't pee... and both my legs have gone numb", Disposition.Emergency)]
    [InlineData("es", "limb_sensation_loss", "la pierna derecha no la siento na", Disposition.Emergency)]
    public void TheRedFlagBesideThemStands(string language, string context, string text, Disposition expected)
    {
        Assert.Equal(expected, TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text))?.Disposition);
    }
}
