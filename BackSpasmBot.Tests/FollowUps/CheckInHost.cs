using BackSpasmBot.FollowUps;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.FollowUps;

/// <summary>
/// A real host whose clock the test moves (check-ins are due on the injected TimeProvider, never on the wall clock),
/// with <c>FollowUp:Delay=00:00:02</c>, and helpers to book a check-in and wait for the sender's passes.
/// </summary>
internal sealed class CheckInHost : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private CheckInHost(BotTestHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public BotTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public FollowUpSender Sender => Host.Services.GetRequiredService<FollowUpSender>();

    public IFollowUpStore Store => Host.Services.GetRequiredService<IFollowUpStore>();

    /// <param name="clock">Shared by hosts that must agree on the time (two instances, or one before and after a restart).</param>
    /// <param name="settings">Storage settings and any others, as "--Key=Value".</param>
    public static async Task<CheckInHost> StartAsync(FakeTimeProvider clock, params string[] settings)
    {
        var host = await BotTestHost.StartAsync(
            builder => builder.Services.AddSingleton<TimeProvider>(clock),
            ["--FollowUp:Enabled=true", "--FollowUp:Delay=00:00:02", "--FollowUp:PollInterval=00:00:01", .. settings]);
        return new CheckInHost(host, clock);
    }

    public static FakeTimeProvider NewClock() => new(DateTimeOffset.UtcNow);

    /// <summary>
    /// Plays a quiet patient to the self-care outcome; returns that turn's replies (the outcome, then the offer). The
    /// patient is <see cref="QuietPatient"/> unless another opening and way of answering are given.
    /// </summary>
    public static async Task<IReadOnlyList<Activity>> ToOutcomeAsync(IChatDriver chat, string? opening = null, Func<IReadOnlyList<string>, string>? answerTo = null)
    {
        answerTo ??= QuietPatient.AnswerTo;
        await chat.JoinAsync();
        var replies = await chat.SayAsync(opening ?? QuietPatient.Opening);
        for (var turn = 0; turn < 40; turn++)
        {
            if (replies.Any(r => TriageData.Of(r)?.IsOutcome == true))
            {
                return replies;
            }

            var question = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
            replies = await chat.SayAsync(answerTo(TriageData.Of(question)!.Asks));
        }

        throw new InvalidOperationException("No outcome.");
    }

    /// <summary>
    /// Moves the clock by <paramref name="by"/> and waits until every sender given has made a pass that looked at the new time
    /// (a pass already under way at the old time does not count); returns how many those passes sent.
    /// </summary>
    public static async Task<int> AdvanceAndWaitAsync(FakeTimeProvider clock, TimeSpan by, params FollowUpSender[] senders)
    {
        var now = clock.GetUtcNow() + by;
        var passes = senders.Select(sender => PassAsOf(sender, now)).ToArray();
        clock.Advance(by);
        var sent = await Task.WhenAll(passes).WaitAsync(TimeSpan.FromSeconds(30));
        return sent.Sum();
    }

    /// <summary>How many the sender's first pass that looks at <paramref name="now"/> or later sends.</summary>
    public static Task<int> PassAsOf(FollowUpSender sender, DateTimeOffset now)
    {
        var pass = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnPass(object? _, FollowUpPass completed)
        {
            if (completed.AsOf < now)
            {
                return;
            }

            sender.PassCompleted -= OnPass;
            pass.TrySetResult(completed.Sent);
        }

        sender.PassCompleted += OnPass;
        return pass.Task;
    }

    /// <summary>Whether a message carries <c>channelData.triage.followUp = true</c>.</summary>
    public static bool IsFollowUp(Activity activity) =>
        activity.ChannelData is JObject data && data["triage"]?["followUp"]?.Value<bool>() == true;

    public static IReadOnlyList<string> Asks(IEnumerable<Activity> replies) =>
        replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true)?.Asks ?? [];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
