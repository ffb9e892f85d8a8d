using System.Net;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Targets;
using BackSpasmBot.Storage;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using BackSpasmBot.Triage.Conversation;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Storage;

/// <summary>
/// Conversation state through the real host over HTTP: restarts, several instances, parallel messages, outages and
/// erasure, on the real stores (a SQLite file, a real redis-server).
/// </summary>
public sealed class ConversationStateTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backspasmbot-conversations-");
    private ChannelSink? _sink;

    private ChannelSink Sink => _sink!;

    private string DatabasePath => Path.Combine(_folder.FullName, "state.db");

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync()
    {
        await Sink.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData("P08")]
    [InlineData("P15")]
    public async Task ATriageHalfWayThroughSurvivesARestartOnSqliteAndCompletesCorrectly(string id)
    {
        var vignette = Vignette.LoadPublic().Single(v => v.Id == id);
        var host = await StartSqliteHost();
        const int RestartBefore = 5; // join, opening, three answers: mid-questions
        var conversation = new RoutedConversation(Sink, async index =>
        {
            if (index == RestartBefore)
            {
                await host.DisposeAsync();
                SqliteConnection.ClearAllPools();
                host = await StartSqliteHost();
            }

            return host;
        });

        try
        {
            var transcript = await new SimulatedPatient(vignette).PlayAsync(conversation);

            VignetteAssertions.Match(vignette, transcript);
            Assert.True(transcript.Questions.Count > RestartBefore - 2, "The restart happened after the questions had ended.");
            AssertNoQuestionAskedTwice(transcript);
            Assert.Single(transcript.BotMessages, m => m.Text == TriageText.AskOpening);
            output.WriteLine($"{id}: {await StoredBytes(conversation.ConversationId)} bytes stored for the conversation at its end");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task AfterARestartTheConversationCarriesOnAtTheSameQuestion()
    {
        string[] script = ["my back went into spasm this morning", "no", "no", "no", "no", "no"];
        await using (var reference = await StartHost("--Storage:Provider=Memory"))
        {
            var expected = await Questions(RoutedConversation.To(Sink, reference), script);

            var host = await StartSqliteHost();
            var restarted = new RoutedConversation(Sink, async index =>
            {
                if (index == 4)
                {
                    await host.DisposeAsync();
                    SqliteConnection.ClearAllPools();
                    host = await StartSqliteHost();
                }

                return host;
            });
            try
            {
                Assert.Equal(expected, await Questions(restarted, script));
            }
            finally
            {
                await host.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("P08")]
    [InlineData("P05")]
    public async Task AConversationAlternatingBetweenTwoInstancesSharingRedisCompletesCorrectly(string id)
    {
        var vignette = Vignette.LoadPublic().Single(v => v.Id == id);
        var redis = await TestRedis.Shared;
        var prefix = TestRedis.UniquePrefix();
        await using var first = await StartRedisHost(redis, prefix);
        await using var second = await StartRedisHost(redis, prefix);
        var conversation = new RoutedConversation(Sink, index => Task.FromResult(index % 2 == 0 ? first : second));

        var transcript = await new SimulatedPatient(vignette).PlayAsync(conversation);

        VignetteAssertions.Match(vignette, transcript);
        AssertNoQuestionAskedTwice(transcript);
        Assert.Single(transcript.BotMessages, m => m.Text == TriageText.AskOpening);
    }

    [Fact]
    public async Task ManyParallelMessagesToOneConversationAreEachAnsweredOnTopOfTheLast()
    {
        await using var host = await StartSqliteHost();
        var conversation = RoutedConversation.To(Sink, host);

        await AssertParallelAnswersAreAllKept(conversation);
    }

    [Fact]
    public async Task ParallelMessagesSplitAcrossTwoInstancesLoseNoAnswer()
    {
        var redis = await TestRedis.Shared;
        var prefix = TestRedis.UniquePrefix();
        await using var first = await StartRedisHost(redis, prefix);
        await using var second = await StartRedisHost(redis, prefix);
        var conversation = new RoutedConversation(Sink, index => Task.FromResult(index % 2 == 0 ? first : second));

        await AssertParallelAnswersAreAllKept(conversation);
    }

    [Fact]
    public async Task ForgetMeErasesEverythingStoredAboutThePersonAndConfirms()
    {
        await using var host = await StartSqliteHost();
        var conversation = RoutedConversation.To(Sink, host);
        var other = RoutedConversation.To(Sink, host);
        await other.JoinAsync();
        await other.SayAsync("my back hurts");
        await conversation.JoinAsync();
        await conversation.SayAsync("my lower back went into spasm yesterday");
        await conversation.SayAsync("no");
        Assert.True(await StoredBytes(conversation.ConversationId) > 0);

        var replies = await conversation.SayAsync("forget me");

        Assert.Contains(replies, r => r.Text?.StartsWith("Done: I've deleted everything", StringComparison.Ordinal) == true);
        Assert.Equal(0, await StoredBytes(conversation.ConversationId));
        Assert.Equal("0", await Scalar($"SELECT count(*) FROM bot_state WHERE key LIKE '%{conversation.ConversationId}%' OR document LIKE '%{conversation.User.Id}%'"));
        Assert.True(await StoredBytes(other.ConversationId) > 0, "Only the person who asked is forgotten.");
    }

    [Fact]
    public async Task AConversationIdleForTheExpiryIsForgottenAndTheNextMessageStartsAfresh()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartHost(
            builder => builder.Services.AddSingleton<TimeProvider>(clock),
            "--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={DatabasePath}", "--Storage:IdleExpiry=01:00:00");
        var conversation = RoutedConversation.To(Sink, host);
        await conversation.JoinAsync();
        await conversation.SayAsync("my lower back went into spasm yesterday");
        var beforeExpiry = await conversation.SayAsync("no");
        Assert.Contains(beforeExpiry, r => TriageData.Of(r)?.IsQuestion == true);

        clock.Advance(TimeSpan.FromHours(1));
        // The background purge may get there first (the fake clock fires its timer too); either way it is gone.
        await ((SqliteStorage)host.Services.GetRequiredService<Microsoft.Bot.Builder.IStorage>()).PurgeExpiredAsync();

        Assert.Equal(0, await StoredBytes(conversation.ConversationId));
        var afterExpiry = await conversation.SayAsync("no");
        Assert.DoesNotContain(afterExpiry, r => r.Text == beforeExpiry.Last(m => TriageData.Of(m)?.IsQuestion == true).Text);
    }

    [Fact]
    public async Task WhenRedisStopsMidConversationThePersonIsToldWhatToDoAndTheConversationResumesWhenItIsBack()
    {
        await using var redis = await TestRedis.StartPrivateAsync(persistent: true);
        await using var host = await StartRedisHost(redis, TestRedis.UniquePrefix());
        var conversation = RoutedConversation.To(Sink, host);
        await conversation.JoinAsync();
        await conversation.SayAsync("my lower back went into spasm yesterday");
        var asked = LastQuestion(await conversation.SayAsync("no"));

        await redis.StopAsync();
        using var during = await conversation.PostAsync(new Activity(ActivityTypes.Message) { Text = "no" });
        var duringReplies = conversation.TakeReplies();
        using var healthDuring = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        var apology = Assert.Single(duringReplies, r => r.Type == ActivityTypes.Message);
        Assert.Contains("can't reach my memory", apology.Text, StringComparison.Ordinal);
        Assert.Contains("call 999", apology.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthDuring.StatusCode);

        await redis.StartAsync();
        await RedisStorageTests.WaitUntil(async () =>
        {
            using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
            return health.StatusCode == HttpStatusCode.OK;
        });
        var resumed = await conversation.SayAsync("no");

        var next = LastQuestion(resumed);
        Assert.NotEqual(asked, next);
        Assert.DoesNotContain(resumed, r => r.Text == TriageText.AskOpening);
    }

    [Fact]
    public async Task HealthzReportsTheStoreAndItsProvider()
    {
        await using var host = await StartSqliteHost();

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["checks"]?["storage"]?["status"]);
        Assert.Equal("Sqlite", (string?)body["checks"]?["storage"]?["provider"]);
    }

    private async Task AssertParallelAnswersAreAllKept(RoutedConversation conversation)
    {
        const int Parallel = 8;
        await conversation.JoinAsync();
        var first = LastQuestion(await conversation.SayAsync("my back went into spasm this morning"));

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => conversation.PostAsync(new Activity(ActivityTypes.Message) { Text = "no" })));
        var replies = conversation.TakeReplies();
        var next = LastQuestion(await conversation.SayAsync("no"));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        // Each parallel "no" answered a different question, each turn on top of the one before: none was lost.
        var asked = replies.Select(TriageData.Of).Where(data => data?.IsQuestion == true).Select(data => string.Join(",", data!.Asks)).ToList();
        Assert.True(Parallel == asked.Count, string.Join(" | ", replies.Select(r => $"{r.Type}:{r.Text}")));
        Assert.Equal(asked.Count, asked.Distinct().Count());
        Assert.DoesNotContain(first, asked);
        Assert.DoesNotContain(next, asked);
        Assert.DoesNotContain(replies, r => r.Text?.StartsWith("Sorry", StringComparison.Ordinal) == true);
    }

    private static async Task<List<string>> Questions(RoutedConversation conversation, string[] script)
    {
        await conversation.JoinAsync();
        var asked = new List<string>();
        foreach (var line in script)
        {
            asked.Add(LastQuestion(await conversation.SayAsync(line)));
        }

        return asked;
    }

    private static string LastQuestion(IReadOnlyList<Activity> replies) =>
        string.Join(",", replies.Select(TriageData.Of).LastOrDefault(data => data?.IsQuestion == true)?.Asks ?? ["(none)"]);

    private static void AssertNoQuestionAskedTwice(PatientTranscript transcript)
    {
        var asked = transcript.Questions.Select(asks => string.Join(",", asks)).ToList();
        Assert.True(asked.Count == asked.Distinct().Count(), $"A question was asked again: {string.Join(" | ", asked)}");
    }

    private Task<BotTestHost> StartSqliteHost() =>
        StartHost("--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={DatabasePath}");

    private static Task<BotTestHost> StartRedisHost(RedisServer redis, string prefix) =>
        StartHost("--Storage:Provider=Redis", $"--Storage:Redis:Configuration={redis.Configuration}", $"--Storage:Redis:KeyPrefix={prefix}");

    private static Task<BotTestHost> StartHost(params string[] settings) => BotTestHost.StartAsync(null, settings);

    private static Task<BotTestHost> StartHost(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> configure, params string[] settings) =>
        BotTestHost.StartAsync(configure, settings);

    private async Task<long> StoredBytes(string conversationId) =>
        long.Parse(await Scalar($"SELECT coalesce(sum(length(document) + length(key) + length(etag) + 8), 0) FROM bot_state WHERE key = 'emulator/conversations/{conversationId}'") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private Task<string?> Scalar(string sql) => SqliteFile.ScalarAsync(DatabasePath, sql);
}
