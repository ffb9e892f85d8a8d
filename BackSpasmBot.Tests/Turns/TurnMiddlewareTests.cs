using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Storage;
using BackSpasmBot.Turns;
using BackSpasmBot.Triage.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BackSpasmBot.Tests.Turns;

/// <summary>
/// The two middleware that keep one conversation's turns from overwriting each other: the per-conversation lock
/// (within an instance) and save-before-send with retry on eTag conflicts (across instances).
/// </summary>
public sealed class TurnMiddlewareTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backspasmbot-turns-");

    [Fact]
    public async Task TurnsOfOneConversationNeverOverlapAndLeaveNoLockBehind()
    {
        var turnLock = new ConversationTurnLock();
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => turnLock.OnTurnAsync(Turn("conv-1"), async ct =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Delay(2, ct);
            Interlocked.Decrement(ref inside);
        }))));

        Assert.Equal(1, most);
        Assert.Equal(0, turnLock.ActiveConversations);
    }

    [Fact]
    public async Task DifferentConversationsDoNotWaitForEachOther()
    {
        var turnLock = new ConversationTurnLock();
        var release = new TaskCompletionSource();
        var slow = turnLock.OnTurnAsync(Turn("slow"), _ => release.Task);

        var other = turnLock.OnTurnAsync(Turn("other"), _ => Task.CompletedTask);

        // Nothing of the other conversation's turn waits: it has finished before the slow one is released.
        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(slow.IsCompleted);
        release.SetResult();
        await slow;
        Assert.Equal(0, turnLock.ActiveConversations);
    }

    [Fact]
    public async Task AWaitingTurnThatIsCancelledLeavesNoLockBehind()
    {
        var turnLock = new ConversationTurnLock();
        var release = new TaskCompletionSource();
        var first = turnLock.OnTurnAsync(Turn("conv"), _ => release.Task);
        using var cancel = new CancellationTokenSource();
        var waiting = turnLock.OnTurnAsync(Turn("conv"), _ => Task.CompletedTask, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult();
        await first;
        Assert.Equal(0, turnLock.ActiveConversations);
    }

    [Fact]
    public async Task ATurnThatLostARaceWithAnotherInstanceRunsAgainOnItsAnswerAndRepliesOnce()
    {
        var storage = new SqliteStorage(Path.Combine(_folder.FullName, "state.db"), TimeSpan.FromHours(1), TimeProvider.System);
        var state = new ConversationState(storage);
        var count = state.CreateProperty<int>("count");
        var otherInstanceAnswered = false;
        var adapter = NewAdapter(state);

        await adapter.ProcessActivityAsync(Message("conv"), async (turn, ct) =>
        {
            var value = await count.GetAsync(turn, () => 0, ct);
            await turn.SendActivityAsync($"count is {value + 1}", cancellationToken: ct);
            if (!otherInstanceAnswered)
            {
                otherInstanceAnswered = true;
                await SaveOnAnotherInstance(storage, turn.Activity, 10);
            }

            await count.SetAsync(turn, value + 1, ct);
            await state.SaveChangesAsync(turn, false, ct);
        });

        Assert.Equal(["count is 11"], Replies(adapter));
        Assert.Equal(11, await StoredCount(storage, Message("conv")));
    }

    [Fact]
    public async Task AConversationThatKeepsChangingElsewhereFailsTheTurnWithoutSendingItsStaleReplies()
    {
        var storage = new SqliteStorage(Path.Combine(_folder.FullName, "state.db"), TimeSpan.FromHours(1), TimeProvider.System);
        var state = new ConversationState(storage);
        var count = state.CreateProperty<int>("count");
        var adapter = NewAdapter(state);
        Exception? turnError = null;
        adapter.OnTurnError = (turn, ex) =>
        {
            turnError = ex;
            return turn.SendActivityAsync("error message");
        };
        var attempts = 0;

        await adapter.ProcessActivityAsync(Message("conv"), async (turn, ct) =>
        {
            attempts++;
            var value = await count.GetAsync(turn, () => 0, ct);
            await turn.SendActivityAsync("stale reply", cancellationToken: ct);
            await SaveOnAnotherInstance(storage, turn.Activity, 100 + attempts);
            await count.SetAsync(turn, value + 1, ct);
            await state.SaveChangesAsync(turn, false, ct);
        });

        Assert.Equal(SaveBeforeSendMiddleware.MaxAttempts, attempts);
        Assert.IsType<StorageConflictException>(turnError);
        Assert.Equal(["error message"], Replies(adapter));
    }

    /// <summary>Conversation state on a store that reads nothing and fails every write, as Redis down would.</summary>
    private static (ConversationState State, TestAdapter Adapter) WithAStoreThatCannotWrite()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, object>());
        storage.Setup(s => s.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StorageUnavailableException("Redis", new TimeoutException()));
        var state = new ConversationState(storage.Object);
        var adapter = NewAdapter(state);
        adapter.OnTurnError = (turn, _) => turn.SendActivityAsync("error message");
        return (state, adapter);
    }

    [Fact]
    public async Task WhenTheStoreFailsTheOutcomeAlreadyComposedIsStillSentButNotTheNextQuestion()
    {
        var (state, adapter) = WithAStoreThatCannotWrite();

        await adapter.ProcessActivityAsync(Message("conv"), async (turn, ct) =>
        {
            await state.CreateProperty<int>("count").SetAsync(turn, 1, ct);
            await turn.SendActivityAsync(TriageActivities.Asking("Any numbness?", ["saddle_numbness"]), ct);
            var outcome = TriageActivities.Outcome(new OutcomeMessage(Disposition.Emergency, ["saddle_numbness"], [], "call 999 now", Wording.ContentVersion));
            TurnMarks.MarkUrgent(turn, outcome);
            await turn.SendActivityAsync(outcome, ct);
            await turn.SendActivityAsync(TriageActivities.Asking("Anything else?", ["fever"]), ct);
            await state.SaveChangesAsync(turn, false, ct);
        });

        Assert.Equal(["call 999 now", "error message"], Replies(adapter));
    }

    [Fact]
    public async Task WhenTheStoreFailsOnlyRepliesMarkedUrgentAreSentWhateverTheirChannelDataSays()
    {
        var (state, adapter) = WithAStoreThatCannotWrite();

        await adapter.ProcessActivityAsync(Message("conv"), async (turn, ct) =>
        {
            await state.CreateProperty<int>("count").SetAsync(turn, 1, ct);
            await turn.SendActivityAsync(TriageActivities.Outcome(new OutcomeMessage(Disposition.Gp, [], [], "unmarked outcome", Wording.ContentVersion)), ct);
            var plain = MessageFactory.Text("marked plain text");
            TurnMarks.MarkUrgent(turn, plain);
            await turn.SendActivityAsync(plain, ct);
            await state.SaveChangesAsync(turn, false, ct);
        });

        Assert.Equal(["marked plain text", "error message"], Replies(adapter));
    }

    [Fact]
    public async Task AForgetMeWhoseRepliesCannotBeDeliveredIsNeverUndone()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var adapter = NewAdapter(state);
        adapter.OnTurnError = (_, _) => Task.CompletedTask;
        await adapter.ProcessActivityAsync(Message("conv"), (turn, ct) => Count(state, turn, ct));

        await adapter.ProcessActivityAsync(Message("conv"), async (turn, ct) =>
        {
            turn.OnSendActivities((_, _, _) => throw new HttpRequestException("channel down"));
            TurnMarks.MarkErased(turn);
            await state.DeleteAsync(turn, ct);
            await turn.SendActivityAsync("forgotten", cancellationToken: ct);
        });

        Assert.Equal(-1, await StoredCount(storage, Message("conv")));
    }

    [Fact]
    public async Task WhenTheRepliesCannotBeDeliveredTheSavedStateIsPutBackAsItWasBeforeTheTurn()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var adapter = NewAdapter(state);
        Exception? turnError = null;
        adapter.OnTurnError = (_, ex) => Task.FromResult(turnError = ex);
        await adapter.ProcessActivityAsync(Message("conv"), (turn, ct) => Count(state, turn, ct));
        Assert.Equal(1, await StoredCount(storage, Message("conv")));

        await adapter.ProcessActivityAsync(Message("conv"), async (turn, ct) =>
        {
            turn.OnSendActivities((_, _, _) => throw new HttpRequestException("channel down"));
            await Count(state, turn, ct);
        });

        Assert.IsType<RepliesNotDeliveredException>(turnError);
        Assert.Equal(1, await StoredCount(storage, Message("conv")));
        await adapter.ProcessActivityAsync(Message("conv"), (turn, ct) => Count(state, turn, ct));
        Assert.Equal(2, await StoredCount(storage, Message("conv")));
    }

    /// <summary>A turn that counts its conversation's messages, says the count and saves.</summary>
    private static async Task Count(ConversationState state, ITurnContext turn, CancellationToken ct)
    {
        var count = state.CreateProperty<int>("count");
        var next = await count.GetAsync(turn, () => 0, ct) + 1;
        await count.SetAsync(turn, next, ct);
        await turn.SendActivityAsync($"message {next}", cancellationToken: ct);
        await state.SaveChangesAsync(turn, false, ct);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static TestAdapter NewAdapter(ConversationState state)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("conv"));
        adapter.Use(new ConversationTurnLock());
        adapter.Use(new SaveBeforeSendMiddleware(state, NullLogger<SaveBeforeSendMiddleware>.Instance));
        return adapter;
    }

    /// <summary>Another instance of the bot runs a turn of the same conversation and saves first.</summary>
    private static async Task SaveOnAnotherInstance(IStorage storage, IActivity activity, int value)
    {
        var other = new ConversationState(storage);
        var context = new TurnContext(new TestAdapter(), (Activity)activity);
        await other.CreateProperty<int>("count").SetAsync(context, value);
        await other.SaveChangesAsync(context);
    }

    private static async Task<int> StoredCount(IStorage storage, Activity activity)
    {
        var state = new ConversationState(storage);
        var context = new TurnContext(new TestAdapter(), activity);
        return await state.CreateProperty<int>("count").GetAsync(context, () => -1);
    }

    private static List<string> Replies(TestAdapter adapter)
    {
        var replies = new List<string>();
        while (adapter.ActiveQueue.Count > 0)
        {
            replies.Add(adapter.ActiveQueue.Dequeue().Text);
        }

        return replies;
    }

    private static Activity Message(string conversationId) => new(ActivityTypes.Message)
    {
        Text = "hello",
        ChannelId = "test",
        ServiceUrl = "https://test.invalid",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
    };

    private static TurnContext Turn(string conversationId) => new(new TestAdapter(), Message(conversationId));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
