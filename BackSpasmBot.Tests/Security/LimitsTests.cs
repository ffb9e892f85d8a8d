using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BackSpasmBot.Adapter;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Security;

/// <summary>Body and message limits, per-conversation rate limits, and odd but legal messages, over the real HTTP endpoint.</summary>
public sealed class LimitsTests(LimitsTests.Fixture fixture) : IClassFixture<LimitsTests.Fixture>
{
    public static TheoryData<string> OddMessages() =>
    [
        "null text", "empty text", "whitespace", "emoji", "right-to-left", "attachment only", "value-only submit", "huge text", "unknown type",
    ];

    [Theory]
    [MemberData(nameof(OddMessages))]
    public async Task OddMessagesAreAnsweredAndTheConversationContinues(string kind)
    {
        var chat = fixture.Chat();
        await chat.JoinAsync();
        await chat.SayAsync("back spasm");
        var odd = new Activity(ActivityTypes.Message);
        switch (kind)
        {
            case "empty text": odd.Text = string.Empty; break;
            case "whitespace": odd.Text = " \t\n "; break;
            case "emoji": odd.Text = "😖😖 🔥🔙 👍🏽"; break;
            case "right-to-left": odd.Text = "ظهري يؤلمني \u202Eno\u202C שלום"; break;
            case "attachment only": odd.Attachments = [new Attachment("image/png", "http://127.0.0.1:9/back.png", name: "back.png")]; break;
            case "value-only submit": odd.Value = new JObject { ["answer"] = "Not sure" }; break;
            case "huge text": odd.Text = string.Concat(Enumerable.Repeat("my back hurts a lot ", 10_000)); break;
            case "unknown type": odd.Type = "somethingNew"; break;
        }

        var replies = await chat.SendAsync(odd);
        var next = await chat.SayAsync("no");

        if (kind == "unknown type")
        {
            Assert.Empty(replies);
        }

        Assert.Contains(next.Concat(replies), r => TriageData.Of(r)?.IsQuestion == true);
        Assert.DoesNotContain(next.Concat(replies), r => r.Text?.Contains("went wrong", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AVeryLongMessageIsReadUpToTheLimitAndThePersonIsTold()
    {
        var chat = fixture.Chat();
        await chat.JoinAsync();
        var longText = "my back went into spasm " + string.Concat(Enumerable.Repeat("and it is sore ", 12_000)) + " and I cannot pee";

        var replies = await chat.SayAsync(longText);

        Assert.Equal(MessageLengthMiddleware.TooLongNote, replies[0].Text);
        Assert.Contains(replies, r => TriageData.Of(r)?.IsQuestion == true);
        Assert.DoesNotContain(replies, r => TriageData.Of(r)?.Disposition == "emergency");
    }

    [Fact]
    public void CuttingNeverSplitsAnEmojiAndPrefersAWordBoundary()
    {
        Assert.Equal("ab", MessageLengthMiddleware.Cut("ab😀", 3));
        Assert.Equal("one two", MessageLengthMiddleware.Cut("one two three", 10));
    }

    [Fact]
    public async Task AFloodInOneConversationGets429WithRetryAfterWhileOthersAreUnaffected()
    {
        var flooded = fixture.Chat();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < Fixture.Burst + 2; i++)
        {
            var response = await flooded.PostAsync(new Activity(ActivityTypes.Typing));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected ??= response;
            }
        }

        var other = await fixture.Chat().PostAsync(new Activity(ActivityTypes.Typing));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Fixture.Burst), statuses.Take(Fixture.Burst));
        Assert.All(statuses.Skip(Fixture.Burst), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.True(int.Parse(rejected!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task ADirectLineFloodGets429WithRetryAfter()
    {
        var client = fixture.Host.Client;
        using var tokenResponse = await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        var body = JObject.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var (token, conversationId) = (body.Value<string>("token")!, body.Value<string>("conversationId")!);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Fixture.Burst + 1; i++)
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
            {
                Content = new StringContent("{\"type\":\"typing\",\"from\":{\"id\":\"u\"}}", Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(post);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotEmpty(response.Headers.GetValues("Retry-After"));
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses.Take(Fixture.Burst), status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task AHugeChunkedBodyIsCutOffWith413()
    {
        // 3 MB with no Content-Length: only the server's running count can stop it.
        var json = "{\"type\":\"message\",\"text\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";
        using var content = new PushStreamContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await fixture.Host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ADeclaredLengthOverTheLimitIsRefusedWith413BeforeTheBodyIsSent()
    {
        // Raw HTTP: only the headers are sent, so the answer cannot race the upload (a client still sending a body
        // the server has already refused may see the connection reset instead of the 413).
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(fixture.Host.BaseAddress.Host, fixture.Host.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var head = $"POST /api/messages HTTP/1.1\r\nHost: {fixture.Host.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {4 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 413", statusLine, StringComparison.Ordinal);
    }

    /// <summary>A body without a Content-Length, so only the server's running count can stop it.</summary>
    private sealed class PushStreamContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public const int Burst = 5;

        public BotTestHost Host { get; private set; } = null!;

        public ChannelSink Sink { get; private set; } = null!;

        public HttpConversation Chat() => new(Host, Sink);

        public async Task InitializeAsync()
        {
            Sink = await ChannelSink.StartAsync();

            // A small bucket that never refills during a test, so the limit is reached by count, not by time.
            Host = await BotTestHost.StartAsync(null, $"--Hardening:RateLimit:Burst={Burst}", "--Hardening:RateLimit:PerPeriod=1", "--Hardening:RateLimit:Period=1.00:00:00", "--DirectLine:Enabled=true");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Sink.DisposeAsync();
        }
    }
}
