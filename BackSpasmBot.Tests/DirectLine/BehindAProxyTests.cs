using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackSpasmBot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>
/// Behind a proxy that ends TLS, the page is https but the bot sees http. With ASP.NET Core's forwarded headers on
/// (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, as the README says), the Direct Line stream URL is wss, so the browser
/// can open it from an https page; without them it stays ws, as the request really was.
/// </summary>
public sealed class BehindAProxyTests
{
    [Theory]
    [InlineData(true, "wss://")]
    [InlineData(false, "ws://")]
    public async Task TheStreamUrlFollowsTheProxysSchemeWhenForwardedHeadersAreOn(bool forwardedHeaders, string expectedScheme)
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", $"--ForwardedHeaders_Enabled={forwardedHeaders}");
        using var tokenResponse = await host.Client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<TokenResponse>())!.Token;

        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        start.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await host.Client.SendAsync(start);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var streamUrl = JObject.Parse(await response.Content.ReadAsStringAsync()).Value<string>("streamUrl")!;
        Assert.StartsWith(expectedScheme, streamUrl, StringComparison.Ordinal);
    }
}
