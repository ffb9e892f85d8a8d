using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Regions;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The wording a clinical safety review requires (docs/clinical-content.md §4–5). Expected words are written here,
/// not read from the production wording, so that a change to the wording has to change these tests too.
/// </summary>
public class SafetyWordingTests
{
    private static string Emergency(params string[] findings) =>
        Wording.Outcome(new TriageDecision(Disposition.Emergency, findings), [], Regions.GB).Text;

    [Theory]
    [InlineData("bladder_bowel")]
    [InlineData("saddle_numbness")]
    [InlineData("sexual_dysfunction")]
    [InlineData("both_legs")]
    [InlineData("limb_sensation_loss")]
    public void ACaudaEquinaSignSaysGoNowOrCallDontDriveNameTheSyndromeAndDontWait(string finding)
    {
        var text = Emergency(finding);

        Assert.StartsWith("Go to A&E now, or call 999 (or your local emergency number). Don't drive yourself.", text, StringComparison.Ordinal);
        Assert.Contains("cauda equina syndrome", text, StringComparison.Ordinal);
        Assert.Contains("Don't wait for a GP or doctor's appointment, even at night or if it comes and goes.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chest_pain")]
    [InlineData("one_side_weakness")]
    [InlineData("aortic_signs")]
    [InlineData("meningitis_signs")]
    [InlineData("thunderclap_headache")]
    public void ChestStrokeAorticMeningitisAndHeadacheSayCallAndWaitForTheAmbulanceNeverDriveOrBeTaken(string finding)
    {
        var text = Emergency(finding);

        Assert.StartsWith("Call 999 now (or your local emergency number) and ask for an ambulance.", text, StringComparison.Ordinal);
        Assert.Contains("Wait for the ambulance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("drive", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("someone take you", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cauda equina", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MajorTraumaSaysCallAndKeepStill()
    {
        var text = Emergency("major_trauma");

        Assert.StartsWith("Call 999 now (or your local emergency number) for an ambulance.", text, StringComparison.Ordinal);
        Assert.Contains("Keep still if your back or neck may be injured.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("someone take you", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnAmbulanceSignWithACaudaEquinaSignLeadsWithTheAmbulanceAndStillNamesTheSyndrome()
    {
        var text = Emergency("bladder_bowel", "chest_pain");

        Assert.StartsWith("Call 999 now (or your local emergency number) and ask for an ambulance.", text, StringComparison.Ordinal);
        Assert.Contains("cauda equina syndrome", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Don't drive yourself", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNumbersComeFromTheRegion()
    {
        var region = new RegionContacts("XX", "123", "456", "Test Line", "Test Hospital");
        var text = Wording.Outcome(new TriageDecision(Disposition.Emergency, ["chest_pain"]), [], region).Text;

        Assert.StartsWith("Call 123 now (or your local emergency number)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("999", text, StringComparison.Ordinal);
    }

    /// <summary>Every sign the safety net must list, each on a line of its own (NHS back pain A&amp;E list; NHS cauda equina leaflets).</summary>
    public static TheoryData<string> SafetyNetLines() =>
    [
        "- trouble peeing, or you can't control your bladder or bowels",
        "- numbness or tingling around your bottom or genitals, or when you wipe",
        "- pain, tingling, numbness or weakness in both legs",
        "- a change in sexual feeling",
        "- new weakness in a leg or foot",
        "- chest pain",
        "Go to A&E or call 999 now (or your local emergency number) if you have, or get, any of these:",
        "Don't wait for a GP or doctor's appointment for these, even at night or if they come and go.",
        "Contact NHS 111 on 111 the same day if you get a high temperature or feel very unwell.",
        "See a doctor if it's not better after 4 weeks, or it stops you doing everyday things.",
    ];

    [Theory]
    [MemberData(nameof(SafetyNetLines))]
    public void TheSafetyNetListsEverySignAsASeparateLine(string line)
    {
        var plan = new[] { "relative_rest", "safety_net" };
        var lines = Wording.Outcome(new TriageDecision(Disposition.SelfCare, []), plan, Regions.GB).Text.Split('\n');

        Assert.Contains(line, lines);
    }

    [Fact]
    public void TheSafetyNetSays4WeeksNotTwoToFour()
    {
        var text = Wording.PlanStep("safety_net", Regions.GB);

        Assert.Contains("4 weeks", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2 to 4", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 110, $"too long for one line: {line}"));
    }

    [Fact]
    public void TheUrgentMessageListsTheSameEmergencySignsAsSeparateLines()
    {
        var lines = Wording.Outcome(new TriageDecision(Disposition.Urgent, ["fever"]), [], Regions.GB).Text.Split('\n');

        Assert.Contains("- numbness or tingling around your bottom or genitals, or when you wipe", lines);
        Assert.Contains("- new weakness in a leg or foot", lines);
    }

    [Fact]
    public void AspirinIsOnlyEverOfferedInsteadOfIbuprofenNeverWithIt()
    {
        var aspirin = Wording.PlanStep("aspirin", Regions.GB);
        var ibuprofen = Wording.PlanStep("ibuprofen", Regions.GB);

        Assert.Contains("instead of ibuprofen", aspirin, StringComparison.Ordinal);
        Assert.Contains("never both together", aspirin, StringComparison.Ordinal);
        Assert.DoesNotContain("another option", aspirin, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("aspirin", ibuprofen, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ibuprofen")]
    [InlineData("aspirin")]
    public void AnAntiInflammatoryIsTakenWithFoodAtTheLowestDoseForTheShortestTime(string step)
    {
        var text = Wording.PlanStep(step, Regions.GB);

        Assert.Contains("with food", text, StringComparison.Ordinal);
        Assert.Contains("lowest dose for the shortest time", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IbuprofenSaysAskAPharmacistIfNeededForMoreThanAFewDays() =>
        Assert.Contains("Ask a pharmacist if you need it for more than a few days.", Wording.PlanStep("ibuprofen", Regions.GB), StringComparison.Ordinal);

    [Fact]
    public void HeatCarriesItsSafetyLine()
    {
        var heat = Wording.PlanStep("heat", Regions.GB);

        Assert.Contains("wrapped in a towel", heat, StringComparison.Ordinal);
        Assert.Contains("about 20 minutes at a time", heat, StringComparison.Ordinal);
        Assert.Contains("Never put heat on skin that feels numb", heat, StringComparison.Ordinal);
        Assert.Contains("never fall asleep on it", heat, StringComparison.Ordinal);
        Assert.Contains("If you have diabetes or poor circulation, ask a pharmacist", heat, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePharmacistStepSaysDontTakeThemUntilItIsSafeAndOffersAWayForward()
    {
        var text = Wording.PlanStep("ask_pharmacist", Regions.GB);

        Assert.StartsWith("Don't take ibuprofen or aspirin until a pharmacist or doctor says it's safe, because ", text, StringComparison.Ordinal);
        Assert.EndsWith(". A pharmacist can suggest a pain relief that suits you.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheUrgentMessageForLegWeaknessSaysDontDrive() =>
        Assert.Contains(
            "Don't drive yourself",
            Wording.Outcome(new TriageDecision(Disposition.Urgent, ["limb_weakness"]), [], Regions.GB).Text,
            StringComparison.Ordinal);

    /// <summary>Every finding's reason, as it must read after "because" (never "you have having had cancer").</summary>
    public static TheoryData<string, string> ReasonGrammar() => new()
    {
        { "bladder_bowel", "you have new trouble with peeing or with your bowels" },
        { "saddle_numbness", "you have numbness or an odd feeling around your bottom or genitals" },
        { "sexual_dysfunction", "you've noticed a new change in sexual feeling or function" },
        { "both_legs", "you have symptoms in both legs" },
        { "limb_sensation_loss", "you've lost feeling in a leg or arm" },
        { "one_side_weakness", "you have signs that could be a stroke" },
        { "balance_coordination", "you have new problems with your balance or walking" },
        { "chest_pain", "you have chest pain or trouble breathing" },
        { "aortic_signs", "you have signs that could come from the main blood vessel in your tummy (the aorta)" },
        { "major_trauma", "your back pain started after a serious accident" },
        { "meningitis_signs", "you have signs that could be meningitis" },
        { "thunderclap_headache", "you have a sudden, severe headache" },
        { "limb_weakness", "you have weakness in an arm or leg" },
        { "fever", "you have a high temperature or feel unwell" },
        { "cancer_history", "you've had cancer" },
        { "weight_loss", "you've lost weight without trying" },
        { "night_pain", "your pain is worse at night or not eased by rest" },
        { "immune_risk", "something you told me about your health makes an infection more likely" },
        { "fragility_injury", "your pain started after a fall, knock or lift and your bones may be fragile" },
        { "sudden_severe", "your pain is severe and came on suddenly, or is getting worse quickly" },
        { "not_improving", "your pain isn't getting better or is stopping you doing everyday things" },
        { "age_flag", "this is your first back pain and your age makes it worth checking" },
        { "pregnant", "you're pregnant or might be" },
        { "deformity_lump", "you have a lump or swelling, or your back has changed shape" },
        { "cough_sneeze_worse", "your pain is much worse when you cough, sneeze or strain" },
        { "arm_numbness", "you have numbness or tingling in an arm that keeps coming back" },
    };

    [Theory]
    [MemberData(nameof(ReasonGrammar))]
    public void EveryFindingsReasonReadsCorrectlyInASentence(string finding, string reason)
    {
        var tier = FindingCatalog.Get(finding).Tier;
        var disposition = tier switch
        {
            Tier.Emergency => Disposition.Emergency,
            Tier.Urgent => Disposition.Urgent,
            _ => Disposition.Gp,
        };

        var text = Wording.Outcome(new TriageDecision(disposition, [finding]), ["safety_net"], Regions.GB).Text;

        Assert.Contains($"because {reason}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("you have having", text, StringComparison.Ordinal);
        Assert.DoesNotContain("you have being", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGrammarTableCoversEveryRedFlag() =>
        Assert.Equal(
            FindingCatalog.All.Where(f => f.Tier >= Tier.Gp).Select(f => f.Id).Order(),
            ReasonGrammar().Select(row => (string)row[0]).Order());

    [Fact]
    public void SomeoneOnSteroidTabletsIsNeverToldTheyInjectDrugs() =>
        Assert.DoesNotContain(
            "inject",
            Wording.Outcome(new TriageDecision(Disposition.Urgent, ["immune_risk"]), [], Regions.GB).Text,
            StringComparison.OrdinalIgnoreCase);
}
