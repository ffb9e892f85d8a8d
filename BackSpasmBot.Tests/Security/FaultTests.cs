using System.Net;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Storage;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using Xunit.Abstractions;

namespace BackSpasmBot.Tests.Security;

/// <summary>
/// Faults injected at the two seams a turn depends on, over the real HTTP endpoint: the conversation store (a Moq
/// store in front of a real one, failing on demand) and the channel's connector (the sink refusing replies). The
/// person gets a safe message when one can be delivered, a turn is never half-applied (the answer is taken again,
/// exactly once, when the fault has passed), and the host keeps serving.
/// </summary>
public sealed class FaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FaultyStore _store = new();
    private readonly CapturingLoggerProvider _logs = new();
    private ChannelSink? _sink;
    private BotTestHost? _host;

    private ChannelSink Sink => _sink!;

    private BotTestHost Host => _host!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _host = await BotTestHost.StartAsync(builder =>
        {
            builder.Services.AddSingleton(_store.Object);
            builder.Logging.AddProvider(_logs);
        });
    }

    public async Task DisposeAsync()
    {
        output.WriteLine($"faults injected: store {_store.FaultsInjected}, refused deliveries {Sink.RefusedCount}");
        await Host.DisposeAsync();
        await Sink.DisposeAsync();
    }

    [Theory]
    [InlineData("write")]
    [InlineData("read")]
    public async Task WhenTheStoreFailsThePersonIsAskedToSendTheMessageAgainAndItIsThenTakenOnce(string failing)
    {
        var (chat, expectedNext) = await TwoConversationsAtTheFirstQuestionAsync();

        _store.FailReads = failing == "read";
        _store.FailWrites = failing == "write";
        var duringFault = await chat.SayAsync("no");
        _store.FailReads = _store.FailWrites = false;
        var afterFault = await chat.SayAsync("no");

        AssertOnlyTheStoreMessage(duringFault);
        Assert.Equal(expectedNext, Asks(afterFault));
        Assert.True(_store.FaultsInjected > 0);
    }

    [Fact]
    public async Task ARedFlagAnswerStillGetsItsEmergencyAdviceWhenTheStoreCannotSaveIt()
    {
        var chat = new HttpConversation(Host, Sink);
        await chat.JoinAsync();
        await chat.SayAsync("my back has gone into spasm");

        _store.FailWrites = true;
        var replies = await chat.SayAsync("I wet myself without noticing and my bottom feels numb");
        _store.FailWrites = false;

        var outcome = TriageData.Of(Assert.Single(replies, r => TriageData.Of(r)?.IsOutcome == true));
        Assert.Equal("emergency", outcome!.Disposition);
        Assert.Contains(replies, r => r.Text?.StartsWith(StoreDownSentence, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WhenTheChannelRefusesTheRepliesTheAnswerIsUndoneAndTakenOnceTheChannelIsBack()
    {
        var (chat, expectedNext) = await TwoConversationsAtTheFirstQuestionAsync();

        Sink.FailWith = (int)HttpStatusCode.ServiceUnavailable;
        using var duringFault = await chat.PostAsync(new Activity(ActivityTypes.Message) { Text = "no" });
        Sink.FailWith = null;
        var afterFault = await chat.SayAsync("no");

        Assert.True((int)duringFault.StatusCode < 500, $"The refused delivery became {(int)duringFault.StatusCode}.");
        Assert.Empty(Sink.Take(chat.ConversationId));
        Assert.Equal(expectedNext, Asks(afterFault));
    }

    [Fact]
    public async Task AForgetMeWhoseConfirmationCannotBeDeliveredIsNeverUndone()
    {
        var (chat, _) = await TwoConversationsAtTheFirstQuestionAsync();
        Assert.NotEmpty(await _store.StoredAsync(chat.ConversationId));

        Sink.FailWith = (int)HttpStatusCode.ServiceUnavailable;
        using var duringFault = await chat.PostAsync(new Activity(ActivityTypes.Message) { Text = "forget me" });
        Sink.FailWith = null;

        Assert.True((int)duringFault.StatusCode < 500);
        Assert.Empty(await _store.StoredAsync(chat.ConversationId));
    }

    [Fact]
    public async Task AStoreFailingInAnUnexpectedWayStillGetsASafeMessageAndTheHostKeepsServing()
    {
        var chat = new HttpConversation(Host, Sink);
        await chat.JoinAsync();
        await chat.SayAsync("my back has gone into spasm");

        _store.FailWritesWith = () => new InvalidOperationException("disk says no");
        var replies = await chat.SayAsync("no");
        _store.FailWritesWith = null;

        var message = Assert.Single(replies);
        Assert.StartsWith("Sorry, something went wrong on my side and I lost my place.", message.Text, StringComparison.Ordinal);
        Assert.Contains("call 999", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("type \"restart\" and we'll start again.", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.AllText.Contains("disk says no", StringComparison.Ordinal));
        using var health = await Host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var restarted = await chat.SayAsync("my back has gone into spasm again");
        Assert.Contains(restarted, r => TriageData.Of(r)?.IsQuestion == true);
    }

    [Fact]
    public async Task InASpanishConversationTheFaultMessageIsInSpanishWithTheEmergencyNumber()
    {
        // No locale: the first message chose Spanish, and the conversation keeps it.
        var chat = new HttpConversation(Host, Sink);
        await chat.JoinAsync();
        await chat.SayAsync("me duele mucho la espalda desde ayer");

        _store.FailWritesWith = () => new InvalidOperationException("disk says no");
        var replies = await chat.SayAsync("no");
        _store.FailWritesWith = null;

        var message = Assert.Single(replies);
        Assert.StartsWith(Spanish.Message("turn_failed").Split('{')[0], message.Text, StringComparison.Ordinal);
        Assert.Contains("llama ahora al 999", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("escribe \"empezar de nuevo\" y volvemos a empezar.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheStoreCannotBeReadASpanishLocaleStillGetsTheStoreMessageInSpanish()
    {
        var chat = new HttpConversation(Host, Sink, locale: "es-MX");
        await chat.JoinAsync();
        await chat.SayAsync("me duele la espalda");

        _store.FailReads = true;
        var replies = await chat.SayAsync("no");
        _store.FailReads = false;

        var message = Assert.Single(replies);
        Assert.StartsWith(Spanish.Message("store_unavailable").Split('{')[0], message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(StoreDownSentence, message.Text, StringComparison.Ordinal);
    }

    /// <summary>A conversation at its first question, and the question a twin conversation is asked after answering "no".</summary>
    private async Task<(HttpConversation Chat, IReadOnlyList<string> ExpectedNext)> TwoConversationsAtTheFirstQuestionAsync()
    {
        var twin = new HttpConversation(Host, Sink);
        var chat = new HttpConversation(Host, Sink);
        foreach (var conversation in new[] { twin, chat })
        {
            await conversation.JoinAsync();
            Assert.NotEmpty(Asks(await conversation.SayAsync("my lower back keeps going into spasm")));
        }

        var expectedNext = Asks(await twin.SayAsync("no"));
        Assert.NotEmpty(expectedNext);
        return (chat, expectedNext);
    }

    private static List<string> Asks(IEnumerable<Activity> replies) =>
        [.. replies.Select(TriageData.Of).OfType<TriageData>().Where(t => t.IsQuestion).SelectMany(t => t.Asks)];

    /// <summary>How the store-down message starts: the one of the three turn-error messages that says nothing was lost.</summary>
    private static readonly LanguageContent Spanish = ClinicalContent.Default.Language("es");

    private const string StoreDownSentence = "Sorry, I can't reach my memory right now, so I couldn't take in your last message.";

    private static void AssertOnlyTheStoreMessage(IReadOnlyList<Activity> replies)
    {
        var message = Assert.Single(replies);
        Assert.Null(TriageData.Of(message));
        Assert.StartsWith(StoreDownSentence, message.Text, StringComparison.Ordinal);
        Assert.Contains("call 999", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("please send your last message again in a minute: your earlier answers are kept.", message.Text, StringComparison.Ordinal);
    }

    /// <summary>A Moq store in front of the SDK's memory store that fails reads or writes while told to.</summary>
    private sealed class FaultyStore
    {
        private readonly MemoryStorage _real = new();
        private int _faults;

        public FaultyStore()
        {
            Mock.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
                .Returns((string[] keys, CancellationToken ct) => FailReads ? Task.FromException<IDictionary<string, object>>(Fault(null)) : _real.ReadAsync(keys, ct));
            Mock.Setup(s => s.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
                .Returns((IDictionary<string, object> changes, CancellationToken ct) => FailWrites || FailWritesWith is not null ? Task.FromException(Fault(FailWritesWith)) : _real.WriteAsync(changes, ct));
            Mock.Setup(s => s.DeleteAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
                .Returns((string[] keys, CancellationToken ct) => FailWrites || FailWritesWith is not null ? Task.FromException(Fault(FailWritesWith)) : _real.DeleteAsync(keys, ct));
        }

        public Mock<IStorage> Mock { get; } = new(MockBehavior.Strict);

        public IStorage Object => Mock.Object;

        public bool FailReads { get; set; }

        public bool FailWrites { get; set; }

        /// <summary>When set, writes fail with this exception instead of the stores' "unavailable" one.</summary>
        public Func<Exception>? FailWritesWith { get; set; }

        public int FaultsInjected => _faults;

        /// <summary>What the real store holds for a one-to-one emulator conversation, read past the fault switch.</summary>
        public async Task<IDictionary<string, object>> StoredAsync(string conversationId) =>
            await _real.ReadAsync([$"emulator/conversations/{conversationId}"], CancellationToken.None);

        private Exception Fault(Func<Exception>? unexpected)
        {
            Interlocked.Increment(ref _faults);
            return unexpected?.Invoke() ?? new StorageUnavailableException("Test", new TimeoutException());
        }
    }
}
