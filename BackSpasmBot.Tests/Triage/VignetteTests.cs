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
}
