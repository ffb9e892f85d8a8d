using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;
using static BackSpasmBot.Tests.DirectLine.DirectLineClient;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>The built-in Direct Line 3.0, exercised by botframework-directlinejs (the client inside Web Chat).</summary>
public sealed class DirectLineProtocolTests(DirectLineHost dl) : IClassFixture<DirectLineHost>
{
    [Fact]
    public async Task EchoesTheUsersMessageWithItsClientActivityIdAndTheServerIdThePostAnswered()
    {
        var token = await dl.NewTokenAsync();

        var report = await RunAsync(new ClientScenario(dl.Domain, token.Token,
            [WaitStatus(ConnectionStatus.Online), Join(), WaitActivities(3), Post("my back hurts"), WaitActivities(5)]));

        Assert.Empty(report.Errors);
        var posted = Assert.Single(report.Posts, p => p.ClientActivityId == "client-1");
        var echo = Assert.Single(report.Activities, a => a.ClientActivityId == "client-1");
        Assert.Equal(posted.Id, echo.Id);
        Assert.Equal("my back hurts", echo.Text);
        Assert.StartsWith("dl_", echo.FromId, StringComparison.Ordinal);
        Assert.Equal(report.Activities.Count, report.Activities.Select(a => a.Id).Distinct().Count());
        Assert.Contains(report.FromBot, a => a.Text?.Contains("what's happening with your back", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task PollingClientResumesFromItsWatermarkWithoutSeeingEarlierActivitiesAgain()
    {
        var token = await dl.NewTokenAsync();
        var first = await RunAsync(new ClientScenario(dl.Domain, token.Token,
            [WaitStatus(ConnectionStatus.Online), Join(), WaitActivities(3)], WebSocket: false));
        Assert.Empty(first.Errors);
        Assert.Equal("3", first.Watermark);

        var resumed = await RunAsync(new ClientScenario(dl.Domain, token.Token,
            [WaitStatus(ConnectionStatus.Online), Post("my back hurts"), WaitActivities(2), new { sleep = 500 }],
            WebSocket: false, ConversationId: token.ConversationId, Watermark: first.Watermark));

        Assert.Empty(resumed.Errors);
        Assert.Empty(resumed.Activities.Select(a => a.Id).Intersect(first.Activities.Select(a => a.Id)));
        Assert.Equal(["my back hurts"], resumed.Activities.Where(a => a.Role == "user").Select(a => a.Text));
        Assert.Equal("5", resumed.Watermark);
    }

    [Fact]
    public async Task GetActivitiesPagesByWatermarkAndAcceptsAnEmptyOne()
    {
        var token = await dl.NewTokenAsync();
        using var client = Authorized(token.Token);
        await StartAsync(client);
        await PostAsync(client, token.ConversationId, "{\"type\":\"event\",\"name\":\"webchat/join\"}");

        var all = await GetAsync(client, $"/v3/directline/conversations/{token.ConversationId}/activities?watermark=");
        var rest = await GetAsync(client, $"/v3/directline/conversations/{token.ConversationId}/activities?watermark=1");
        var none = await GetAsync(client, $"/v3/directline/conversations/{token.ConversationId}/activities?watermark={all["watermark"]}");

        Assert.Equal(3, ((JArray)all["activities"]!).Count);
        Assert.Equal(((JArray)all["activities"]!).Skip(1).Select(a => (string?)a["id"]), ((JArray)rest["activities"]!).Select(a => (string?)a["id"]));
        Assert.Empty((JArray)none["activities"]!);
        Assert.Equal(all["watermark"], none["watermark"]);
    }

    [Fact]
    public async Task ReconnectsWithAFreshStreamUrlAfterTheWebSocketDrops()
    {
        var token = await dl.NewTokenAsync();

        var report = await RunAsync(new ClientScenario(dl.Domain, token.Token,
            [WaitStatus(ConnectionStatus.Online), Join(), WaitActivities(3), new { dropSocket = true }, new { waitSockets = 2 }, Post("my back hurts"), WaitActivities(5)]));

        Assert.Empty(report.Errors);
        Assert.Equal(2, report.StreamUrls.Count);
        Assert.NotEqual(report.StreamUrls[0], report.StreamUrls[1]);
        Assert.All(report.StreamUrls, url => Assert.StartsWith($"ws://{dl.Host.BaseAddress.Authority}/v3/directline/conversations/{token.ConversationId}/stream", url, StringComparison.Ordinal));
        Assert.Contains("watermark=3", report.StreamUrls[1], StringComparison.Ordinal);
        Assert.Contains(report.Activities, a => a.ClientActivityId == "client-1");
        Assert.Equal(report.Activities.Count, report.Activities.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task ATokenForAnotherConversationIsRefusedWith403()
    {
        var mine = await dl.NewTokenAsync();
        var theirs = await dl.NewTokenAsync();

        var report = await RunAsync(new ClientScenario(dl.Domain, mine.Token, [new { sleep = 1500 }], ConversationId: theirs.ConversationId));
        using var client = Authorized(mine.Token);
        using var post = await client.PostAsync($"/v3/directline/conversations/{theirs.ConversationId}/activities", Json("{\"type\":\"message\",\"text\":\"hello\"}"));
        using var read = await client.GetAsync($"/v3/directline/conversations/{theirs.ConversationId}/activities?watermark=");

        Assert.DoesNotContain(ConnectionStatus.Online, report.Statuses);
        Assert.Contains(ConnectionStatus.FailedToConnect, report.Statuses);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefusedWith403TokenExpired()
    {
        var token = await dl.NewTokenAsync();
        dl.Clock.Advance(TimeSpan.FromMinutes(31));

        var report = await RunAsync(new ClientScenario(dl.Domain, token.Token, [new { sleep = 1500 }]));
        using var client = Authorized(token.Token);
        using var start = await client.PostAsync("/v3/directline/conversations", content: null);
        using var refresh = await client.PostAsync("/v3/directline/tokens/refresh", content: null);

        Assert.DoesNotContain(ConnectionStatus.Online, report.Statuses);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal("TokenExpired", (string?)JObject.Parse(await start.Content.ReadAsStringAsync())["error"]?["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task ARequestWithoutATokenIsRefusedWith401()
    {
        var token = await dl.NewTokenAsync();

        using var start = await dl.Http.PostAsync("/v3/directline/conversations", content: null);
        using var read = await dl.Http.GetAsync($"/v3/directline/conversations/{token.ConversationId}/activities?watermark=");

        Assert.Equal(HttpStatusCode.Unauthorized, start.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task RefreshGivesANewTokenForTheSameConversation()
    {
        var token = await dl.NewTokenAsync();
        using var client = Authorized(token.Token);
        dl.Clock.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await client.PostAsync("/v3/directline/tokens/refresh", content: null);
        var body = await refresh.Content.ReadFromJsonAsync<TokenResponse>();
        dl.Clock.Advance(TimeSpan.FromMinutes(20));
        using var withOld = Authorized(token.Token);
        using var withNew = Authorized(body!.Token);
        using var oldRead = await withOld.GetAsync($"/v3/directline/conversations/{token.ConversationId}/activities?watermark=");
        using var newRead = await withNew.GetAsync($"/v3/directline/conversations/{token.ConversationId}/activities?watermark=");

        Assert.Equal(token.ConversationId, body.ConversationId);
        Assert.Equal(HttpStatusCode.Forbidden, oldRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newRead.StatusCode);
    }

    [Fact]
    public async Task PreflightAllowsTheDirectLineAgentHeaderOnlyForConfiguredOrigins()
    {
        await using var host = await Infrastructure.BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--DirectLine:AllowedOrigins:0=https://clinic.example");

        using var allowed = await host.Client.SendAsync(Preflight("https://clinic.example"));
        using var other = await host.Client.SendAsync(Preflight("https://elsewhere.example"));

        Assert.Equal("https://clinic.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-ms-bot-agent", string.Join(',', allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,x-ms-bot-agent");
        return request;
    }

    private HttpClient Authorized(string token)
    {
        var client = new HttpClient { BaseAddress = dl.Host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task StartAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/v3/directline/conversations", content: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task PostAsync(HttpClient client, string conversationId, string activityJson)
    {
        using var response = await client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", Json(activityJson));
        response.EnsureSuccessStatusCode();
    }

    private static async Task<JObject> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
