using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>For every finding: present, negated and hedged lay phrasings, typos included.</summary>
public class SymptomRecognizerTableTests
{
    public static TheoryData<string, string> PresentPhrasings => new()
    {
        { "bladder_bowel", "I can't pee properly since this morning" },
        { "bladder_bowel", "I wet myself last night" },
        { "bladder_bowel", "not able to control my bladder" },
        { "bladder_bowel", "I lost control of my bowels" },
        { "bladder_bowel", "I've been dribbling and leaking urine" },
        { "bladder_bowel", "trouble starting to wee" },
        { "bladder_bowel", "I cant urinatte properly" },
        { "bladder_bowel", "I have no control over my bladdder" },
        { "bladder_bowel", "I haven't peed since yesterday" },
        { "saddle_numbness", "my bum and the inside of my thighs feel numb" },
        { "saddle_numbness", "numbness down there" },
        { "saddle_numbness", "I can't feel the toilet paper when I wipe" },
        { "saddle_numbness", "tingling around my groin" },
        { "saddle_numbness", "my privates feel numb" },
        { "sexual_dysfunction", "I can't get an erection since the pain started" },
        { "sexual_dysfunction", "no feeling during sex" },
        { "both_legs", "both my legs are numb" },
        { "both_legs", "pain down both legs" },
        { "both_legs", "tingling in my legs" },
        { "both_legs", "my legs feel weak" },
        { "limb_sensation_loss", "I can't feel my leg" },
        { "limb_sensation_loss", "no feeling in my left foot" },
        { "limb_sensation_loss", "I've lost feeling in my arm" },
        { "one_side_weakness", "my left arm and left leg have gone weak" },
        { "one_side_weakness", "my face is drooping" },
        { "one_side_weakness", "my speech is slurred" },
        { "one_side_weakness", "numb down one side of my body" },
        { "balance_coordination", "I keep losing my balance" },
        { "balance_coordination", "I can't walk straight" },
        { "balance_coordination", "I feel unsteady and clumsy" },
        { "chest_pain", "my chest feels tight and I'm sweating" },
        { "chest_pain", "crushing pain in my chest" },
        { "chest_pain", "I'm short of breath" },
        { "chest_pain", "chest painn" },
        { "aortic_signs", "sudden severe pain in my tummy and back" },
        { "aortic_signs", "a throbbing feeling in my stomach" },
        { "aortic_signs", "I fainted earlier" },
        { "aortic_signs", "I passed out" },
        { "major_trauma", "it started after a car crash" },
        { "major_trauma", "I fell off a ladder" },
        { "major_trauma", "I was hit by a car" },
        { "meningitis_signs", "stiff neck and a fever" },
        { "meningitis_signs", "my neck is stiff and the light hurts my eyes" },
        { "meningitis_signs", "I've got a rash that doesn't fade under a glass" },
        { "thunderclap_headache", "the worst headache of my life" },
        { "thunderclap_headache", "a sudden severe headache" },
        { "thunderclap_headache", "thunderclap headache" },
        { "limb_weakness", "my right foot slaps the ground when I walk" },
        { "limb_weakness", "my leg keeps giving way" },
        { "limb_weakness", "my arm is weak" },
        { "limb_weakness", "foot drop" },
        { "fever", "I've got a fever" },
        { "fever", "I feel hot and cold and shivery" },
        { "fever", "38.5 and shivering" },
        { "fever", "temp of 101 F" },
        { "fever", "I feel generally unwell" },
        { "fever", "I have a feever" },
        { "cancer_history", "I had breast cancer five years ago" },
        { "cancer_history", "I finished chemo last year" },
        { "cancer_history", "I had a malignant tumour removed" },
        { "weight_loss", "I've lost weight without trying" },
        { "weight_loss", "lost a stone without dieting" },
        { "night_pain", "it's worse at night" },
        { "night_pain", "the pain wakes me up" },
        { "night_pain", "lying down doesn't help at all" },
        { "immune_risk", "I take steroid tablets" },
        { "immune_risk", "I had a UTI last week" },
        { "immune_risk", "I'm HIV positive" },
        { "immune_risk", "I inject drugs" },
        { "fragility_injury", "I fell over and I have osteoporosis" },
        { "sudden_severe", "severe pain that came on suddenly" },
        { "sudden_severe", "it's getting worse quickly" },
        { "not_improving", "it's not getting better" },
        { "not_improving", "it's gone on for 8 weeks" },
        { "not_improving", "I can't work" },
        { "not_improving", "months of this" },
        { "pregnant", "I'm 24 weeks pregnant" },
        { "pregnant", "I'm expecting a baby" },
        { "pregnant", "I'm pregnent" },
        { "deformity_lump", "there's a lump on my back" },
        { "deformity_lump", "my back has changed shape" },
        { "cough_sneeze_worse", "it's much worse when I cough" },
        { "cough_sneeze_worse", "sneezing is agony" },
        { "arm_numbness", "my arm keeps going numb" },
        { "arm_numbness", "pins and needles in my hand" },
        { "backache", "my lower back hurts" },
        { "backache", "back spasms" },
        { "spine_stiffness", "a stiff lower back" },
        { "spine_stiffness", "my back is stiff" },
        { "spine_curvature", "I'm leaning to one side" },
        { "hip_buttock_pain", "pain in my hip" },
        { "hip_buttock_pain", "my buttock aches" },
        { "arm_shoulder_pain", "my shoulder hurts" },
        { "arm_shoulder_pain", "spasm between my shoulder blades" },
        { "leg_tingling_one_side", "tingling in my left leg" },
        { "leg_tingling_one_side", "numbness in one buttock" },
        { "sciatica", "shooting pain down the back of my left leg" },
        { "sciatica", "I've got sciatica" },
        { "neck_stiffness", "my neck is stiff" },
        { "occipital_headache", "headache at the back of my head" },
    };

