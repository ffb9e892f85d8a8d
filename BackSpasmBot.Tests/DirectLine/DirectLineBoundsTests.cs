using System.Net;
using BackSpasmBot.DirectLine;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>The built-in Direct Line's memory stays within its byte limits, however the activities are written.</summary>
public sealed class DirectLineBoundsTests
{
    /// <summary>10,000 control characters: 10 KB posted, 60 KB once JSON escapes each as \u0001.</summary>
    private static readonly string Escaped = new('\u0001', 10_000);

    [Fact]
    public async Task AConversationIsRefusedMorePostsOnceItHoldsItsByteLimit()
    {
        const long limit = 256 * 1024;
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", $"--DirectLine:MaxBytesPerConversation={limit}");
        var calls = new WebChatCalls(host);
        var (token, conversationId) = await calls.NewConversationAsync();
        await calls.StartAsync(token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add(await calls.SayAsync(token, conversationId, Escaped));
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.InRange(host.Services.GetRequiredService<DirectLineConversations>().Bytes, 1, limit);
    }

    [Fact]
    public async Task TheHostRefusesPostsAndNewConversationsOnceAllConversationsHoldTheTotalByteLimit()
    {
        const long total = 1024 * 1024;
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--DirectLine:MaxBytesPerConversation=262144", $"--DirectLine:MaxTotalBytes={total}");
        var calls = new WebChatCalls(host);
        var statuses = new List<HttpStatusCode>();
        for (var conversation = 0; conversation < 8 && !statuses.Contains(HttpStatusCode.ServiceUnavailable); conversation++)
        {
            var (token, conversationId, status, _) = await calls.NewTokenAsync();
            statuses.Add(status);
            if (token is null)
            {
                continue;
            }

            await calls.StartAsync(token);
            for (var i = 0; i < 4; i++)
            {
                statuses.Add(await calls.SayAsync(token, conversationId!, Escaped));
            }
        }

        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.InRange(host.Services.GetRequiredService<DirectLineConversations>().Bytes, 1, total);
    }

    [Fact]
    public async Task AWebSocketGetsItsBacklogInPagesAsGetDoes()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true");
        var calls = new WebChatCalls(host);
        var (token, conversationId) = await calls.NewConversationAsync();
        await calls.StartAsync(token);
        for (var i = 0; i < 55; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await calls.SayAsync(token, conversationId, "help"));
        }

        var (_, beyondFirstPage) = await calls.GetActivitiesAsync(token, conversationId, "100");
        var (socket, _) = await WebChatCalls.ConnectAsync(await calls.ReconnectAsync(token, conversationId));
        using (socket)
        {
            var first = await WebChatCalls.ReceiveActivitySetAsync(socket!);

            Assert.NotEmpty((JArray)beyondFirstPage!["activities"]!);
            Assert.Equal(DirectLineEndpoints.PageSize, ((JArray)first["activities"]!).Count);
            Assert.Equal("100", first.Value<string>("watermark"));
        }
    }

    [Fact]
    public async Task KestrelBoundsConnectionsAndWebSockets()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Hardening:MaxConcurrentConnections=321");

        var limits = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(321, limits.MaxConcurrentConnections);
        Assert.Equal(1_000, limits.MaxConcurrentUpgradedConnections);
    }
}
