using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using BackSpasmBot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>The built-in Direct Line's HTTP calls as a client makes them, each returning what came back.</summary>
public sealed class WebChatCalls(BotTestHost host)
{
    public HttpClient Http => host.Client;

    /// <summary>POST /api/directline/token as the page does; the token and conversation id, or null with the status.</summary>
    public async Task<(string? Token, string? ConversationId, HttpStatusCode Status, JObject? Body)> NewTokenAsync(Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        change?.Invoke(request);
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return (null, null, response.StatusCode, null);
        }

        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return (body.Value<string>("token"), body.Value<string>("conversationId"), response.StatusCode, body);
    }

    /// <summary>A token for a new conversation; fails the test when there is none.</summary>
    public async Task<(string Token, string ConversationId)> NewConversationAsync()
    {
        var (token, conversationId, status, _) = await NewTokenAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        return (token!, conversationId!);
    }

    /// <summary>POST /v3/directline/conversations: the conversation starts (the bot welcomes).</summary>
    public async Task<(HttpStatusCode Status, JObject? Body)> StartAsync(string token, Action<HttpRequestMessage>? change = null)
    {
        using var request = Authorized(HttpMethod.Post, "/v3/directline/conversations", token);
        change?.Invoke(request);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode ? JObject.Parse(await response.Content.ReadAsStringAsync()) : null);
    }

    /// <summary>GET /v3/directline/conversations/{id}?watermark=: a fresh stream URL.</summary>
    public async Task<string> ReconnectAsync(string token, string conversationId, int? watermark = null)
    {
        using var request = Authorized(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}" + (watermark is null ? string.Empty : $"?watermark={watermark}"), token);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync()).Value<string>("streamUrl")!;
    }

    public async Task<HttpStatusCode> PostJsonAsync(string token, string conversationId, string activityJson)
    {
        using var request = Authorized(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token);
        request.Content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }

    public Task<HttpStatusCode> SayAsync(string token, string conversationId, string text) =>
        PostJsonAsync(token, conversationId, new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = "u" }, ["text"] = text }.ToString());

    public async Task<(HttpStatusCode Status, JObject? Body)> GetActivitiesAsync(string token, string conversationId, string watermark = "")
    {
        using var request = Authorized(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode ? JObject.Parse(await response.Content.ReadAsStringAsync()) : null);
    }

    /// <summary>Opens a stream URL; the socket when it connected, else the HTTP status the handshake got.</summary>
    public static async Task<(ClientWebSocket? Socket, HttpStatusCode Status)> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            return (socket, socket.HttpStatusCode);
        }
        catch (WebSocketException)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            return (null, status);
        }
    }

    /// <summary>The next non-empty text message of a stream (keep-alives are skipped).</summary>
    public static async Task<JObject> ReceiveActivitySetAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            if (message.Length > 0)
            {
                return JObject.Parse(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
