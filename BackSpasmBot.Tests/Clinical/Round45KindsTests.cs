using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 45 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-53, es-43), in the team's
/// own sentences: Caribbean "cyah" for can't; a beating with a weapon; "mess myself"; weighing less than ever; a blow
/// to the spine in a game, and a severe headache with a stiff neck, asked plainly. What is less than it sounds, asked
/// plainly and never cleared: breathlessness put down to smoking or being unfit, steroids that are only an inhaler,
/// night pain that settles lying still, a leak since the children, dizziness on standing up fast, a relative's cancer
/// ("me ma"), what a search online said, a heart attack at the sight of a bill. Denials said after the finding
/// ("fiebre nada", "cáncer nunca tuve"), never when the finding says its own negative ("al limpiarme no noto nada").
/// </summary>
public sealed class Round45KindsTests
{
    [Theory]
    [InlineData("en", "opening", "back is sore and since this morning ah cyah feel mi right foot at all", FindingIds.LimbSensationLoss)]
    [InlineData("en", "opening", "I was beaten by two men with a crowbar last night, my back is black and blue", FindingIds.MajorTrauma)]
    [InlineData("en", "bladder_bowel", "nope. oh hang on, I did mess myself yesterday and didn't feel it", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "my back is killing me and I weigh less than I ever have even though I'm eating loads", FindingIds.WeightLoss)]
    [InlineData("es", "opening", "me duele la espalda y peso menos que nunca aunque como muchísimo", FindingIds.WeightLoss)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "took a knee to the spine playing rugby and now there's a swollen bump", FindingIds.MajorTrauma)]
    [InlineData("es", "opening", "me dieron un rodillazo en la columna jugando al fútbol y ahora tengo un bulto", FindingIds.MajorTrauma)]
    [InlineData("en", "opening", "I've had a pounding headache from hell and my neck is stiff, no temperature", FindingIds.ThunderclapHeadache)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "nah chest is fine, I'm just short of breath from the smokes", FindingIds.ChestPain)]
    [InlineData("en", "chest_pain", "no chest pain, I get out of breath on the stairs because I'm unfit", FindingIds.ChestPain)]
    [InlineData("en", "night_pain", "it aches at night too but when I lie still it settles", FindingIds.NightPain)]
    [InlineData("en", "opening", "I'm on steroids but it's only an inhaler", FindingIds.ImmuneRisk)]
    [InlineData("en", "bladder_bowel", "I leak a bit when I sneeze, have done since my kids were born, 30 years", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "me ma's got cancer and I'm looking after her, hurt me back lifting her", FindingIds.CancerHistory)]
    [InlineData("en", "opening", "I googled it and it said cancer, I'm so scared, my back hurts when I bend", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "busqué en internet y salía cáncer, tengo miedo, me duele al agacharme", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "esta mañana me he mareado un poco al levantarme rápido, luego bien", FindingIds.AorticSigns)]
    [InlineData("es", "opening", "me dio un infarto cuando vi la cuenta del taller jaja, la espalda sigue igual", FindingIds.ChestPain)]
    [InlineData("es", "sexual_dysfunction", "eso ya no funciona desde hace muchos años, a mi edad", FindingIds.SexualDysfunction)]
    public void WhatIsLessThanItSoundsIsAskedPlainly(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("es", "fever", "no, fiebre nada", FindingIds.Fever)]
    [InlineData("es", "cancer_history", "cáncer nunca tuve, pero mi señora tuvo de mama", FindingIds.CancerHistory)]
    public void ADenialSaidAfterTheFindingDeniesIt(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Fact]
    public void GodForbidIsNoYes()
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer("en", "cancer_history", "Cancer? God forbid")));
    }

    [Theory]
    [InlineData("en", "chest_pain", "yes, crushing chest pain, and I'm short of breath, I smoke 20 a day", Disposition.Emergency)]
    [InlineData("en", "opening", "short of breath from smoking and the pain goes down my left arm", Disposition.Emergency)]
    [InlineData("es", "chest_pain", "me duele el pecho y me ahogo, fumo mucho", Disposition.Emergency)]
    [InlineData("es", "saddle_numbness", "al limpiarme no noto nada", Disposition.Emergency)]
    [InlineData("es", "limb_sensation_loss", "no siento la pierna nada", Disposition.Emergency)]
    [InlineData("en", "immune_risk", "on prednisolone tablets for years, and an inhaler too", Disposition.Urgent)]
    public void TheRedFlagBesideThemStands(string language, string context, string text, Disposition expected)
    {
        Assert.Equal(expected, TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text))?.Disposition);
    }
    /// <summary>
    /// Pass 7 (docs/recognition.md, "Pass 7"): a subject carries over a clause with none of its own, so another person's
    /// sign is asked about, not taken as the person's; fainting or numbness with an everyday cause, legs sore from a day on
    /// them, a face numb from the dentist are asked plainly, never cleared.
    /// </summary>
    [Theory]
    [InlineData("en", "opening", "My uncle had a bad back for years and then couldn't control his bladder at all, I'm 40 and only have a stiff back", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "mi suegro tiene dolor de espalda y le cuesta orinar, yo solo tengo una contractura", FindingIds.BladderBowel)]
    [InlineData("en", "aortic_signs", "went a bit faint when they took blood this morning, I'm always like that with needles", FindingIds.AorticSigns)]
    [InlineData("es", "aortic_signs", "me mareé un poco pero no había desayunado, ya comí y estoy bien", FindingIds.AorticSigns)]
    [InlineData("en", "arm_numbness", "my hand goes dead every few days then comes back", FindingIds.LimbSensationLoss)]
    [InlineData("en", "opening", "can't feel my toes, it's so cold out here at the bus stop", FindingIds.LimbSensationLoss)]
    [InlineData("es", "opening", "vengo del dentista con la mitad de la cara dormida y me duele la espalda", FindingIds.OneSideWeakness)]
    [InlineData("en", "opening", "legs are killing me from standing all day at work", FindingIds.BothLegs)]
    public void AnotherPersonsSignOrAnEverydayCauseIsAskedPlainly(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "My wife drove me in and I can't control my bladder")]
    [InlineData("es", "opening", "mi hija me trajo porque no puedo orinar desde ayer")]
    [InlineData("en", "opening", "I fainted on the toilet and my tummy and back are agony")]
    [InlineData("es", "opening", "no me noto las piernas desde la caída")]
    [InlineData("en", "opening", "my arm went dead an hour ago and my face is drooping")]
    [InlineData("en", "limb_sensation_loss", "I can feel my legs but I can't feel my bottom when I wipe")]
    public void TheEmergencySignBesideThemStands(string language, string context, string text)
    {
        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text))?.Disposition);
    }
}
