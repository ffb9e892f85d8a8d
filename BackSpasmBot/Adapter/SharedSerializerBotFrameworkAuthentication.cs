using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace BackSpasmBot.Adapter;

/// <summary>
/// Makes every connector client share one JSON contract resolver.
/// </summary>
/// <remarks>
/// As it comes, CloudAdapter 4.23.1 asks for a new ConnectorClient every turn, and each new client brings
/// new serializer settings with a new contract resolver, so Newtonsoft rebuilds the contract for Activity
/// (and emits new getter delegates) on every reply. A profile put ~90% of a turn there; sharing one
/// thread-safe resolver made an echo bot about ten times faster (PLATFORM-NOTES.md, "Performance trap").
/// Replies use the factory on the authenticate result, so that is the one wrapped here.
/// </remarks>
public sealed class SharedSerializerBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private static readonly IContractResolver SharedResolver = new ReadOnlyJsonContractResolver();

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

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private static ConnectorFactory Wrap(ConnectorFactory factory) =>
        factory is null or SharedResolverConnectorFactory ? factory! : new SharedResolverConnectorFactory(factory);

    /// <summary>Hands out the inner factory's clients, with their serializers pointed at the shared resolver.</summary>
    private sealed class SharedResolverConnectorFactory(ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
            client.SerializationSettings.ContractResolver = SharedResolver;
            client.DeserializationSettings.ContractResolver = SharedResolver;
            return client;
        }
    }
}
