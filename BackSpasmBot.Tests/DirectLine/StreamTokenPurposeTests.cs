using System.Net;
using System.Net.Http.Headers;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>What each built-in token may be used for, and for how long a stream URL opens a WebSocket.</summary>
public sealed class StreamTokenPurposeTests(DirectLineHost dl) : IClassFixture<DirectLineHost>
{
    [Fact]
    public async Task AStreamTokenIsNotAccessToTheConversation()
    {
        var calls = new WebChatCalls(dl.Host);
        var (token, conversationId) = await calls.NewConversationAsync();
        var streamToken = StreamTokenOf(await calls.ReconnectAsync(token, conversationId));

        using var read = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", streamToken);
        using var response = await dl.Http.SendAsync(read);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAccessTokenDoesNotOpenAStream()
    {
        var calls = new WebChatCalls(dl.Host);
        var (token, conversationId) = await calls.NewConversationAsync();
        var streamUrl = await calls.ReconnectAsync(token, conversationId);

        var (socket, status) = await WebChatCalls.ConnectAsync(streamUrl.Replace(StreamTokenOf(streamUrl), Uri.EscapeDataString(token), StringComparison.Ordinal));
        socket?.Dispose();

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task AStreamUrlOpensAWebSocketWithinSixtySecondsOnly()
    {
        var calls = new WebChatCalls(dl.Host);
        var (token, conversationId) = await calls.NewConversationAsync();
        var inTime = await calls.ReconnectAsync(token, conversationId);
        var late = await calls.ReconnectAsync(token, conversationId);

        dl.Clock.Advance(TimeSpan.FromSeconds(59));
        var (first, firstStatus) = await WebChatCalls.ConnectAsync(inTime);
        first?.Dispose();
        dl.Clock.Advance(TimeSpan.FromSeconds(2));
        var (second, secondStatus) = await WebChatCalls.ConnectAsync(late);
        second?.Dispose();

        Assert.Equal(HttpStatusCode.SwitchingProtocols, firstStatus);
        Assert.Equal(HttpStatusCode.Forbidden, secondStatus);
    }

    private static string StreamTokenOf(string streamUrl)
    {
        var query = new Uri(streamUrl).Query.TrimStart('?').Split('&');
        return Uri.UnescapeDataString(query.Single(part => part.StartsWith("t=", StringComparison.Ordinal))[2..]);
    }
}
