using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Security;

/// <summary>
/// /api/messages with Bot Framework credentials configured, checked for real: the SDK's token validation is pointed
/// (ToBotFromChannelOpenIdMetadataUrl) at a stand-in on loopback that serves OpenID metadata and endorsed signing
/// keys, and tokens are minted with its test key.
/// </summary>
/// <remarks>
/// Replies need an outbound token from Azure AD, which is unreachable here (and MSAL would look it up at
/// login.microsoftonline.com whatever login URL is configured). So the host's ServiceClientCredentialsFactory is
/// decorated: the app-id and auth-disabled checks (which inbound validation uses) stay the real configuration
/// factory's, and only the outbound token comes from the stand-in. Everything else is the production wiring.
/// </remarks>
public sealed class AuthenticationTests(AuthenticationTests.Fixture fixture) : IClassFixture<AuthenticationTests.Fixture>
{
    public const string AppId = "7d4e1c2a-5b6f-4a3e-9c8d-0f1e2d3c4b5a";
    public const string AppPassword = "test-password-Kx93-never-sent-anywhere";

    public static TheoryData<string> BadTokens() =>
    [
        "none", "not a bearer", "garbage", "three garbage parts", "expired", "wrong audience", "wrong serviceurl",
        "wrong issuer", "signed by another key", "channel not endorsed",
    ];

    [Fact]
    public async Task AValidChannelTokenIsAcceptedAndTheBotAnswers()
    {
        var conversationId = NewConversationId();
        var token = fixture.StandIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl);

