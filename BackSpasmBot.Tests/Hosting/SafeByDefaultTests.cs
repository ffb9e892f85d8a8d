using System.Net;
using BackSpasmBot.Hosting;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Tests.Hosting;

/// <summary>
/// A host without Bot Framework credentials: it refuses to start outside Development unless told to, says so in its
/// log when it runs, replies only where it is allowed to, and refuses ids no channel would send.
/// </summary>
public sealed class SafeByDefaultTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task ProductionWithoutCredentialsRefusesToStartAndNamesTheSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(null, "--Bot:AllowAnonymous=false"));

        Assert.Contains("Bot:AllowAnonymous", failure.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentWithoutCredentialsStartsAnonymously()
    {
        await using var development = await BotTestHost.StartAsync(null, "--environment=Development", "--Bot:AllowAnonymous=false");

        using var health = await development.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousHostLogsAWarningEveryTimeItStarts()
    {
        var logs = new CapturingLoggerProvider();

        await using (await BotTestHost.StartAsync(builder => builder.Logging.AddProvider(logs)))
        {
        }

        await using (await BotTestHost.StartAsync(builder => builder.Logging.AddProvider(logs)))
        {
        }

        Assert.Equal(2, logs.Entries.Count(entry => entry.Level == LogLevel.Warning && entry.EventId.Name == "AnonymousMode"));
    }

    [Theory]
    [InlineData("http://192.0.2.10:8080/")]
    [InlineData("https://attacker.example/collect")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task AnAnonymousBotRefusesAServiceUrlThatIsNotLoopbackAndCallsNothing(string serviceUrl)
    {
        var chat = host.NewHttpConversation();

        using var response = await chat.PostAsync(new Activity(ActivityTypes.Message) { Text = "my back keeps spasming", ServiceUrl = serviceUrl });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void AnAllowedServiceUrlCoversItsOwnPathOnly()
    {
        var options = new BotOptions { AnonymousServiceUrls = ["https://tunnel.example/emulator/"] };

        Assert.True(options.MayReplyTo(new Uri("https://tunnel.example/emulator/v3/conversations")));
        Assert.True(options.MayReplyTo(new Uri("http://localhost:56150/")));
        Assert.True(options.MayReplyTo(new Uri("http://127.0.0.1:9/")));
        Assert.False(options.MayReplyTo(new Uri("https://tunnel.example/other/")));
        Assert.False(options.MayReplyTo(new Uri("https://tunnel.example.attacker.example/emulator/")));
        Assert.False(options.MayReplyTo(new Uri("http://tunnel.example/emulator/")));
    }

    [Fact]
    public async Task ConversationAndUserIdsLongerThan256CharactersGet400()
    {
        var longConversation = host.NewHttpConversation();
        var longUser = host.NewHttpConversation();
        var longest = host.NewHttpConversation();

        using var conversationTooLong = await longConversation.PostAsync(new Activity(ActivityTypes.Message) { Text = "hi", Conversation = new ConversationAccount(id: new string('c', 257)) });
        using var userTooLong = await longUser.PostAsync(new Activity(ActivityTypes.Message) { Text = "hi", From = new ChannelAccount(new string('u', 257), "User") });
        using var atTheLimit = await longest.PostAsync(new Activity(ActivityTypes.Message) { Text = "hi", Conversation = new ConversationAccount(id: new string('c', 256)), From = new ChannelAccount(new string('u', 256), "User") });

        Assert.Equal(HttpStatusCode.BadRequest, conversationTooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, userTooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atTheLimit.StatusCode);
    }
}
