using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using CsCheck;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Security;

/// <summary>
/// A generated corpus of malformed and mutated activities (CsCheck, fixed seed and size) thrown at /api/messages and
/// at the built-in Direct Line: never a 5xx, no unexpected error in the logs, and the conversation still works after.
/// Mutated serviceUrls only ever point at loopback (a closed port) or are not URLs at all.
/// </summary>
public sealed class FuzzTests(FuzzTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<FuzzTests.Fixture>
{
    public const ulong Seed = 20261124;
    public const int MessagesCorpusSize = 400;
    public const int DirectLineCorpusSize = 200;

    private static readonly string[] Types = ["message", "typing", "event", "invoke", "conversationUpdate", "endOfConversation", "messageReaction", "installationUpdate", "messageUpdate", "deleteUserData", "trace", "handoff", "", "MESSAGE", "x\u0000y"];
    private static readonly string[] Properties = ["type", "text", "value", "attachments", "channelData", "entities", "from", "recipient", "conversation", "locale", "textFormat", "membersAdded", "membersRemoved", "name", "replyToId", "suggestedActions", "timestamp", "localTimestamp", "id", "serviceUrl", "channelId", "speak", "inputHint", "valueType", "label", "deliveryMode", "expiration", "importance", "relatesTo", "callerId", "zzUnknown"];
    private static readonly string[] HarmlessServiceUrls = ["", "ftp://x", "not a url", "http://127.0.0.1:9", "http://[::1", "javascript:alert(1)", "http://127.0.0.1:9/%00", "file:///etc/passwd"];
    private static readonly string[] Texts = ["", " ", "😀😀😀", "\u202Eevil\u202C", "שלום", "ظهري", "\u0000\u0001\u0007", "\ud800", "<script>alert(1)</script>", "{\"a\":1}", "restart", "forget me", "help", "yes", "no", "999", "-1", "1e308", "NaN", "I cannot pee and my bottom is numb", "%s%n%x", "../../../../etc/passwd", "' OR 1=1 --", new string('a', 5000)];

    [Fact]
    public async Task MutatedActivitiesAtTheMessagesEndpointNeverGetA5xxAndTheConversationStillWorks()
    {
        var conversationId = $"fuzz-{Guid.NewGuid():N}";
        var corpus = Corpus(MessagesCorpusSize, Seed, body => body["conversation"] = new JObject { ["id"] = conversationId });
        var histogram = new SortedDictionary<int, int>();
        var errorsBefore = fixture.Logs.Entries.Count;

        foreach (var (bytes, contentType) in corpus)
        {
            // One connection per request: a request refused before its body is read may leave the server closing the
            // connection, and a pooled client racing that close would report a broken pipe that says nothing of the server.
            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
            post.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            post.Headers.ConnectionClose = true;
            using var response = await fixture.Host.Client.SendAsync(post);
            histogram[(int)response.StatusCode] = histogram.GetValueOrDefault((int)response.StatusCode) + 1;
        }

        output.WriteLine($"/api/messages: {corpus.Count} requests (seed {Seed}); status histogram: {string.Join(", ", histogram.Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.DoesNotContain(histogram.Keys, status => status >= 500 && status != 501); // 501: the SDK's answer to an invoke the bot does not handle
        AssertNoUnexpectedErrors(errorsBefore);
        var chat = new HttpConversation(fixture.Host, fixture.Sink);
        await chat.SayAsync("restart");
        Assert.Contains(await chat.SayAsync("my back keeps spasming"), r => TriageData.Of(r)?.IsQuestion == true);
        var fuzzed = new FixedConversation(fixture, conversationId);
        Assert.Equal(HttpStatusCode.OK, await fuzzed.PostAsync("restart"));
        Assert.Equal(HttpStatusCode.OK, await fuzzed.PostAsync("my back keeps spasming"));
        Assert.Contains(fixture.Sink.Take(conversationId), r => TriageData.Of(r)?.IsQuestion == true);
    }

    [Fact]
    public async Task MutatedActivitiesAndHeadersAtTheDirectLineNeverGetA5xxAndTheConversationStillWorks()
    {
        var client = fixture.Host.Client;
        using var tokenResponse = await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        var body = JObject.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var (token, conversationId) = (body.Value<string>("token")!, body.Value<string>("conversationId")!);
        var corpus = Corpus(DirectLineCorpusSize, Seed + 1, _ => { });
        var histogram = new SortedDictionary<int, int>();
        var errorsBefore = fixture.Logs.Entries.Count;
        var i = 0;
        foreach (var (bytes, contentType) in corpus)
        {
            // Most requests carry the right token and conversation; some a wrong, mangled or missing one.
            var (auth, id) = (i++ % 10) switch
            {
                7 => ("Bearer " + token[..^3] + "abc", conversationId),
                8 => (token, conversationId + "x"),
                9 => ("Bearer", "../" + conversationId),
                _ => ("Bearer " + token, conversationId),
            };
            using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{Uri.EscapeDataString(id)}/activities") { Content = new ByteArrayContent(bytes) };
            post.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            post.Headers.TryAddWithoutValidation("Authorization", auth);
            post.Headers.ConnectionClose = true;
            using var response = await client.SendAsync(post);
            histogram[(int)response.StatusCode] = histogram.GetValueOrDefault((int)response.StatusCode) + 1;
        }

        foreach (var watermark in new[] { "-1", "abc", "99999999999", "1e3", "%00", "" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={Uri.EscapeDataString(watermark)}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(get);
            histogram[(int)response.StatusCode] = histogram.GetValueOrDefault((int)response.StatusCode) + 1;
        }

        output.WriteLine($"Direct Line: {corpus.Count + 6} requests (seed {Seed + 1}); status histogram: {string.Join(", ", histogram.Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.DoesNotContain(histogram.Keys, status => status >= 500 && status != 501); // 501: the SDK's answer to an invoke the bot does not handle
        AssertNoUnexpectedErrors(errorsBefore);
        foreach (var text in new[] { "restart", "my back keeps spasming" })
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
            {
                Content = new StringContent(new JObject { ["type"] = "message", ["from"] = new JObject { ["id"] = "u" }, ["text"] = text }.ToString(), Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var activities = new List<Activity>();
        for (var watermark = "0"; ;)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var page = await client.SendAsync(get);
            var set = JObject.Parse(await page.Content.ReadAsStringAsync());
            var pageActivities = set["activities"]!.ToObject<List<Activity>>()!;
            if (pageActivities.Count == 0)
            {
                break;
            }

            activities.AddRange(pageActivities);
            watermark = set.Value<string>("watermark")!;
        }
        Assert.True(TriageData.Of(activities.Last(a => a.From?.Role == RoleTypes.Bot && a.Type == ActivityTypes.Message))?.IsQuestion);
    }

    /// <summary>Errors the fuzzing may cause legitimately: replies that could not be delivered to a loopback serviceUrl.</summary>
    private void AssertNoUnexpectedErrors(int from)
    {
        var unexpected = fixture.Logs.Entries.Skip(from)
            .Where(e => e.Level >= LogLevel.Error)
            .Where(e => !e.Message.StartsWith("Turn failed with BackSpasmBot.Storage.RepliesNotDeliveredException", StringComparison.Ordinal))
            .ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(5).Select(e => e.Message[..Math.Min(600, e.Message.Length)])));
    }

    /// <summary>The corpus: a valid activity, mutated one to four times, as bytes with a content type.</summary>
    private List<(byte[] Body, string ContentType)> Corpus(int size, ulong seed, Action<JObject> pin)
    {
        var mutation = Gen.Select(Gen.Int[0, 15], Gen.Int[0, 1000], Gen.Int[0, 1000]);
        var gen = Gen.Select(mutation.Array[1, 4], Gen.Int[0, 19]);
        var pcg = new PCG(1, seed);
        var corpus = new List<(byte[], string)>(size);
        for (var n = 0; n < size; n++)
        {
            var (mutations, contentTypeDie) = gen.Generate(pcg, null, out _);
            var activity = new JObject
            {
                ["type"] = "message",
                ["id"] = $"a{n}",
                ["channelId"] = "emulator",
                ["serviceUrl"] = fixture.Sink.ServiceUrl,
                ["from"] = new JObject { ["id"] = "user-fuzz", ["name"] = "Fuzz" },
                ["recipient"] = new JObject { ["id"] = "bot" },
                ["text"] = "my back hurts",
            };
            pin(activity);
            var truncateAt = -1;
            var garbage = false;
            foreach (var (kind, a, b) in mutations)
            {
                switch (kind)
                {
                    case 0: activity.Remove(Properties[a % Properties.Length]); break;
                    case 1: activity[Properties[a % Properties.Length]] = RandomValue(a, b); break;
                    case 2: activity["type"] = Types[a % Types.Length]; break;
                    case 3: activity["text"] = Texts[a % Texts.Length]; break;
                    case 4: truncateAt = a; break;
                    case 5: garbage = true; break;
                    case 6: activity["value"] = Nest(20 + (a % 200)); break;
                    case 7: activity["serviceUrl"] = HarmlessServiceUrls[a % HarmlessServiceUrls.Length]; break;
                    case 8: activity["attachments"] = (a % 3) switch { 0 => new JArray(new JObject { ["contentType"] = "application/vnd.microsoft.card.hero", ["content"] = RandomValue(a, b) }), 1 => new JArray(1, "x", JValue.CreateNull()), _ => "x" }; break;
                    case 9: activity["value"] = (a % 3) switch { 0 => new JObject { ["answer"] = Texts[b % Texts.Length] }, 1 => Texts[b % Texts.Length], _ => RandomValue(a, b) }; break;
                    case 10: activity["entities"] = new JArray(new JObject { ["type"] = "mention", ["mentioned"] = new JObject { ["id"] = "bot" }, ["text"] = Texts[b % Texts.Length] }); break;
                    case 11: activity["locale"] = (a % 4) switch { 0 => "xx-INVALID", 1 => "", 2 => "en-GB\u0000", _ => Texts[b % Texts.Length] }; break;
                    case 12: activity["membersAdded"] = new JArray(new JObject { ["id"] = Texts[b % Texts.Length] }, RandomValue(a, b)); break;
                    case 13: activity["channelData"] = RandomValue(a, b); break;
                    case 14: activity["from"] = RandomValue(a, b); break;
                    default: activity["name"] = (a % 2) == 0 ? "webchat/join" : Texts[b % Texts.Length]; break;
                }
            }

            var bytes = Encoding.UTF8.GetBytes(activity.ToString(Newtonsoft.Json.Formatting.None));
            if (truncateAt >= 0)
            {
                bytes = bytes[..Math.Min(bytes.Length, truncateAt)];
            }

            if (garbage)
            {
                bytes = [.. bytes[..(bytes.Length / 2)], 0xC3, 0x28, 0xFF, 0xFE, 0x00, .. bytes[(bytes.Length / 2)..]];
            }

            var contentType = contentTypeDie switch { 0 => "text/plain", 1 => "application/json; charset=latin1", 2 => "application/x-www-form-urlencoded", 3 => "", _ => "application/json" };
            corpus.Add((bytes, contentType));
        }

        return corpus;
    }

    private static JToken RandomValue(int a, int b) => (a % 9) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(b),
        2 => new JValue(b % 2 == 0),
        3 => new JValue(Texts[b % Texts.Length]),
        4 => new JArray(b, Texts[b % Texts.Length], JValue.CreateNull()),
        5 => new JObject { ["id"] = Texts[b % Texts.Length], ["x"] = b },
        6 => new JValue(double.MaxValue),
        7 => new JValue(new string('z', 1000 + (b * 100))),
        _ => new JObject(),
    };

    private static JToken Nest(int depth)
    {
        JToken token = new JValue("bottom");
        for (var i = 0; i < depth; i++)
        {
            token = new JObject { ["n"] = token };
        }

        return token;
    }

    /// <summary>Posts plain messages to one fixed conversation id (the one the corpus hammered).</summary>
    private sealed class FixedConversation(Fixture fixture, string conversationId)
    {
        public async Task<HttpStatusCode> PostAsync(string text)
        {
            var activity = new JObject
            {
                ["type"] = "message",
                ["channelId"] = "emulator",
                ["serviceUrl"] = fixture.Sink.ServiceUrl,
                ["conversation"] = new JObject { ["id"] = conversationId },
                ["from"] = new JObject { ["id"] = "user-fuzz" },
                ["recipient"] = new JObject { ["id"] = "bot" },
                ["text"] = text,
            };
            using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
            using var response = await fixture.Host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            return response.StatusCode;
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public BotTestHost Host { get; private set; } = null!;

        public ChannelSink Sink { get; private set; } = null!;

        public CapturingLoggerProvider Logs { get; } = new();

        public async Task InitializeAsync()
        {
            Sink = await ChannelSink.StartAsync();
            Host = await BotTestHost.StartAsync(
                builder => builder.Logging.AddProvider(Logs),
                "--Hardening:RateLimit:Burst=10000",
                "--DirectLine:Enabled=true");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Sink.DisposeAsync();
        }
    }
}
