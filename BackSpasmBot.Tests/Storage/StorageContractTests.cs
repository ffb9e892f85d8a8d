using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Storage;

/// <summary>
/// The <see cref="IStorage"/> contract, run against every provider. The SDK's <see cref="MemoryStorage"/> is the
/// reference; where it differs (it recovers CLR types, and its dictionaries are last-writer-wins), the test says so
/// and checks the reference's own behaviour.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private IStorage? _storage;

    protected IStorage Storage => _storage ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>MemoryStorage: dictionaries (BotState) carry no eTag, so the last writer wins.</summary>
    protected virtual bool DocumentsAreLastWriterWins => false;

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IStorage> CreateStorageAsync();

    /// <summary>Whether the exception is the provider's refusal of a stale write.</summary>
    protected virtual bool IsConflict(Exception exception) => exception is StorageConflictException;

    [Fact]
    public async Task ReadingKeysThatWereNeverWrittenReturnsNothing()
    {
        var found = await Storage.ReadAsync(["never-written", "nor-this"]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task AWrittenItemReadsBackWithItsValuesAndAnETag()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["item"] = new Counter { Count = 3, Name = "héllo \"quoted\" 🙂", ETag = "*" },
            ["plain"] = new Note { Text = "plain", Tags = ["a", "b"] },
        });

        var found = await Storage.ReadAsync(["item", "plain"]);

        var item = As<Counter>(found["item"]);
        Assert.Equal(3, item.Count);
        Assert.Equal("héllo \"quoted\" 🙂", item.Name);
        Assert.False(string.IsNullOrEmpty(item.ETag));
        Assert.NotEqual("*", item.ETag);
        Assert.Equal(["a", "b"], As<Note>(found["plain"]).Tags);
    }

    [Fact]
    public async Task KeysWithAnyCharactersAreKeptApart()
    {
        string[] keys = ["!@#$%^&*()~/\\><,.?';\"`~", "msteams/conversations/19:abc@thread.v2", "emulator/conversations/ä ö ü", "a", "A"];
        await Storage.WriteAsync(keys.Select((key, i) => KeyValuePair.Create(key, (object)new Counter { Count = i, ETag = "*" })).ToDictionary());

        var found = await Storage.ReadAsync(keys);

        Assert.Equal(keys.Length, found.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, As<Counter>(found[keys[i]]).Count);
        }
    }

    [Fact]
    public async Task EachWriteGivesTheItemANewETag()
    {
        await Write("item", new Counter { Count = 1, ETag = "*" });
        var first = await Read<Counter>("item");
        var firstETag = first.ETag;

        first.Count = 2;
        await Write("item", first);
        var second = await Read<Counter>("item");

        Assert.Equal(2, second.Count);
        Assert.NotEqual(firstETag, second.ETag);
    }

    [Fact]
    public async Task AnItemWrittenWithAStaleETagIsRefusedAndNothingChanges()
    {
        await Write("item", new Counter { Count = 1, ETag = "*" });
        var stale = await Read<Counter>("item");
        var fresh = await Read<Counter>("item");
        fresh.Count = 2;
        await Write("item", fresh);

        stale.Count = 99;
        var refused = await Record.ExceptionAsync(() => Write("item", stale));

        Assert.NotNull(refused);
        Assert.True(IsConflict(refused), $"Expected an eTag conflict, got {refused.GetType().Name}");
        Assert.Equal(2, (await Read<Counter>("item")).Count);
    }

    [Fact]
    public async Task AStarETagOverwritesWhateverIsStored()
    {
        await Write("item", new Counter { Count = 1, ETag = "*" });
        await Write("item", new Counter { Count = 2, ETag = "*" });

        Assert.Equal(2, (await Read<Counter>("item")).Count);
    }

    [Fact]
    public async Task AnEmptyETagIsRefusedAndNothingChanges()
    {
        await Write("item", new Counter { Count = 1, ETag = "*" });

        var refused = await Record.ExceptionAsync(() => Write("item", new Counter { Count = 2, ETag = string.Empty }));

        Assert.NotNull(refused);
        Assert.Equal(1, (await Read<Counter>("item")).Count);
    }

    [Fact]
    public async Task APlainObjectIsWrittenWhateverIsStored()
    {
        await Write("note", new Note { Text = "first" });
        await Write("note", new Note { Text = "second" });

        Assert.Equal("second", (await Read<Note>("note")).Text);
    }

    [Fact]
    public async Task DeletingRemovesTheItemsAndDeletingMissingKeysIsHarmless()
    {
        await Write("one", new Note { Text = "1" });
        await Write("two", new Note { Text = "2" });

        await Storage.DeleteAsync(["one", "two", "never-written"]);

        Assert.Empty(await Storage.ReadAsync(["one", "two"]));
    }

    [Fact]
    public async Task AnItemDeletedMeanwhileIsNotBroughtBackByAStaleWrite()
    {
        await Write("item", new Counter { Count = 1, ETag = "*" });
        var stale = await Read<Counter>("item");
        await Storage.DeleteAsync(["item"]);

        var refused = await Record.ExceptionAsync(() => Write("item", stale));

        // MemoryStorage checks an eTag only against a stored one: with nothing stored, the stale write succeeds.
        if (!RefusedAsAConflict(refused))
        {
            return;
        }

        Assert.Empty(await Storage.ReadAsync(["item"]));
    }

    [Fact]
    public async Task AStaleConversationStateIsRefusedSoNoAnswerIsLostAcrossInstances()
    {
        var activity = NewConversation();
        await SaveCount(activity, 1);

        // Two instances run a turn of the same conversation at once: both read count = 1.
        var (stateA, turnA, countA) = await LoadCount(activity);
        var (stateB, turnB, countB) = await LoadCount(activity);
        await countA.SetAsync(turnA, 2);
        await stateA.SaveChangesAsync(turnA);
        await countB.SetAsync(turnB, 10);
        var refused = await Record.ExceptionAsync(() => stateB.SaveChangesAsync(turnB));

        if (!RefusedAsAConflict(refused))
        {
            // MemoryStorage: BotState's plain dictionary has no eTag, so B silently overwrites A's answer.
            Assert.Equal(10, await StoredCount(activity));
            return;
        }

        Assert.Equal(2, await StoredCount(activity));
    }

    [Fact]
    public async Task TwoFirstTurnsOfANewConversationCannotBothCreateItsState()
    {
        var activity = NewConversation();
        var (stateA, turnA, countA) = await LoadCount(activity);
        var (stateB, turnB, countB) = await LoadCount(activity);
        await countA.SetAsync(turnA, 1);
        await stateA.SaveChangesAsync(turnA);
        await countB.SetAsync(turnB, 7);

        var refused = await Record.ExceptionAsync(() => stateB.SaveChangesAsync(turnB));

        if (!RefusedAsAConflict(refused))
        {
            return;
        }

        Assert.Equal(1, await StoredCount(activity));
    }

    [Fact]
    public async Task ConversationStateSavedTurnAfterTurnKeepsEveryChange()
    {
        var activity = NewConversation();
        for (var turn = 1; turn <= 5; turn++)
        {
            var (state, context, count) = await LoadCount(activity);
            await count.SetAsync(context, await count.GetAsync(context, () => 0) + 1);
            await state.SaveChangesAsync(context);
        }

        Assert.Equal(5, await StoredCount(activity));
    }

    [Fact]
    public async Task ConversationStateSavedTwiceInOneTurnKeepsBothChangesAndStillRefusesAStaleWriter()
    {
        var activity = NewConversation();
        await SaveCount(activity, 1);
        var (state, context, count) = await LoadCount(activity);
        var (staleState, staleContext, staleCount) = await LoadCount(activity);

        await count.SetAsync(context, 2);
        await state.SaveChangesAsync(context);
        await count.SetAsync(context, 3);
        await state.SaveChangesAsync(context);
        await staleCount.SetAsync(staleContext, 99);
        var refused = await Record.ExceptionAsync(() => staleState.SaveChangesAsync(staleContext));

        if (!RefusedAsAConflict(refused))
        {
            return;
        }

        Assert.Equal(3, await StoredCount(activity));
    }

    [Fact]
    public async Task TheDialogStackRoundTripsExactlyWithoutTypeNames()
    {
        var activity = NewConversation();
        var stack = new DialogState
        {
            Stack =
            [
                new DialogInstance
                {
                    Id = "triage.flow",
                    State = InstanceState("""{"stepIndex":2,"values":{"age":47,"onset":"2024-03-01T10:00:00+01:00","ratio":0.5,"none":null,"list":[1,"two",{"three":3}]}}"""),
                    Inner = new DialogState { Stack = [new DialogInstance { Id = "prompt", State = InstanceState("""{"options":{"prompt":"How old are you?"}}""") }] },
                },
            ],
        };
        var state = new ConversationState(Storage);
        var context = Turn(activity);
        var accessor = state.CreateProperty<DialogState>("dialogStack");
        await accessor.SetAsync(context, stack);
        await state.SaveChangesAsync(context);

        var reloaded = new ConversationState(Storage);
        var reloadedContext = Turn(activity);
        var roundTripped = await reloaded.CreateProperty<DialogState>("dialogStack").GetAsync(reloadedContext, () => new DialogState());

        Assert.True(JToken.DeepEquals(JObject.FromObject(stack), JObject.FromObject(roundTripped)), JObject.FromObject(roundTripped).ToString());
    }

    private static DialogInstanceState InstanceState(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<DialogInstanceState>(json, EngineJson.Options)!;

    [Fact]
    public async Task ParallelReadModifyWriteWithRetriesLosesNoUpdate()
    {
        await Write("counter", new Counter { Count = 0, ETag = "*" });
        const int Writers = 8;
        const int IncrementsEach = 10;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < IncrementsEach; i++)
            {
                while (true)
                {
                    var counter = await Read<Counter>("counter");
                    counter.Count++;
                    try
                    {
                        await Write("counter", counter);
                        break;
                    }
                    catch (Exception ex) when (IsConflict(ex))
                    {
                    }
                }
            }
        })));

        Assert.Equal(Writers * IncrementsEach, (await Read<Counter>("counter")).Count);
    }

    /// <summary>JSON as the engine writes it: date-like text stays text (the stores never turn text into dates).</summary>
    private static JObject Json(string json) =>
        (JObject)JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });

    /// <summary>
    /// Whether a stale write was refused as a conflict, as a store that checks eTags must; a last-writer-wins store
    /// must have let it through (false).
    /// </summary>
    private bool RefusedAsAConflict(Exception? refused)
    {
        if (DocumentsAreLastWriterWins)
        {
            Assert.Null(refused);
            return false;
        }

        Assert.NotNull(refused);
        Assert.True(IsConflict(refused));
        return true;
    }

    protected static T As<T>(object value) => value is T typed ? typed : ((JToken)value).ToObject<T>()!;

    protected static Activity NewConversation() => new(ActivityTypes.Message)
    {
        ChannelId = "test",
        Conversation = new ConversationAccount(id: $"conv-{Guid.NewGuid():N}"),
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
    };

    protected static TurnContext Turn(Activity activity) => new(new TestAdapter(), activity);

    protected Task Write(string key, object value) => Storage.WriteAsync(new Dictionary<string, object> { [key] = value });

    protected async Task<T> Read<T>(string key) => As<T>((await Storage.ReadAsync([key]))[key]);

    private async Task<(ConversationState State, TurnContext Context, IStatePropertyAccessor<int> Count)> LoadCount(Activity activity)
    {
        var state = new ConversationState(Storage);
        var context = Turn(activity);
        var count = state.CreateProperty<int>("count");
        await state.LoadAsync(context);
        return (state, context, count);
    }

    private async Task SaveCount(Activity activity, int value)
    {
        var (state, context, count) = await LoadCount(activity);
        await count.SetAsync(context, value);
        await state.SaveChangesAsync(context);
    }

    private async Task<int> StoredCount(Activity activity)
    {
        var (_, context, count) = await LoadCount(activity);
        return await count.GetAsync(context, () => -1);
    }

    public sealed class Counter : IStoreItem
    {
        public int Count { get; set; }

        public string? Name { get; set; }

        public string ETag { get; set; } = string.Empty;
    }

    public sealed class Note
    {
        public string? Text { get; set; }

        public List<string> Tags { get; set; } = [];
    }
}
