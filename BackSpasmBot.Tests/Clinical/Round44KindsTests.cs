using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 44 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-52, es-42), in the team's
/// own sentences: the formal words for passing urine and for a full bladder; having to push to pee; veering as on a deck
/// and steadying oneself; "no previous episodes" as a first episode; schlepping and lugging as lifting, digging as a strain;
/// a knock "contra la mesa"; an age said "a los 80 que tengo" or in English inside Spanish; a worsening "se está poniendo
/// peor" fast; pain that wakes the person at night said past a comma; Catalan words for an arm "adormit" and speech "rar".
/// What is no red flag: the weather's fever "not my problem", calves that cramp at night, a joke taken back, a client's fever,
/// no time to stop and pee.
/// </summary>
public sealed class Round44KindsTests
{
    [Theory]
    [InlineData("en", "opening", "my back is in spasm and I find micturition slow to initiate", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "desde anoche la espalda me duele cada vez peor, se está poniendo peor rapidísimo", FindingIds.SuddenSevere)]
    [InlineData("es", "opening", "tinc el braç esquerre adormit i la cara torta, i el meu home diu que parle rar", FindingIds.OneSideWeakness)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "lately I have no real sensation of when my bladder is full", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "the back is bad and I'm not peeing right either", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "walking to the kitchen I deviate to the right and have to steady myself on the counter", FindingIds.BalanceCoordination)]
    [InlineData("es", "opening", "hace tres semanas que me duele y encima de madrugada, me despierta", FindingIds.NightPain)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    /// <summary>A lift or a knock at 70 or over, or a strain with thin bones, said in words the vocabulary had not had.</summary>
    [Theory]
    [InlineData("en", "I'm 74 and my back went lugging the recycling bins down the drive")]
    [InlineData("en", "my back gave out schlepping a suitcase up to the attic, and I'm 77")]
    [InlineData("es", "con la osteoporosis que tengo, me dio el tirón cavando la huerta")]
    [InlineData("es", "a los 81 años que tengo, me he dado en la espalda contra el lavabo")]
    [InlineData("es", "I'm 76 years old, ayer cargué unas bolsas del súper y se me trabó la espalda")]
    public void AFragilityInjuryInTheseWordsIsUrgent(string language, string text)
    {
        var report = CorpusScore.PlayAnswer(language, "opening", text);

        Assert.Equal(Disposition.Urgent, TriageRules.RedFlagDecision(report)?.Disposition);
        Assert.Contains(FindingIds.FragilityInjury, TriageRules.PresentFindings(report, false));
    }

    [Theory]
    [InlineData("I am 63 and have had no previous episodes of back trouble")]
    [InlineData("I'm 58, it's the first proper time my back has gone")]
    public void AFirstEpisodeSaidFormallyIsAFirstEpisode(string text)
    {
        Assert.True(CorpusScore.PlayAnswer("en", "opening", text).FirstEpisode);
    }

    [Theory]
    [InlineData("en", "opening", "a fever is not my problem, it's the back that's killing me", FindingIds.Fever)]
    [InlineData("en", FindingIds.Dehydration, "I sweat buckets on shift and my calves cramp up at night sometimes", FindingIds.NightPain)]
    [InlineData("en", "opening", "I've got a raging fever and I'm melting lol jk, no temperature, just a sore back", FindingIds.Fever)]
    [InlineData("es", "opening", "la señora que cuido, una clienta mayor, tiene fiebre; yo solo me hice daño en la espalda al moverla", FindingIds.Fever)]
    [InlineData("es", FindingIds.BladderBowel, "no, orino bien, es que en la obra no me da tiempo de parar a mear", FindingIds.BladderBowel)]
    public void WhatIsNoRedFlagIsNotTakenAsOne(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusOf(findingId));
    }

    /// <summary>
    /// Pass 5 over the read corpora's over-readings (docs/recognition.md, "Pass 5"): a temperature taken again, a fever over
    /// "hace tres días", pain in the back on a deep breath, cancer as a figure of speech or of the family.
    /// </summary>
    [Theory]
    [InlineData("en", FindingIds.Fever, "it read 38.6 straight after my coffee, so I took it again and it was 36.7", FindingIds.Fever)]
    [InlineData("es", FindingIds.Fever, "el termómetro marcó 38,2 pero me lo volví a poner y 36,6", FindingIds.Fever)]
    [InlineData("es", "opening", "tuve 38 de fiebre el martes pero ya se me quitó hace dos días, ahora solo la espalda", FindingIds.Fever)]
    [InlineData("en", FindingIds.ChestPain, "it's just my back that hurts when I take a deep breath", FindingIds.ChestPain)]
    [InlineData("es", FindingIds.ChestPain, "me duele la espalda al respirar hondo, es la contractura", FindingIds.ChestPain)]
    [InlineData("en", "opening", "work this month has been a cancer on my life, and now my back has gone", FindingIds.CancerHistory)]
    [InlineData("en", FindingIds.CancerHistory, "cancer runs in my family but I've never had it", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "el cáncer de esta oficina es el jefe jaja, y yo con la espalda fatal de cargar cajas", FindingIds.CancerHistory)]
    public void AFigureOfSpeechOrACorrectedReadingIsNoRedFlag(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusOf(findingId));
    }

    /// <summary>Guards: chest pain spreading to the arm on a breath, and a person's own cancer, stay red flags.</summary>
    [Theory]
    [InlineData("en", "my back and chest hurt when I breathe in and it goes into my left arm", Disposition.Emergency)]
    [InlineData("en", "I'm a cancer survivor and my back has been aching for a week", Disposition.Urgent)]
    public void TheRedFlagBesideThemStands(string language, string text, Disposition expected)
    {
        Assert.Equal(expected, TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, "opening", text))?.Disposition);
    }

    /// <summary>
    /// Pass 6 (docs/recognition.md, "Pass 6"): a bottom numb from sitting that wore off, and legs gone to jelly from a fright,
    /// are asked about plainly, never taken as the emergency sign; said to stay, the numbness is still the sign.
    /// </summary>
    [Theory]
    [InlineData("en", "opening", "three hours on a church pew and my bum went numb, it came back when I got up and walked", FindingIds.SaddleNumbness)]
    [InlineData("es", "opening", "se me quedó dormido el trasero de tanto estar sentada en la peluquería, al levantarme se me pasó", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "both my legs went to jelly when I saw the size of the dentist's bill, anyway my back is sore", FindingIds.BothLegs)]
    [InlineData("es", "opening", "me temblaban las dos piernas del susto cuando vi la factura, y la espalda me duele", FindingIds.BothLegs)]
    public void AWornOffNumbnessOrAFrightIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "my bum went numb on the long drive and it's still numb now, I can't feel the toilet paper")]
    [InlineData("es", "se me durmió la cola en el bus y no se me pasa, no siento el papel al limpiarme")]
    [InlineData("en", "after sitting at my desk all day I sat on the toilet and couldn't feel my bottom at all")]
    public void NumbnessFromSittingThatStaysIsAnEmergency(string language, string text)
    {
        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, "opening", text))?.Disposition);
    }
}
