using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BackSpasmBot.Adapter;

/// <summary>
/// Makes every connector client share one JSON contract resolver, and reuses connector and user-token clients across
/// turns instead of building two new ones for every turn.
/// </summary>
/// <remarks>
/// As it comes, CloudAdapter 4.23.1 asks for a new ConnectorClient every turn, and each new client brings
/// new serializer settings with a new contract resolver, so Newtonsoft rebuilds the contract for Activity
/// (and emits new getter delegates) on every reply. A profile put ~90% of a turn there; sharing one
/// thread-safe resolver made an echo bot about ten times faster (docs/architecture.md).
/// Replies use the factory on the authenticate result, so that is the one wrapped here.
/// <para>
/// The same per-turn construction has a second cost: every Microsoft.Rest ServiceClient (the ConnectorClient, and the
/// OAuthClient inside the UserTokenClient that CloudAdapter also builds every turn) sets its user agent by compiling
/// two regular expressions per entry and reading assembly attributes. The benchmark's allocation profile put about a
/// third of a triage turn's allocations there (docs/benchmark.md). So clients are kept per service URL and
/// audience (connector) and per bot app id (user token), as the SDK's older BotFrameworkAdapter did, in a small
/// cache whose entries are renewed after <see cref="ClientLifetime"/> (so pooled HTTP handlers and credentials are
/// picked up again) and which is emptied when it would grow past <see cref="MaxCachedClients"/> (an anonymous
/// endpoint accepts any serviceUrl, so the cache must not grow with what callers send).
/// </para>
/// </remarks>
public sealed class SharedSerializerBotFrameworkAuthentication(BotFrameworkAuthentication inner, TimeProvider? time = null) : BotFrameworkAuthentication
{
    /// <summary>How long one client is reused before a new one is built.</summary>
    public static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(5);

    /// <summary>At most this many clients are kept (a few channels' service URLs, in practice).</summary>
    public const int MaxCachedClients = 64;

    private static readonly IContractResolver SharedResolver = new ReadOnlyJsonContractResolver();

    private readonly ClientCache<IConnectorClient> _connectorClients = new(time ?? TimeProvider.System);
    private readonly ClientCache<UserTokenClient> _userTokenClients = new(time ?? TimeProvider.System);

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = Wrap(result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = Wrap(result.ConnectorFactory);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Wrap(inner.CreateConnectorFactory(claimsIdentity));

    /// <summary>
    /// One user-token client per bot app id, shared by turns; CloudAdapter disposes what it gets at the end of each
    /// turn, so it gets a wrapper whose disposal leaves the shared client alone.
    /// </summary>
    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var key = UserTokenKey(claimsIdentity);
        var client = await _userTokenClients.GetOrCreateAsync(key, () => inner.CreateUserTokenClientAsync(claimsIdentity!, cancellationToken));
        return new SharedUserTokenClient(client);
    }

    /// <summary>The claims the SDK builds a user-token client from: the bot's audience and the caller's app id.</summary>
    private static string UserTokenKey(ClaimsIdentity? identity) => string.Join(
        "\n",
        new[] { AuthenticationConstants.AudienceClaim, AuthenticationConstants.AppIdClaim, AuthenticationConstants.AuthorizedParty }
            .Select(type => identity?.FindFirst(type)?.Value ?? string.Empty));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private ConnectorFactory Wrap(ConnectorFactory factory) =>
        factory is null or SharedResolverConnectorFactory ? factory! : new SharedResolverConnectorFactory(factory, _connectorClients);

    /// <summary>
    /// Hands out the inner factory's clients, with their serializers pointed at the shared resolver, one per service
    /// URL and audience for <see cref="ClientLifetime"/>. The bot's own app id is fixed for the process, so service URL
    /// and audience identify the client.
    /// </summary>
    /// <remarks>
    /// CloudAdapter disposes the client it gets at the end of each turn, and a ConnectorClient disposes its HTTP client
    /// with it, so each turn gets a wrapper whose disposal leaves the shared client alone.
    /// </remarks>
    private sealed class SharedResolverConnectorFactory(ConnectorFactory inner, ClientCache<IConnectorClient> clients) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            new SharedConnectorClient(await clients.GetOrCreateAsync(
                serviceUrl + "\n" + audience,
                async () =>
                {
                    var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
                    client.SerializationSettings.ContractResolver = SharedResolver;
                    client.DeserializationSettings.ContractResolver = SharedResolver;
                    return client;
                }));
    }

    /// <summary>The shared connector client, for one turn: the turn's disposal does not reach it.</summary>
    private sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => inner.BaseUri;
            set => inner.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

        public ServiceClientCredentials Credentials => inner.Credentials;

        public IAttachments Attachments => inner.Attachments;

        public IConversations Conversations => inner.Conversations;

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// A small, bounded cache of clients that renews each one after <see cref="ClientLifetime"/>. Replaced or dropped
    /// clients are not disposed: turns in flight may still be using them, and the garbage collector reclaims them.
    /// </summary>
    private sealed class ClientCache<T>(TimeProvider time)
        where T : class
    {
        private readonly ConcurrentDictionary<string, (T Client, DateTimeOffset Expires)> _clients = new(StringComparer.Ordinal);

        /// <summary>The cached client for <paramref name="key"/>, or a new one (racing callers may each build one; the last is kept).</summary>
        public async Task<T> GetOrCreateAsync(string key, Func<Task<T>> create)
        {
            var now = time.GetUtcNow();
            if (_clients.TryGetValue(key, out var cached) && cached.Expires > now)
            {
                return cached.Client;
            }

            var client = await create();
            if (_clients.Count >= MaxCachedClients)
            {
                _clients.Clear();
            }

            _clients[key] = (client, now + ClientLifetime);
            return client;
        }
    }

    /// <summary>The shared user-token client, for one turn: the turn's disposal does not reach it.</summary>
    private sealed class SharedUserTokenClient(UserTokenClient inner) : UserTokenClient
    {
        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            inner.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            inner.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            inner.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            inner.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            inner.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            inner.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);
    }
}
