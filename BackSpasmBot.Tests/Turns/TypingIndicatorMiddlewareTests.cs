using BackSpasmBot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackSpasmBot.Tests.Turns;

/// <summary>
/// "typing…" on a slow turn, on a clock the test moves (<see cref="FakeTimeProvider"/>), so no test waits on real time.
/// The end-to-end check over HTTP with a slow store is <c>Hosting.TypingIndicatorTests</c>.
/// </summary>
public sealed class TypingIndicatorMiddlewareTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task ASlowTurnShowsTypingAfterTheDelayAndAgainEachPeriodUntilItAnswers()
    {
        var adapter = NewAdapter();
        var counts = new List<int>();

        await adapter.ProcessActivityAsync(Message(), async (turn, ct) =>
        {
            _clock.Advance(TypingIndicatorMiddleware.Delay - TimeSpan.FromMilliseconds(1));
            counts.Add(Typings(adapter));
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            counts.Add(Typings(adapter));
            _clock.Advance(TypingIndicatorMiddleware.Period);
            counts.Add(Typings(adapter));
            await turn.SendActivityAsync("an answer", cancellationToken: ct);
            _clock.Advance(TypingIndicatorMiddleware.Period * 3);
            counts.Add(Typings(adapter));
        });

        Assert.Equal([0, 1, 2, 2], counts);
        Assert.Equal(ActivityTypes.Message, adapter.ActiveQueue.Last().Type);
    }

    [Fact]
    public async Task AFastTurnShowsNoTypingAndNoneComesAfterTheTurnEnds()
    {
        var adapter = NewAdapter();

        await adapter.ProcessActivityAsync(Message(), (turn, ct) => turn.SendActivityAsync("an answer", cancellationToken: ct));
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, Typings(adapter));
        Assert.Single(adapter.ActiveQueue);
    }

    [Fact]
    public async Task ATurnThatIsNotAMessageShowsNoTyping()
    {
        var adapter = NewAdapter();
        var update = Message();
        update.Type = ActivityTypes.ConversationUpdate;

        await adapter.ProcessActivityAsync(update, (turn, ct) =>
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            return Task.CompletedTask;
        });

        Assert.Equal(0, Typings(adapter));
    }

    [Fact]
    public async Task AChannelThatRefusesTheIndicatorDoesNotStopTheTurn()
    {
        var adapter = new RefusingTypingAdapter();
        adapter.Use(new TypingIndicatorMiddleware(_clock, NullLogger<TypingIndicatorMiddleware>.Instance));
        var answered = false;

        await adapter.ProcessActivityAsync(Message(), async (turn, ct) =>
        {
            _clock.Advance(TypingIndicatorMiddleware.Delay + TypingIndicatorMiddleware.Period);
            await turn.SendActivityAsync("an answer", cancellationToken: ct);
            answered = true;
        });

        Assert.True(answered);
        Assert.Equal(2, adapter.Refused);
        Assert.Equal(ActivityTypes.Message, Assert.Single(adapter.ActiveQueue).Type);
    }

    private TestAdapter NewAdapter()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("typing"));
        adapter.Use(new TypingIndicatorMiddleware(_clock, NullLogger<TypingIndicatorMiddleware>.Instance));
        return adapter;
    }

    private static Activity Message() => (Activity)MessageFactory.Text("my back hurts");

    private static int Typings(TestAdapter adapter) => adapter.ActiveQueue.Count(a => a.Type == ActivityTypes.Typing);

    /// <summary>The seam for the fault: a channel whose connector fails every typing activity.</summary>
    private sealed class RefusingTypingAdapter() : TestAdapter(CreateConversation("typing-refused"))
    {
        public int Refused { get; private set; }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            if (Array.Exists(activities, a => a.Type == ActivityTypes.Typing))
            {
                Refused++;
                throw new HttpRequestException("connector refused");
            }

            return base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        }
    }
}
