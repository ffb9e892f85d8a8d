using System.Net;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>Stream URLs open one WebSocket once, from the watermark they were issued for; URLs never echo a forged Host.</summary>
public sealed class StreamTokenTests
{
    [Fact]
    public async Task AStreamUrlOpensOneWebSocketOnlyOnce()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true");
        var calls = new WebChatCalls(host);
        var (token, conversationId) = await calls.NewConversationAsync();
        await calls.StartAsync(token);
        var streamUrl = await calls.ReconnectAsync(token, conversationId);

        var (first, firstStatus) = await WebChatCalls.ConnectAsync(streamUrl);
        first?.Dispose();
        var (second, secondStatus) = await WebChatCalls.ConnectAsync(streamUrl);
        second?.Dispose();

        Assert.Equal(HttpStatusCode.SwitchingProtocols, firstStatus);
        Assert.Equal(HttpStatusCode.Forbidden, secondStatus);
    }

    [Fact]
    public async Task AStreamUrlsWatermarkCannotBeChangedToReplayTheHistory()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true");
        var calls = new WebChatCalls(host);
        var (token, conversationId) = await calls.NewConversationAsync();
        await calls.StartAsync(token);
        await calls.SayAsync(token, conversationId, "my back keeps spasming");
        var streamUrl = await calls.ReconnectAsync(token, conversationId, watermark: 3);
        Assert.Contains("&watermark=3", streamUrl, StringComparison.Ordinal);

        var (replay, status) = await WebChatCalls.ConnectAsync(streamUrl.Replace("&watermark=3", "&watermark=0", StringComparison.Ordinal));
        replay?.Dispose();

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task WithAPublicBaseUrlAForgedHostHeaderIsNotReflected()
    {
        await using var host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true", "--DirectLine:PublicBaseUrl=https://bot.example/chat");
        var calls = new WebChatCalls(host);

        var (token, _, _, body) = await calls.NewTokenAsync(request => request.Headers.Host = "attacker.example");
        var (_, started) = await calls.StartAsync(token!, request => request.Headers.Host = "attacker.example");

        Assert.Equal("https://bot.example/chat/v3/directline", body!.Value<string>("domain"));
        Assert.StartsWith("wss://bot.example/chat/v3/directline/conversations/", started!.Value<string>("streamUrl"), StringComparison.Ordinal);
    }
}
