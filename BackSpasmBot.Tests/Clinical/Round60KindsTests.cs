using BackSpasmBot.Clinical;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 60 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-69, es-59), in the team's
/// own sentences. Spanish "sin embargo" and "no obstante" negate nothing (a fall told after "Sin embargo, debo mencionar"
/// was lost); meprednisone; "me costó orinar"; "en la noche es cuando más me duele"; an arm "no lo puedo levantar" (and
/// not when the pain or the height stops it); pedals no longer felt; Shetland "waur at nicht". (Also read now, without a
/// case of their own since an earlier phrase already escalated them: an arm that "wun't work", "binji" for the belly.) Over-readings: "va" and "sale" are no longer a yes ("eso va bien" was an emergency
/// for a no), a yes that says it all works is asked again, a relative called "apá" or "mami" is someone else, and declining
/// ("eso es cosa mía, pasa de pregunta") is asked again, never a yes ("eso es").
/// </summary>
public sealed class Round60KindsTests
{
    [Theory]
    [InlineData("es", "pregnant", "No. Sin embargo, le comento que tengo osteoporosis y anteayer me resbalé en la ducha", Disposition.Urgent)]
    [InlineData("es", "nsaid_caution", "ninguna, solo que tomo meprednisona todos los días por la artritis", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y hoy me costó orinar, tardó mucho en salir", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la espalda y a la noche es cuando más me molesta", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y el brazo derecho no lo puedo alzar bien desde ayer", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y el brazo no lo puedo levantar por encima de la cabeza por el dolor", null)]
    [InlineData("es", "opening", "manejo camión y desde ayer ya no siento bien los pedales", Disposition.Emergency)]
    [InlineData("en", "night_pain", "hit's waur at nicht", Disposition.Urgent)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    /// <summary>A no, in words that were read as a yes or as the person's own red flag, is never a referral.</summary>
    [Theory]
    [InlineData("es", "sexual_dysfunction", "eso va bien, gracias")]
    [InlineData("es", "saddle_numbness", "va bien, gracias a Dios")]
    [InlineData("es", "sexual_dysfunction", "eso sí está funcionando, no se preocupe")]
    [InlineData("es", "cancer_history", "yo no, mi apá tuvo cáncer de colon")]
    [InlineData("en", "opening", "my mami had cancer when I was a kid, but me, no, never")]
    [InlineData("es", "sexual_dysfunction", "eso es cosa mía, pasa a otra pregunta")]
    public void NotARedFlag(string language, string context, string text) =>
        Assert.Null(RecognizerAssert.DispositionAfter(language, context, text));
}
