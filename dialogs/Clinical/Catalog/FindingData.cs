using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Catalog;

/// <summary>
/// Clinical data for review: every finding, its tier on its own, the plain name used in messages, and its source.
/// Source abbreviations: NHS-BP = NHS back pain page (999 / 111 / GP lists); NHS-CES = NHS trust cauda equina
/// leaflets (Royal Free, Chesterfield); CKS = NICE CKS red flags; NG59 = NICE NG59; AHCPR = US AHCPR red-flag table;
/// AAFP = Casazza 2012; Mayo = Mayo Clinic "when to see a doctor for back pain"; seed = the first-aid page.
/// </summary>
internal static class FindingData
{
    public static readonly IReadOnlyList<Finding> All =
    [
        // Emergency: call the emergency number or go to the emergency department now.
        new(BladderBowel, Tier.Emergency, "new trouble peeing or controlling your bladder or bowels",
            "NHS-BP 999 list (difficulty peeing, loss of bladder/bowel control); NHS-CES; CKS; AHCPR; AAFP; seed serious list"),
        new(SaddleNumbness, Tier.Emergency, "numbness or an odd feeling around your bottom, genitals or inner thighs",
            "NHS-BP 999 list; NHS-CES (altered feeling with toilet paper); CKS saddle anaesthesia; AHCPR"),
        new(SexualDysfunction, Tier.Emergency, "a new change in sexual feeling or function",
            "newer NHS-BP A&E list; NHS-CES; BASS via Cornwall referral criteria"),
        new(BothLegs, Tier.Emergency, "pain, tingling, numbness or weakness in both legs",
            "NHS-BP 999 list; BASS 2018 (bilateral leg pain: suspect cauda equina)"),
        new(LimbSensationLoss, Tier.Emergency, "loss of feeling in a leg or arm",
            "seed serious list (loss of sensation in one or both limbs); CKS; AAFP (major sensory deficit)"),
        new(OneSideWeakness, Tier.Emergency, "weakness or numbness on one side of your body, a drooping face or slurred speech",
            "seed serious list; NHS FAST stroke signs (999)"),
        new(BalanceCoordination, Tier.Emergency, "new problems with balance or walking",
            "seed serious list; CKS (gait disturbance); redflagsymptoms.co.uk (difficulty walking: ED)"),
        new(ChestPain, Tier.Emergency, "chest pain, tightness or trouble breathing",
            "NHS-BP 999 list; NHS heart attack page"),
        new(AorticSigns, Tier.Emergency, "sudden severe tummy and back pain, a throbbing tummy, fainting or dizziness",
            "NHS aortic aneurysm page (999); healthdirect (000); Mayo"),
        new(MajorTrauma, Tier.Emergency, "back pain after a serious accident or fall",
            "NHS-BP 999 list; AHCPR (major trauma); AAFP"),
        new(MeningitisSigns, Tier.Emergency, "a stiff neck with fever, sensitivity to light, being sick, drowsiness or a rash",
            "NHS meningitis page (999/A&E); seed (neck stiffness, headache)"),
        new(ThunderclapHeadache, Tier.Emergency, "a sudden, severe headache",
            "BC symptom checker severity table (worst headache: 911); seed (occipital headache)"),

        // Urgent: be seen today.
        new(LimbWeakness, Tier.Urgent, "weakness in an arm or leg, or your foot slapping or catching",
            "seed (foot drop, muscle weakness); AHCPR (foot drop); NHS Lothian; Mayo. Emergency if sudden, severe or with an emergency sign"),
        new(Fever, Tier.Urgent, "a high temperature or feeling hot, shivery or unwell",
            "NHS-BP (111/urgent GP); CKS infection; AHCPR; Mayo"),
        new(CancerHistory, Tier.Urgent, "having had cancer",
            "CKS; AHCPR; Mayo (much sooner); LR 14.7"),
        new(WeightLoss, Tier.Urgent, "weight loss without trying",
            "NHS-BP; CKS; AHCPR; Mayo"),
        new(NightPain, Tier.Urgent, "pain that is worse at night or not eased by rest",
            "NHS-BP; CKS (persistent night pain); AHCPR; Mayo"),
        new(ImmuneRisk, Tier.Urgent, "steroid tablets, a weak immune system, injecting drugs or a recent infection",
            "AHCPR; CKS infection flags; Mayo (recent UTI)"),
        new(FragilityInjury, Tier.Urgent, "pain after a fall, knock or lifting with thin bones, steroid tablets or age 70+",
            "AHCPR; CKS fracture flags; DynaMed (age >70 LR 11.2)"),
        new(SuddenSevere, Tier.Urgent, "severe pain that started suddenly or is getting worse quickly",
            "newer NHS-BP 111 list"),

        // Doctor soon.
        new(NotImproving, Tier.Gp, "pain that is not getting better or is stopping everyday life",
            "NHS-BP GP list; Mayo (within 4 weeks); NG59"),
        new(AgeFlag, Tier.Gp, "first back pain under 20 or over 50",
            "CKS; AHCPR; Mayo (first back pain after 50)"),
        new(Pregnant, Tier.Gp, "being pregnant",
            "Northern HSCT (midwife/GP); FDA and NHS NSAID advice in pregnancy"),
        new(DeformityLump, Tier.Gp, "a lump, swelling or change in the shape of your back",
            "NHS-BP; CKS (structural deformity)"),
        new(CoughSneezeWorse, Tier.Gp, "pain much worse when coughing, sneezing or straining",
            "NHS-BP"),
        new(ArmNumbness, Tier.Gp, "numbness or tingling in an arm that keeps coming back",
            "seed (nerve problems in the arm); CHCP MSK"),

        // The seed's symptom list: not red flags on their own.
        new(Backache, Tier.None, "back ache", "seed"),
        new(SpineStiffness, Tier.None, "a stiff back", "seed"),
        new(SpineCurvature, Tier.None, "leaning to one side with the spasm", "seed"),
        new(HipButtockPain, Tier.None, "hip or buttock pain", "seed"),
        new(ArmShoulderPain, Tier.None, "arm or shoulder pain", "seed"),
        new(LegTinglingOneSide, Tier.None, "numbness or tingling in one leg or buttock", "seed"),
        new(Sciatica, Tier.None, "shooting pain down one leg", "seed; NHS (GP if not improving)"),
        new(NeckStiffness, Tier.None, "a stiff neck", "seed"),
        new(OccipitalHeadache, Tier.None, "a headache at the back of your head", "seed"),
    ];
}
