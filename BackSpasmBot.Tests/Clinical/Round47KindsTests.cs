using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 47 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-55, es-45), in the team's
/// own sentences. A question the person echoes and answers after a sentence of their own ("Fever? No, not that I know
/// of") is their answer to it, never the sign said. What is less than it sounds is asked plainly and never cleared:
/// weight lost in a named illness, a heart attack as a figure of speech, shivering with no fever or from the cold, what
/// someone said to look out for. Denials: "nothing like that", "nuthin", "negative on"; "nada raro en las piernas" is
/// no emergency. Other people: "the feller at work", "my lola", "my tio". Little coming out for all the trips, and sex
/// where "nothing works", are the signs. Getting up from bed is not lifting; "no me he caído ni he cargado nada" names
/// no trigger.
/// </summary>
public sealed class Round47KindsTests
{
    [Theory]
    [InlineData("en", "opening", "my back locks up when I lift the kids. Fever? No, not that I know of.", FindingIds.Fever)]
    [InlineData("es", "opening", "tengo la espalda mal desde el domingo. ¿Fiebre? No, creo que no.", FindingIds.Fever)]
    [InlineData("en", "opening", "my feet have been numb for years from the sugar, the doctor knows. Nothing new.", FindingIds.BothLegs)]
    [InlineData("en", "weight_loss", "yes I lost 4 kilos with a tummy bug last month", FindingIds.WeightLoss)]
    [InlineData("es", "weight_loss", "sí, perdí 3 kilos con una gastroenteritis", FindingIds.WeightLoss)]
    [InlineData("en", "opening", "my boss is going to give me a heart attack one of these days, anyway it's my lower back that hurts", FindingIds.ChestPain)]
    [InlineData("es", "opening", "mi hijo me va a dar un infarto con tanto lío, pero lo mío es la espalda", FindingIds.ChestPain)]
    [InlineData("en", "fever", "I'm shaking with the chills but no fever", FindingIds.Fever)]
    [InlineData("en", "fever", "got soaked and was shivering from the cold last night", FindingIds.Fever)]
    [InlineData("es", "fever", "estoy tiritando pero no tengo fiebre", FindingIds.Fever)]
    [InlineData("en", "opening", "my physio told me to watch out for numbness in my groin, my back is sore since Monday", FindingIds.SaddleNumbness)]
    public void WhatIsLessSureThanItSoundsIsAskedPlainly(string language, string context, string text, string findingId)
    {
        var report = CorpusScore.PlayAnswer(language, context, text);
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(findingId));
        Assert.Null(TriageRules.RedFlagDecision(report));
    }

    [Theory]
    [InlineData("en", "saddle_numbness", "nuthin funny down below", FindingIds.SaddleNumbness)]
    [InlineData("en", "saddle_numbness", "numbness down there, nothing like that", FindingIds.SaddleNumbness)]
    [InlineData("en", "bladder_bowel", "trouble peeing, nothing like that", FindingIds.BladderBowel)]
    [InlineData("en", "saddle_numbness", "the GP checked me, negative on any numbness down there", FindingIds.SaddleNumbness)]
    public void ADenialDeniesIt(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "the feller at work fell off the roof last week, my back went lifting boxes")]
    [InlineData("en", "opening", "my lola can't control her bladder anymore, and my back is sore since Tuesday")]
    [InlineData("en", "cancer_history", "my tio had cancer in the spine")]
    public void SomeoneElsesSignIsNoRedFlag(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }

    [Theory]
    [InlineData("es", "both_legs", "nada raro en las piernas")]
    [InlineData("es", "opening", "me duele la espalda, nada raro en las piernas")]
    public void NothingOddInTheLegsIsNoRedFlag(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }

    [Theory]
    [InlineData("en", "bladder_bowel", "I go and go but only a little comes out", Disposition.Emergency)]
    [InlineData("en", "opening", "my back is bad and I cannot have sex, nothing working", Disposition.Emergency)]
    [InlineData("en", "saddle_numbness", "cant manage sex with the wife, nothing happens", Disposition.Emergency)]
    public void TheSignSaidInOtherWordsCounts(string language, string context, string text, Disposition expected)
    {
        Assert.Equal(expected, TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text))?.Disposition);
    }

    [Theory]
    [InlineData("es", "opening", "me levanté así esta mañana, con la espalda trabada")]
    [InlineData("es", "opening", "no me he caído ni he cargado nada, pero me duele la espalda")]
    public void GettingUpOrATriggerDeniedIsNoTrigger(string language, string context, string text)
    {
        var report = CorpusScore.PlayAnswer(language, context, text);
        Assert.True(report.Trigger is null or Trigger.Unknown, $"trigger read: {report.Trigger}");
        Assert.Null(TriageRules.RedFlagDecision(report));
    }
}
