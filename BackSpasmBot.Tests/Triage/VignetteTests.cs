using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// Every public vignette, played by a simulated patient who answers only from the case's facts, through the
/// real HTTP endpoint (replies arrive at a sink through the real connector) and in process.
/// </summary>
public sealed class VignetteTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    public static TheoryData<string> PublicVignettes() => [.. Vignette.LoadPublic().Select(v => v.Id)];

    /// <summary>Our own cases in other words and orders, one or more per finding, so that the public set is not all we check.</summary>
    public static TheoryData<string> AuthoredVignettes() => [.. Vignette.LoadAuthored().Select(v => v.Id)];

    /// <summary>Conversations by a blind author (docs/recognition.md, "Blind patient cases").</summary>
    public static TheoryData<string> BlindVignettes() => [.. Vignette.LoadBlind().Select(v => v.Id)];

    [Theory]
    [MemberData(nameof(PublicVignettes))]
    public async Task EveryPublicVignetteGetsItsDispositionAndPlanOverHttp(string id)
    {
        var vignette = Vignette.LoadPublic().Single(v => v.Id == id);

        var transcript = await new SimulatedPatient(vignette).PlayAsync(host.NewHttpConversation());

        VignetteAssertions.Match(vignette, transcript);
    }

    [Theory]
    [MemberData(nameof(PublicVignettes))]
    public async Task EveryPublicVignetteGetsItsDispositionAndPlanInProcess(string id)
    {
        var vignette = Vignette.LoadPublic().Single(v => v.Id == id);
        var bot = host.Host.Services.GetRequiredService<IBot>();

        var transcript = await new SimulatedPatient(vignette).PlayAsync(new InProcessConversation(bot));

        VignetteAssertions.Match(vignette, transcript);
    }

    [Theory]
    [MemberData(nameof(AuthoredVignettes))]
    public async Task EveryAuthoredVignetteGetsItsDispositionAndPlan(string id)
    {
        var vignette = Vignette.LoadAuthored().Single(v => v.Id == id);
        var bot = host.Host.Services.GetRequiredService<IBot>();

        var transcript = await new SimulatedPatient(vignette).PlayAsync(new InProcessConversation(bot));

        VignetteAssertions.Match(vignette, transcript);
    }

    [Theory]
    [MemberData(nameof(BlindVignettes))]
    public async Task EveryBlindVignetteGetsItsDispositionAndPlan(string id)
    {
        var vignette = Vignette.LoadBlind().Single(v => v.Id == id);
        var bot = host.Host.Services.GetRequiredService<IBot>();

        var transcript = await new SimulatedPatient(vignette).PlayAsync(new InProcessConversation(bot));

        VignetteAssertions.Match(vignette, transcript);
    }

    /// <summary>An adjudication may only take an anti-inflammatory out of a plan and send the person to a pharmacist instead.</summary>
    [Fact]
    public void EveryAdjudicatedBlindVignetteIsOnlyMoreCautious()
    {
        var adjudicated = Vignette.LoadBlind().Where(v => v.AdjudicatedBecause is not null && v.OnsetAsStatedHours is null).ToList();

        Assert.NotEmpty(adjudicated);
        Assert.All(adjudicated, v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.AdjudicatedBecause));
            Assert.Empty(v.MustPlan.Intersect(["ibuprofen", "aspirin", "naproxen"]));
            Assert.Subset(v.MustNotPlan.ToHashSet(), new HashSet<string> { "ibuprofen", "aspirin" });
            Assert.Empty(v.AuthorsMustPlan.Except(v.MustPlan).Except(["ibuprofen", "aspirin", "naproxen"]));
        });
    }

    /// <summary>
    /// An adjudication that follows the onset the person's words state changes only ice against heat, by the plan's rule
    /// (ice within the first 48 hours, docs/clinical-content.md, the plan).
    /// </summary>
    [Fact]
    public void AnAdjudicationByTheStatedOnsetChangesOnlyIceAndHeat()
    {
        var byOnset = Vignette.LoadBlind().Where(v => v.OnsetAsStatedHours is not null).ToList();

        Assert.NotEmpty(byOnset);
        Assert.All(byOnset, v =>
        {
            string[] iceOrHeat = ["ice_first", "heat"];
            Assert.Empty(v.MustPlan.Except(v.AuthorsMustPlan).Except(iceOrHeat));
            Assert.Empty(v.AuthorsMustPlan.Except(v.MustPlan).Except(iceOrHeat));
            Assert.Empty(v.MustNotPlan.Except(v.AuthorsMustNotPlan).Except(iceOrHeat));
            Assert.Empty(v.AuthorsMustNotPlan.Except(v.MustNotPlan).Except(iceOrHeat));
            Assert.Equal(v.OnsetAsStatedHours <= 48, !v.MustNotPlan.Contains("ice_first"));
        });
    }
}
