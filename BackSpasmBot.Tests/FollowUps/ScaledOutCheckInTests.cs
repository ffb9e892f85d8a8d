using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using static BackSpasmBot.Tests.FollowUps.CheckInHost;

namespace BackSpasmBot.Tests.FollowUps;

/// <summary>Check-ins with several instances on one real Redis, and across a restart of the host.</summary>
public sealed class ScaledOutCheckInTests
{
    private static async Task<string[]> RedisSettingsAsync(string prefix)
    {
        var redis = await TestRedis.Shared;
        return ["--Storage:Provider=Redis", $"--Storage:Redis:Configuration={redis.Configuration}", $"--Storage:Redis:KeyPrefix={prefix}"];
    }

    [Fact]
    public async Task TwoHostsOnOneRedisSendEachCheckInOnce()
    {
        await using var sink = await ChannelSink.StartAsync();
        var clock = NewClock();
        var settings = await RedisSettingsAsync(TestRedis.UniquePrefix());
        await using var first = await StartAsync(clock, settings);
        await using var second = await StartAsync(clock, settings);

        // Booked through either host; both look for due check-ins at the same tick.
        var chats = Enumerable.Range(0, 6).Select(i => new HttpConversation(i % 2 == 0 ? first.Host : second.Host, sink)).ToArray();
        foreach (var chat in chats)
        {
            await ToOutcomeAsync(chat);
            await chat.SayAsync("Tomorrow");
        }

        var sent = await AdvanceAndWaitAsync(clock, Delay, first.Sender, second.Sender);
        var later = await AdvanceAndWaitAsync(clock, TimeSpan.FromMinutes(5), first.Sender, second.Sender);

        Assert.Equal(chats.Length, sent);
        Assert.Equal(0, later);
        foreach (var chat in chats)
        {
            var checkIn = Assert.Single(sink.Take(chat.ConversationId));
            Assert.Equal(["progress"], TriageData.Of(checkIn)!.Asks);
        }
    }

    [Fact]
    public async Task ARestartBetweenTheOfferAndTheDueTimeStillSendsItAndTheConversationGoesOn()
    {
        await using var sink = await ChannelSink.StartAsync();
        var clock = NewClock();
        using var database = new TempDatabase("restart");
        string[] settings = ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={database.Path}"];
        var before = await StartAsync(clock, settings);
        var chat = new HttpConversation(before.Host, sink);
        await ToOutcomeAsync(chat);
        await chat.SayAsync("In 2 days");
        await before.DisposeAsync();

        await using var after = await StartAsync(clock, settings);
        Assert.Equal(0, await AdvanceAndWaitAsync(clock, Delay, after.Sender));
        Assert.Equal(1, await AdvanceAndWaitAsync(clock, Delay, after.Sender));
        Assert.True(IsFollowUp(Assert.Single(sink.Take(chat.ConversationId))));

        var replies = await Reply(after, sink, chat, "worse, and I can't feel my bum when I wipe");
        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Fact]
    public async Task ARestartOfAHostOnRedisStillSendsIt()
    {
        await using var sink = await ChannelSink.StartAsync();
        var clock = NewClock();
        var settings = await RedisSettingsAsync(TestRedis.UniquePrefix());
        var before = await StartAsync(clock, settings);
        var chat = new HttpConversation(before.Host, sink);
        await ToOutcomeAsync(chat);
        await chat.SayAsync("Tomorrow");
        await before.DisposeAsync();

        await using var after = await StartAsync(clock, settings);

        Assert.Equal(1, await AdvanceAndWaitAsync(clock, Delay, after.Sender));
        Assert.Single(sink.Take(chat.ConversationId));
    }

    /// <summary>The person answers the check-in; the new host gets it, in the same conversation.</summary>
    private static Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> Reply(CheckInHost host, ChannelSink sink, HttpConversation chat, string text) =>
        new SameConversation(host.Host, sink, chat).SayAsync(text);

    /// <summary>Talks in an existing conversation (same ids) through another host.</summary>
    private sealed class SameConversation(BotTestHost host, ChannelSink sink, HttpConversation original) : IChatDriver
    {
        public string ChannelId => original.ChannelId;

        public Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> JoinAsync() => throw new NotSupportedException();

        public async Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> SendAsync(Microsoft.Bot.Schema.Activity message)
        {
            message.Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: original.ConversationId);
            message.From = original.User;
            message.Recipient = original.Bot;
            var response = await new HttpConversation(host, sink).PostAsync(message);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return sink.Take(original.ConversationId);
        }
    }
}
