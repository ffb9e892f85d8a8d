using System.Net;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>Production mode: the host exchanges the Direct Line secret for a token; a local stand-in plays Azure.</summary>
public sealed class AzureTokenExchangeTests
{
    private const string Secret = "secret-never-for-browsers-0123456789";

    [Fact]
    public async Task ExchangesTheSecretAsBearerAndGivesThePageOnlyTheToken()
    {
        await using var azure = await StandInTokenEndpoint.StartAsync();
        await using var host = await BotTestHost.StartAsync(null,
            $"--DirectLine:Azure:Secret={Secret}", $"--DirectLine:Azure:TokenEndpoint={azure.Url}", "--DirectLine:Azure:Domain=https://europe.directline.botframework.com/v3/directline");

        using var response = await host.Client.PostAsync("/api/directline/token", content: null);
        var body = await response.Content.ReadAsStringAsync();
        var page = await host.Client.GetStringAsync("/") + await host.Client.GetStringAsync("/app.js") + await host.Client.GetStringAsync("/api/webchat/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + Secret, azure.AuthorizationSeen);
        Assert.StartsWith("dl_", azure.UserIdSeen, StringComparison.Ordinal);
        var token = JObject.Parse(body);
        Assert.Equal("token-from-azure", (string?)token["token"]);
        Assert.Equal("azure-conversation", (string?)token["conversationId"]);
        Assert.Equal(1800, (int?)token["expires_in"]);
        Assert.Equal("https://europe.directline.botframework.com/v3/directline", (string?)token["domain"]);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersBadGatewayWithoutTheSecretWhenAzureRefuses()
    {
        await using var azure = await StandInTokenEndpoint.StartAsync(StatusCodes.Status403Forbidden);
        await using var host = await BotTestHost.StartAsync(null, $"--DirectLine:Azure:Secret={Secret}", $"--DirectLine:Azure:TokenEndpoint={azure.Url}");

        using var response = await host.Client.PostAsync("/api/directline/token", content: null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBuiltInDirectLineIsOffInProductionUnlessEnabled()
    {
        await using var host = await BotTestHost.StartAsync();

        using var token = await host.Client.PostAsync("/api/directline/token", content: null);
        using var start = await host.Client.PostAsync("/v3/directline/conversations", content: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    /// <summary>A tiny Kestrel app that answers like Azure's POST /v3/directline/tokens/generate.</summary>
    private sealed class StandInTokenEndpoint : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private StandInTokenEndpoint(WebApplication app) => _app = app;

        public string Url => _app.Urls.First() + "/v3/directline/tokens/generate";

        public string? AuthorizationSeen { get; private set; }

        public string? UserIdSeen { get; private set; }

        public static async Task<StandInTokenEndpoint> StartAsync(int status = StatusCodes.Status200OK)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var endpoint = new StandInTokenEndpoint(app);
            app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
            {
                endpoint.AuthorizationSeen = request.Headers.Authorization.ToString();
                using var reader = new StreamReader(request.Body);
                endpoint.UserIdSeen = (string?)JObject.Parse(await reader.ReadToEndAsync())["user"]?["id"];
                return status == StatusCodes.Status200OK
                    ? Results.Json(new { conversationId = "azure-conversation", token = "token-from-azure", expires_in = 1800 })
                    : Results.StatusCode(status);
            });
            await app.StartAsync();
            return endpoint;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
