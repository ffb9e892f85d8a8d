using System.Net;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>The built-in Direct Line's per-conversation limits: how many activities it keeps, and how long it lives idle.</summary>
public sealed class ConversationLimitsTests
{
    [Fact]
    public async Task AConversationAtItsActivityLimitRefusesMorePostsWith429AndKeepsWhatItHas()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--DirectLine:MaxActivitiesPerConversation=10");
        var calls = new WebChatCalls(host);
        var (token, conversationId) = await calls.NewConversationAsync();
        await calls.StartAsync(token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add(await calls.SayAsync(token, conversationId, "help"));
        }

        var firstRefused = statuses.IndexOf(HttpStatusCode.TooManyRequests);
        Assert.True(firstRefused > 0, "No post was refused.");
        Assert.All(statuses[firstRefused..], status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        var (_, history) = await calls.GetActivitiesAsync(token, conversationId);
        Assert.True(((JArray)history!["activities"]!).Count >= 10);
    }

    [Fact]
    public async Task AConversationIdleForItsTimeoutHasEndedWhileOneInUseHasNot()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotTestHost.StartAsync(builder => builder.Services.AddSingleton<TimeProvider>(clock), "--DirectLine:Enabled=true", "--DirectLine:ConversationIdleTimeout=00:01:00");
        var calls = new WebChatCalls(host);
        var (idleToken, idle) = await calls.NewConversationAsync();
        var (busyToken, busy) = await calls.NewConversationAsync();
        await calls.StartAsync(idleToken);
        await calls.StartAsync(busyToken);

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(HttpStatusCode.OK, await calls.SayAsync(busyToken, busy, "my back keeps spasming"));
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.NotFound, (await calls.GetActivitiesAsync(idleToken, idle)).Status);
        Assert.Equal(HttpStatusCode.OK, (await calls.GetActivitiesAsync(busyToken, busy)).Status);
    }
}
