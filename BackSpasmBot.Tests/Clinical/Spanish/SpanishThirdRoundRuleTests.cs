using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// The Spanish rules added from the kinds of words the third blind Spanish corpus used (docs/recognition.md, "Spanish
/// round: blind-es-3"), in the team's own sentences: verb forms and parts the lists lacked, said by the person or of
/// someone else, and everyday sentences with the same words that stay quiet.
/// </summary>
public sealed class SpanishThirdRoundRuleTests
{
    public static TheoryData<string, string> Present => new()
    {
        // Wetting oneself in the perfect tense, not being able to hold or to go, not noticing it, in Spanglish.
        { "bladder_bowel", "anoche me he hecho pis encima sin darme cuenta" },
        { "bladder_bowel", "desde el martes sin poder orinar" },
        { "bladder_bowel", "no retengo la orina desde ayer" },
        { "bladder_bowel", "no noto si estoy orinando" },
        { "bladder_bowel", "no puedo peear desde la mañana" },
        // Erection lost, said with the subjunctive.
        { "sexual_dysfunction", "ya van días sin que se me levante" },
        // Drooling from one side of the mouth.
        { "one_side_weakness", "me sale la baba por un lado" },
        // A head-on crash; a foot that slaps the ground.
        { "major_trauma", "ayer tuve un choque frontal con la furgoneta" },
        { "limb_weakness", "el pie derecho hace plaf al caminar" },
        // Pain every night, pain that stops one lying down, sleeping sitting up.
        { "night_pain", "me duele la lumbar todas las noches" },
        { "night_pain", "el dolor no me deja acostarme" },
        { "night_pain", "tengo que dormir sentado en una silla" },
        // A sudden jolt that takes the breath away; not even able to sneeze.
        { "sudden_severe", "de pronto un latigazo que me dejó sin aliento" },
        { "cough_sneeze_worse", "no puedo ni estornudar" },
        // Something that fell on someone of 70 or more.
        { "fragility_injury", "se me vino encima la estantería y tengo 75 años" },
    };

    public static TheoryData<string, string> AskedPlainly => new()
    {
        // A pain going down "both" without naming the legs again; shaking legs.
        { "both_legs", "el calambre me baja por las dos hasta los tobillos" },
        { "both_legs", "me tiemblan mucho las piernas" },
        // Balance lost or a leaning walk, of someone else or oneself; an arm someone else cannot lift.
        { "balance_coordination", "mi padre pierde el equilibrio cada vez que se levanta" },
        { "balance_coordination", "ando toda ladeada desde ayer" },
        { "limb_weakness", "mi hermano no puede levantar el brazo" },
    };

    public static TheoryData<string, string> Quiet => new()
    {
        { "night_pain", "me duele la espalda de dormir en el sofá" },
        { "bladder_bowel", "no aguanto el dolor de espalda" },
        { "cough_sneeze_worse", "no tengo tos ni fiebre" },
        { "sexual_dysfunction", "no se me quita el dolor" },
        { "both_legs", "antes del examen me temblaban las piernas de miedo" },
    };

    [Theory]
    [MemberData(nameof(Present))]
    public void ANewFormOrPartIsRecognised(string findingId, string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(AskedPlainly))]
    public void WhatTheBotCannotSettleIsAskedPlainly(string findingId, string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(Quiet))]
    public void AnEverydaySentenceWithTheSameWordsStaysQuiet(string findingId, string text) =>
        Assert.DoesNotContain(StatusOf(text, findingId), new[] { FindingStatus.Present, FindingStatus.Hedged });

    [Fact]
    public void AnAgeSaidAsAMisIsRead()
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        var report = new SymptomReport();
        TriageRules.RecordMessage(report, "a mis 79 me duele la espalda por primera vez");
        Assert.Equal(79, report.Age);
    }

    private static FindingStatus StatusOf(string text, string findingId)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        var report = new SymptomReport();
        TriageRules.RecordMessage(report, text);
        return report.StatusFromWords(findingId);
    }
}