        using var response = await PostAsync(Message(conversationId, "my back keeps spasming"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.Sink.Take(conversationId), reply => TriageData.Of(reply)?.Asks.SequenceEqual(["bladder_bowel"]) == true);
        Assert.NotEmpty(await StoredStateAsync(conversationId));
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ABadOrMissingTokenGets401AndNothingIsProcessed(string kind)
    {
        var conversationId = NewConversationId();
        var standIn = fixture.StandIn;
        using var otherKey = RSA.Create(2048);
        var header = kind switch
        {
            "none" => null,
            "not a bearer" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AppId + ":" + AppPassword)),
            "garbage" => "Bearer garbage",
            "three garbage parts" => "Bearer a.b.c",
            "expired" => "Bearer " + standIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-10)),
            "wrong audience" => "Bearer " + standIn.MintChannelToken("another-bot", fixture.Sink.ServiceUrl),
            "wrong serviceurl" => "Bearer " + standIn.MintChannelToken(AppId, "http://127.0.0.1:9/"),
            "wrong issuer" => "Bearer " + standIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl, issuer: "https://evil.example"),
            "signed by another key" => "Bearer " + standIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl, signingKey: otherKey),
            "channel not endorsed" => "Bearer " + standIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var channelId = kind == "channel not endorsed" ? "slack" : "webchat";

        using var response = await PostRawAsync(Message(conversationId, "I cannot feel my bottom", channelId), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(fixture.Sink.Take(conversationId));
        Assert.Empty(await StoredStateAsync(conversationId, channelId));
    }

    [Fact]
    public async Task NoTokenOrSecretEverAppearsInTheLogs()
    {
        var conversationId = NewConversationId();
        var token = fixture.StandIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl);
        using var accepted = await PostAsync(Message(conversationId, "back spasm"), token);
        using var expired = await PostAsync(Message(conversationId, "no"), fixture.StandIn.MintChannelToken(AppId, fixture.Sink.ServiceUrl, TimeSpan.FromMinutes(-10)));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        var secrets = new[] { token, token.Split('.')[2], AppPassword, StandInCredentials.OutboundToken };
        Assert.DoesNotContain(fixture.Logs.Entries, entry => secrets.Any(secret => entry.AllText.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheBuiltInDirectLineKeepsWorkingWithCredentialsSet()
    {
        var client = fixture.Host.Client;
        using var tokenResponse = await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        var token = JObject.Parse(await tokenResponse.Content.ReadAsStringAsync()).Value<string>("token")!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        var conversationId = JObject.Parse(await started.Content.ReadAsStringAsync()).Value<string>("conversationId")!;

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"my back keeps spasming\"}", Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await client.SendAsync(post);
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var activities = await client.SendAsync(get);
        var set = JObject.Parse(await activities.Content.ReadAsStringAsync())["activities"]!.ToObject<List<Activity>>()!;

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(set, a => a.From?.Role == RoleTypes.Bot && TriageData.Of(a)?.Asks.SequenceEqual(["bladder_bowel"]) == true);
    }

    private static string NewConversationId() => $"conv-{Guid.NewGuid():N}";

    private Activity Message(string conversationId, string text, string channelId = "webchat") => new(ActivityTypes.Message)
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = fixture.Sink.ServiceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user-1", "Person", RoleTypes.User),
        Recipient = new ChannelAccount(AppId, "BackSpasmBot", RoleTypes.Bot),
        Text = text,
    };

    private Task<HttpResponseMessage> PostAsync(Activity activity, string token) => PostRawAsync(activity, "Bearer " + token);

    private async Task<HttpResponseMessage> PostRawAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await fixture.Host.Client.SendAsync(request);
    }

    private async Task<IDictionary<string, object>> StoredStateAsync(string conversationId, string channelId = "webchat")
    {
        var storage = fixture.Host.Services.GetRequiredService<IStorage>();
        return await storage.ReadAsync([$"{channelId}/conversations/{conversationId}"]);
    }

    /// <summary>The real configuration credentials for every inbound check; a stand-in token for replies.</summary>
    public sealed class StandInCredentials(ServiceClientCredentialsFactory inner) : ServiceClientCredentialsFactory
    {
        public const string OutboundToken = "stand-in-outbound-token-5f0c";

        public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) => inner.IsValidAppIdAsync(appId, cancellationToken);

        public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => inner.IsAuthenticationDisabledAsync(cancellationToken);

        public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
            Task.FromResult<ServiceClientCredentials>(new TokenCredentials(OutboundToken));
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public OpenIdStandIn StandIn { get; private set; } = null!;

        public ChannelSink Sink { get; private set; } = null!;

        public BotTestHost Host { get; private set; } = null!;

        public CapturingLoggerProvider Logs { get; } = new();

        public async Task InitializeAsync()
        {
            StandIn = await OpenIdStandIn.StartAsync();
            StandIn.Endorsements = ["emulator", "webchat", "directline", "msteams"];
            Sink = await ChannelSink.StartAsync();
            Host = await BotTestHost.StartAsync(
                builder =>
                {
                    builder.Logging.SetMinimumLevel(LogLevel.Trace);
                    builder.Logging.AddProvider(Logs);
                    builder.Services.AddSingleton<ServiceClientCredentialsFactory>(sp =>
                        new StandInCredentials(new ConfigurationServiceClientCredentialFactory(sp.GetRequiredService<IConfiguration>())));
                },
                "--MicrosoftAppType=MultiTenant",
                $"--MicrosoftAppId={AppId}",
                $"--MicrosoftAppPassword={AppPassword}",
                $"--ToBotFromChannelOpenIdMetadataUrl={StandIn.MetadataUrl}",
                $"--ToBotFromChannelTokenIssuer={OpenIdStandIn.Issuer}",
                $"--ToBotFromEmulatorOpenIdMetadataUrl={StandIn.BaseUrl}/v2/.well-known/openid-configuration",
                $"--ToChannelFromBotLoginUrl={StandIn.BaseUrl}/botframework.com",
                "--ToChannelFromBotOAuthScope=https://api.botframework.com",
                $"--OAuthUrl={StandIn.BaseUrl}",
                "--DirectLine:Enabled=true");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Sink.DisposeAsync();
            await StandIn.DisposeAsync();
        }
    }
}
