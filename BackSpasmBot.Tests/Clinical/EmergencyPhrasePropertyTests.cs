using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using CsCheck;

namespace BackSpasmBot.Tests.Clinical;

public class EmergencyPhrasePropertyTests
{
    private static readonly (string Phrase, string FindingId)[] EmergencyPhrases =
    [
        ("I can't pee", "bladder_bowel"), ("I wet myself", "bladder_bowel"), ("I lost control of my bowels", "bladder_bowel"),
        ("not able to control my bladder", "bladder_bowel"), ("my bum is numb", "saddle_numbness"),
        ("I can't feel the toilet paper when I wipe", "saddle_numbness"), ("both my legs are numb", "both_legs"),
        ("no feeling in my legs", "limb_sensation_loss"), ("I can't feel my foot", "limb_sensation_loss"),
        ("my face is drooping", "one_side_weakness"), ("I keep losing my balance", "balance_coordination"),
        ("my chest feels tight", "chest_pain"), ("I fainted", "aortic_signs"), ("I was in a car crash", "major_trauma"),
        ("the worst headache of my life", "thunderclap_headache"), ("I can't get an erection", "sexual_dysfunction"),
    ];

    private static readonly string[] NeutralWords =
    [
        "hello", "my", "back", "really", "hurts", "after", "work", "the", "sofa", "yesterday", "and", "it", "started",
        "when", "lifting", "doctor", "please", "help", "today", "at", "home", "spasm", "so", "very", "sore", ".", ",",
        "this", "morning", "garden", "car", "kids", "bed", "oh", "well", "also", "hi", "thanks", "ok", "then", "again",
    ];

    [Fact]
    public void AnEmergencyPhraseAmongNeutralWordsIsAlwaysPresentAndNeverAbsent()
    {
        var words = Gen.OneOf(NeutralWords).Array[0, 8].Select(ws => string.Join(' ', ws));
        var cases = Gen.Select(words, Gen.OneOf(EmergencyPhrases), words);
        cases.Sample((before, emergency, after) =>
        {
            var text = $"{before} {emergency.Phrase} {after}";
            var status = SymptomRecognizer.Recognize(text).FirstOrDefault(m => m.FindingId == emergency.FindingId)?.Status;
            Assert.True(status == FindingStatus.Present, $"\"{text}\" gave {status?.ToString() ?? "nothing"} for {emergency.FindingId}");
        }, iter: 2000);
    }

    [Fact]
    public void AnEmergencyPhraseInAnyMessageLeadsToAnEmergencyDecision()
    {
        Gen.OneOf(EmergencyPhrases).Sample(emergency =>
        {
            var report = new SymptomReport();
            TriageRules.ApplyMentions(report, SymptomRecognizer.Recognize("my back went into spasm. " + emergency.Phrase));
            Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
        }, iter: 200);
    }
}
