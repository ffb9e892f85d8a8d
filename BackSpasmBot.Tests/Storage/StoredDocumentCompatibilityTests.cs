using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace BackSpasmBot.Tests.Storage;

/// <summary>
/// Conversations saved before the state was typed carry on. The fixtures are documents the earlier version (the SDK's
/// BotState, Newtonsoft JSON) stored half-way through a triage, captured from its SQLite file and its Redis hash: the
/// person had said "my back went into spasm this morning", "no" to bladder or bowel trouble, and an answer that could
/// not be read to the numbness question, which the bot had then asked again plainly. That version answered the next
/// "no" with the question about both legs. That version kept the question's activities in the prompt's state, where
/// this one keeps only which question it asked: "help" sends the question kept in the document again.
/// </summary>
public sealed class StoredDocumentCompatibilityTests : IAsyncLifetime
{
    private const string ExpectedNextAsk = "both_legs";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backspasmbot-compat-");
    private ChannelSink? _sink;

    private ChannelSink Sink => _sink!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync()
    {
        await Sink.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task AConversationSavedInSqliteByTheEarlierVersionCarriesOnToItsOutcome()
    {
        var database = Path.Combine(_folder.FullName, "state.db");
        await using var host = await BotTestHost.StartAsync(null, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={database}"]);
        var conversation = RoutedConversation.To(Sink, host);

        // The store creates its file and table on first use: a health check uses it.
        using (var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.True(health.IsSuccessStatusCode);
        }

        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO bot_state (key, etag, document, expires_at) VALUES ($key, 'etag-from-before', $document, 4102444800000)";
            insert.Parameters.AddWithValue("$key", $"emulator/conversations/{conversation.ConversationId}");
            insert.Parameters.AddWithValue("$document", Fixture("sqlite-mid-triage.json"));
            await insert.ExecuteNonQueryAsync();
        }

        await AssertItCarriesOn(conversation, "sqlite-mid-triage.json");
        var saved = await SqliteFile.ScalarAsync(database, $"SELECT etag FROM bot_state WHERE key = 'emulator/conversations/{conversation.ConversationId}'");
        Assert.NotEqual("etag-from-before", saved);
    }

    [Fact]
    public async Task AConversationSavedInRedisByTheEarlierVersionCarriesOnToItsOutcome()
    {
        var redis = await TestRedis.Shared;
        var prefix = TestRedis.UniquePrefix();
        await using var host = await BotTestHost.StartAsync(null, ["--Storage:Provider=Redis", $"--Storage:Redis:Configuration={redis.Configuration}", $"--Storage:Redis:KeyPrefix={prefix}"]);
        var conversation = RoutedConversation.To(Sink, host);
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var key = $"{prefix}emulator/conversations/{conversation.ConversationId}";
        await connection.GetDatabase().HashSetAsync(key, [new("e", "etag-from-before"), new("d", Fixture("redis-mid-triage.json"))]);
        await connection.GetDatabase().KeyExpireAsync(key, TimeSpan.FromMinutes(10));

        await AssertItCarriesOn(conversation, "redis-mid-triage.json");
        Assert.NotEqual("etag-from-before", (string?)await connection.GetDatabase().HashGetAsync(key, "e"));
    }

    /// <summary>
    /// "Help" asks the waiting question again as the document kept it; the next answer gets the question the earlier
    /// version asked next, and the triage then reaches its outcome.
    /// </summary>
    private static async Task AssertItCarriesOn(RoutedConversation conversation, string fixture)
    {
        var help = await conversation.SayAsync("help");
        var again = help.Last(r => TriageData.Of(r)?.IsQuestion == true);
        Assert.Equal(["saddle_numbness"], TriageData.Of(again)!.Asks);
        Assert.Equal(KeptPromptText(fixture), again.Text);

        var replies = await conversation.SayAsync("no");
        Assert.DoesNotContain(replies, r => r.Text?.StartsWith("Sorry", StringComparison.Ordinal) == true);
        Assert.Equal([ExpectedNextAsk], Question(replies).Asks);

        for (var turn = 0; turn < 40; turn++)
        {
            if (replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true) is { } outcome)
            {
                Assert.Equal("selfcare", outcome.Disposition);
                return;
            }

            replies = await conversation.SayAsync(QuietPatient.AnswerTo(Question(replies).Asks));
        }

        Assert.Fail("The conversation did not reach an outcome.");
    }

    private static TriageData Question(IReadOnlyList<Activity> replies) =>
        replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true)
        ?? throw new InvalidOperationException($"No question in: {string.Join(" | ", replies.Select(r => r.Text))}");

    /// <summary>The text of the question the fixture's prompt kept (the plain re-ask of the numbness question).</summary>
    private static string KeptPromptText(string fixture)
    {
        using var document = System.Text.Json.JsonDocument.Parse(Fixture(fixture));
        var loop = document.RootElement.GetProperty("dialogStack").GetProperty("Stack")[0].GetProperty("Inner").GetProperty("Stack")[0];
        var prompt = loop.GetProperty("Inner").GetProperty("Stack")[0];
        Assert.Equal("triage.questions.answer", prompt.GetProperty("Id").GetString());
        return prompt.GetProperty("State").GetProperty("options").GetProperty("Prompt").GetProperty("text").GetString()!;
    }

    private static string Fixture(string name) => File.ReadAllText(RepositoryFiles.Path("BackSpasmBot.Tests", "Storage", "Fixtures", name));
}
