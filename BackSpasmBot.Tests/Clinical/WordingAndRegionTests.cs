using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Regions;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Tests.Clinical;

public class WordingAndRegionTests
{
    [Theory]
    [InlineData("en-GB", "999")]
    [InlineData("GB", "999")]
    [InlineData("uk", "999")]
    [InlineData("en-US", "911")]
    [InlineData("fr-CA", "911")]
    [InlineData("en-IE", "112")]
    [InlineData("de-DE", "112")]
    [InlineData("en-AU", "000")]
    [InlineData("en-NZ", "111")]
    public void ResolvesARegionFromACodeOrLocale(string codeOrLocale, string emergencyNumber) =>
        Assert.Equal(emergencyNumber, Regions.Resolve(codeOrLocale).EmergencyNumber);

    [Fact]
    public void AnUnknownRegionFallsBackToTheGivenDefault()
    {
        Assert.Null(Regions.TryResolve("xx-ZZ"));
        Assert.Equal("911", Regions.Resolve("xx-ZZ", Regions.US).EmergencyNumber);
    }

    [Fact]
    public void ACaudaEquinaEmergencyLeadsWithTheRegionsNumberAndSaysNotToDrive()
    {
        var region = new RegionContacts("XX", "123", "456", "Test Line", "Test Hospital");
        var message = Wording.Outcome(new TriageDecision(Disposition.Emergency, ["bladder_bowel"]), ["heat"], region);
        Assert.StartsWith("Go to Test Hospital now, or call 123 (or your local emergency number)", message.Text, StringComparison.Ordinal);
        Assert.Contains("Don't drive yourself", message.Text, StringComparison.Ordinal);
        Assert.Empty(message.Plan);
        Assert.DoesNotContain("999", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUrgentOutcomeNamesTheNonEmergencyLineAndWhenToCallTheEmergencyNumber()
    {
        var message = Wording.Outcome(new TriageDecision(Disposition.Urgent, ["fever"]), [], Regions.AU);
        Assert.Contains("healthdirect on 1800 022 222", message.Text, StringComparison.Ordinal);
        Assert.Contains("If it gets worse, call 000", message.Text, StringComparison.Ordinal);
        Assert.Equal(Wording.ContentVersion, message.ContentVersion);
    }

    [Fact]
    public void AGpOutcomeNamesTheReasonThenThePlan()
    {
        var plan = new[] { "relative_rest", "safety_net" };
        var message = Wording.Outcome(new TriageDecision(Disposition.Gp, ["pregnant"]), plan, Regions.GB);
        Assert.True(message.Text.IndexOf("pregnant", StringComparison.Ordinal) < message.Text.IndexOf(Wording.PlanStep("relative_rest", Regions.GB), StringComparison.Ordinal));
        Assert.Equal(plan, message.Plan);
    }

    [Fact]
    public void ARegionWithoutANonEmergencyNumberIsWordedByName() =>
        Assert.Contains("your doctor or a same-day urgent care clinic", Wording.PlanStep("safety_net", Regions.US), StringComparison.Ordinal);

    [Fact]
    public void EveryRedFlagHasAPlainConfirmationQuestion()
    {
        foreach (var finding in FindingCatalog.All.Where(f => f.Tier >= Tier.Gp))
        {
            Assert.StartsWith("Just to check", Wording.ConfirmFinding(finding.Id), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheDisclaimerGivesTheEmergencyNumber() => Assert.Contains("call 112", Wording.Disclaimer(Regions.EU), StringComparison.Ordinal);
}
