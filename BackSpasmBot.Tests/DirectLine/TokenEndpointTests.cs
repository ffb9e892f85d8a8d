using System.Net;
using BackSpasmBot.DirectLine;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>POST /api/directline/token: who may ask, how often, and what a flood of requests can and cannot do.</summary>
public sealed class TokenEndpointTests
{
    [Fact]
    public async Task AFloodOfTokenRequestsNeverEndsAConversationInProgressAndIsRefusedWith503WhenAllAreInUse()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--DirectLine:MaxConversations=3");
        var calls = new WebChatCalls(host);
        var (token, conversationId) = await calls.NewConversationAsync();
        Assert.Equal(HttpStatusCode.Created, (await calls.StartAsync(token)).Status);

        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            flood.Add((await calls.NewTokenAsync()).Status);
        }

        Assert.All(flood, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, (await calls.GetActivitiesAsync(token, conversationId)).Status);
        Assert.Equal(HttpStatusCode.OK, await calls.SayAsync(token, conversationId, "my back keeps spasming"));

        for (var i = 0; i < 2; i++)
        {
            var (other, _) = await calls.NewConversationAsync();
            Assert.Equal(HttpStatusCode.Created, (await calls.StartAsync(other)).Status);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await calls.NewTokenAsync()).Status);
        Assert.Equal(HttpStatusCode.OK, (await calls.GetActivitiesAsync(token, conversationId)).Status);
    }

    [Fact]
    public async Task ATokenRequestWithoutThePagesHeaderOrFromAnotherSiteIsRefused()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--DirectLine:AllowedOrigins:0=https://clinic.example");
        var calls = new WebChatCalls(host);

        using var plainClient = new HttpClient { BaseAddress = host.BaseAddress };
        using var withoutHeader = await plainClient.PostAsync(new Uri(WebChatEndpoints.TokenPath, UriKind.Relative), content: null);
        var otherSite = await calls.NewTokenAsync(request => request.Headers.Add("Origin", "https://attacker.example"));
        var sameSite = await calls.NewTokenAsync(request => request.Headers.Add("Origin", host.BaseAddress.GetLeftPart(UriPartial.Authority)));
        var allowedSite = await calls.NewTokenAsync(request => request.Headers.Add("Origin", "https://clinic.example"));

        Assert.Equal(HttpStatusCode.Forbidden, withoutHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSite.Status);
        Assert.Equal(HttpStatusCode.OK, sameSite.Status);
        Assert.Equal(HttpStatusCode.OK, allowedSite.Status);
    }

    [Fact]
    public async Task OneAddressGetsALimitedNumberOfNewConversations()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--Hardening:TokenRateLimit:Burst=3", "--Hardening:TokenRateLimit:PerPeriod=1", "--Hardening:TokenRateLimit:Period=1.00:00:00");
        var calls = new WebChatCalls(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await calls.NewTokenAsync()).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task AzureModeIsRateLimitedToo()
    {
        await using var host = await BotTestHost.StartAsync(
            null,
            "--DirectLine:Azure:Secret=not-a-real-secret",
            "--DirectLine:Azure:TokenEndpoint=http://127.0.0.1:9/v3/directline/tokens/generate",
            "--Hardening:TokenRateLimit:Burst=2",
            "--Hardening:TokenRateLimit:PerPeriod=1",
            "--Hardening:TokenRateLimit:Period=1.00:00:00");
        var calls = new WebChatCalls(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await calls.NewTokenAsync()).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..^1]);
    }

    [Theory]
    [InlineData("http://directline.example/v3/directline/tokens/generate")]
    [InlineData("ftp://directline.example/")]
    public async Task AnAzureTokenEndpointThatIsNotHttpsStopsTheHost(string endpoint)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotTestHost.StartAsync(null, "--DirectLine:Azure:Secret=not-a-real-secret", $"--DirectLine:Azure:TokenEndpoint={endpoint}"));

        Assert.Contains("DirectLine:Azure:TokenEndpoint", failure.Message, StringComparison.Ordinal);
    }
}
