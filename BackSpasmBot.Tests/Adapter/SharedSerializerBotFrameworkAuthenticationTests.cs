using System.Reflection;
using System.Security.Claims;
using BackSpasmBot.Adapter;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json;

namespace BackSpasmBot.Tests.Adapter;

/// <summary>
/// Connector and user-token clients are built once and reused by later turns (the benchmark found a third of a turn's
/// allocations in building them), and the turn's disposal of what it was given never reaches the shared client.
/// </summary>
public sealed class SharedSerializerBotFrameworkAuthenticationTests
{
    private const string ServiceUrl = "http://channel.example/";

    [Fact]
    public async Task ReusesOneConnectorClientPerServiceUrlAcrossTurnsThatDisposeWhatTheyGet()
    {
        var (authentication, factory, created) = Build();

        for (var turn = 0; turn < 3; turn++)
        {
            var result = await authentication.AuthenticateRequestAsync(new Activity(), string.Empty, CancellationToken.None);
            using var client = await result.ConnectorFactory.CreateAsync(ServiceUrl, "audience", CancellationToken.None);
            Assert.NotNull(client.Conversations);
        }

        var single = Assert.Single(created);
        single.Verify(c => c.Dispose(), Times.Never);
        factory.Verify(f => f.CreateAsync(ServiceUrl, "audience", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task BuildsAnotherConnectorClientForAnotherServiceUrl()
    {
        var (authentication, _, created) = Build();

        var result = await authentication.AuthenticateRequestAsync(new Activity(), string.Empty, CancellationToken.None);
        await result.ConnectorFactory.CreateAsync(ServiceUrl, "audience", CancellationToken.None);
        await result.ConnectorFactory.CreateAsync("http://other.example/", "audience", CancellationToken.None);

        Assert.Equal(2, created.Count);
    }

    [Fact]
    public async Task ReusesOneUserTokenClientForTheSameCallerAndNeverDisposesIt()
    {
        var inner = new Mock<BotFrameworkAuthentication>();
        var tokenClients = new List<Mock<UserTokenClient>>();
        inner.Setup(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                var client = new Mock<UserTokenClient>();
                tokenClients.Add(client);
                return client.Object;
            });
        var authentication = new SharedSerializerBotFrameworkAuthentication(inner.Object);
        var caller = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "bot-app-id")]);

        for (var turn = 0; turn < 3; turn++)
        {
            using var client = await authentication.CreateUserTokenClientAsync(caller, CancellationToken.None);
            await client.SignOutUserAsync("user", "connection", "msteams", CancellationToken.None);
        }

        var single = Assert.Single(tokenClients);
        single.Verify(c => c.SignOutUserAsync("user", "connection", "msteams", It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public void TheTurnsUserTokenClientForwardsEveryOverridableMember()
    {
        var wrapper = typeof(SharedSerializerBotFrameworkAuthentication).GetNestedType("SharedUserTokenClient", BindingFlags.NonPublic)!;
        var overridable = typeof(UserTokenClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual && !m.IsFinal);

        Assert.All(overridable, method => Assert.Equal(
            wrapper,
            wrapper.GetMethod(method.Name, [.. method.GetParameters().Select(p => p.ParameterType)])!.DeclaringType));
    }

    private static (SharedSerializerBotFrameworkAuthentication Authentication, Mock<ConnectorFactory> Factory, List<Mock<IConnectorClient>> Created) Build()
    {
        var created = new List<Mock<IConnectorClient>>();
        var factory = new Mock<ConnectorFactory>();
        factory.Setup(f => f.CreateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                var client = new Mock<IConnectorClient>();
                client.SetupGet(c => c.SerializationSettings).Returns(new JsonSerializerSettings());
                client.SetupGet(c => c.DeserializationSettings).Returns(new JsonSerializerSettings());
                client.SetupGet(c => c.Conversations).Returns(Mock.Of<IConversations>());
                created.Add(client);
                return client.Object;
            });
        var inner = new Mock<BotFrameworkAuthentication>();
        inner.Setup(a => a.AuthenticateRequestAsync(It.IsAny<Activity>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new AuthenticateRequestResult { ConnectorFactory = factory.Object, ClaimsIdentity = new ClaimsIdentity() });
        return (new SharedSerializerBotFrameworkAuthentication(inner.Object), factory, created);
    }
}
