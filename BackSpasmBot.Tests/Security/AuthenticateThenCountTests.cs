using System.Net;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.DirectLine;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Security;

/// <summary>
/// Requests are counted against a conversation only once they have proved they may speak in it, every address has
/// its own allowance, and the built-in Direct Line's conversations cannot be reached through /api/messages.
/// </summary>
public sealed class AuthenticateThenCountTests
{
    [Fact]
    public async Task ApiMessagesRefusesTheBuiltInDirectLinesConversationsSoTheirIdAloneOpensNothing()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true");
        var calls = new WebChatCalls(host);
        var (token, victim) = await calls.NewConversationAsync();
        await calls.StartAsync(token);
        Assert.Equal(HttpStatusCode.OK, await calls.SayAsync(token, victim, "my back keeps spasming"));
        var before = (await calls.GetActivitiesAsync(token, victim)).Body!.Value<string>("watermark");

        var attacker = new HttpConversation(host, sink, channelId: "directline");
        using var showPlan = await attacker.PostAsync(new Activity(ActivityTypes.Message) { Text = "show my plan again", Conversation = new ConversationAccount(id: victim) });
        using var forgetMe = await attacker.PostAsync(new Activity(ActivityTypes.Message) { Text = "forget me", Conversation = new ConversationAccount(id: victim) });

        Assert.Equal(HttpStatusCode.Forbidden, showPlan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgetMe.StatusCode);
        Assert.Empty(sink.Take(victim));
        Assert.Equal(HttpStatusCode.OK, await calls.SayAsync(token, victim, "no"));
        var after = (await calls.GetActivitiesAsync(token, victim, before!)).Body!;
        Assert.Contains(after["activities"]!, activity => activity["channelData"]?["triage"]?["asks"] is not null);
    }

    [Fact]
    public async Task DirectLinePostsWithAnotherConversationsTokenDoNotUseUpThisConversationsAllowance()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--Hardening:RateLimit:Burst=5", "--Hardening:RateLimit:PerPeriod=1", "--Hardening:RateLimit:Period=1.00:00:00");
        var calls = new WebChatCalls(host);
        var (token, victim) = await calls.NewConversationAsync();
        var (otherToken, _) = await calls.NewConversationAsync();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, await calls.SayAsync(otherToken, victim, "forged"));
        }

        Assert.Equal(HttpStatusCode.OK, await calls.SayAsync(token, victim, "my back keeps spasming"));
    }

    [Fact]
    public async Task OneAddressCannotPassTheLimitByNamingANewConversationEachTime()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--Hardening:AddressRateLimit:Burst=5", "--Hardening:AddressRateLimit:PerPeriod=1", "--Hardening:AddressRateLimit:Period=1.00:00:00");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await new HttpConversation(host, sink).PostAsync(new Activity(ActivityTypes.Message) { Text = "hello" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(5), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
    }
}