    public static TheoryData<string, string> AbsentPhrasings => new()
    {
        { "bladder_bowel", "no bladder problems" },
        { "bladder_bowel", "I haven't had any trouble peeing" },
        { "bladder_bowel", "my bladder and bowels are fine" },
        { "saddle_numbness", "no numbness down there" },
        { "saddle_numbness", "I don't have any tingling around my bum" },
        { "sexual_dysfunction", "no erection problems" },
        { "both_legs", "no pain in my legs" },
        { "limb_sensation_loss", "I haven't lost feeling in my legs" },
        { "one_side_weakness", "no slurred speech" },
        { "balance_coordination", "my balance is fine, no problems with balance" },
        { "chest_pain", "no chest pain" },
        { "aortic_signs", "I haven't fainted" },
        { "major_trauma", "there was no car accident" },
        { "thunderclap_headache", "not the worst headache ever" },
        { "limb_weakness", "no weakness in my legs" },
        { "fever", "I don't have a fever" },
        { "fever", "no fevr" },
        { "fever", "my temperature is 37" },
        { "cancer_history", "I've never had cancer" },
        { "weight_loss", "I haven't lost weight" },
        { "night_pain", "it's not worse at night" },
        { "immune_risk", "I don't take steroids" },
        { "sudden_severe", "it's not getting worse quickly" },
        { "not_improving", "not struggling" },
        { "pregnant", "I'm not pregnant" },
        { "deformity_lump", "no lump" },
        { "cough_sneeze_worse", "it's not worse when I cough" },
        { "arm_numbness", "no tingling in my arms" },
        { "neck_stiffness", "no stiff neck" },
        { "spine_stiffness", "my back isn't stiff" },
        { "sciatica", "no sciatica" },
        { "occipital_headache", "no headache" },
        { "backache", "no back pain now" },
    };

    public static TheoryData<string, string> HedgedPhrasings => new()
    {
        // A tumour may be benign: named without "cancer" or "malignant", it is asked plainly (round 37).
        { "cancer_history", "I had a tumour removed" },
        { "bladder_bowel", "maybe I've been leaking a bit" },
        { "bladder_bowel", "I might have wet myself" },
        { "saddle_numbness", "a bit odd when I wipe" },
        { "saddle_numbness", "my bum feels kind of numb" },
        { "sexual_dysfunction", "I think there might be erection problems" },
        { "both_legs", "I think both my legs are tingling" },
        { "both_legs", "no fever and pain down both legs" },
        { "limb_sensation_loss", "possibly can't feel my foot" },
        { "one_side_weakness", "my face might be drooping" },
        { "balance_coordination", "I might be a bit unsteady" },
        { "chest_pain", "sort of tight chest" },
        { "aortic_signs", "I dunno, maybe dizzy" },
        { "major_trauma", "maybe a car accident" },
        { "thunderclap_headache", "maybe the worst headache ever" },
        { "limb_weakness", "my leg might be weak" },
        { "fever", "I might have a temperature" },
        { "fever", "not sure about a fever" },
        { "cancer_history", "my mum had cancer" },
        { "weight_loss", "I might have lost weight" },
        { "night_pain", "possibly worse at night" },
        { "immune_risk", "I think I had a urine infection" },
        { "sudden_severe", "I think it's getting worse quickly" },
        { "pregnant", "I might be pregnant" },
        { "pregnant", "my wife is pregnant" },
        { "deformity_lump", "maybe a lump on my back" },
        { "cough_sneeze_worse", "probably worse when I sneeze" },
        { "arm_numbness", "I think my arm goes numb" },
        { "not_improving", "I think it's not getting better" },
    };

    [Theory]
    [MemberData(nameof(PresentPhrasings))]
    public void RecognisesTheFindingAsPresent(string findingId, string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(AbsentPhrasings))]
    public void RecognisesANegatedFindingAsAbsent(string findingId, string text) =>
        Assert.Equal(FindingStatus.Absent, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(HedgedPhrasings))]
    public void RecognisesAnUncertainFindingAsHedged(string findingId, string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, findingId));

    [Fact]
    public void EveryFindingExceptDerivedOnesHasAPresentPhrasingInTheTable()
    {
        var covered = PresentPhrasings.Select(row => (string)row[0]).ToHashSet();
        var derivedOnly = new[] { "age_flag" };
        var missing = FindingCatalog.All.Select(f => f.Id).Except(covered).Except(derivedOnly);
        Assert.Empty(missing);
    }
}
