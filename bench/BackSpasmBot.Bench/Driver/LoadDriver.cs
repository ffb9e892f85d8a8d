using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace BackSpasmBot.Bench.Driver;

/// <summary>One measured run: how many conversations at once, for how long (or how many), and what they do.</summary>
/// <remarks>
/// <c>Duration</c>: New conversations start until this much time has passed; those under way finish.<br/>
/// <c>MaxConversations</c>: Stops starting conversations after this many, whatever the time.<br/>
/// <c>LongTurns</c>: When set, every conversation is a long one of this many messages.<br/>
/// </remarks>
public sealed record LoadPlan(int Concurrency, TimeSpan Duration, long MaxConversations = long.MaxValue, int? LongTurns = null, bool Echo = false, bool RecordLatencies = true);

/// <summary>Drives simulated patients over HTTP, with N conversations in flight at once, each turn after the last.</summary>
public sealed class LoadDriver(ChannelSink sink, HttpClient http)
{
    private readonly ChannelSink _sink = sink;
    private readonly HttpClient _http = http;

    /// <summary>A conversation that needs more turns than this has gone wrong (our triage needs about 25).</summary>
    private const int MaxTurnsPerTriage = 60;
    private const int EchoMessages = 10;
    private const int MaxErrorsPerRun = 50;
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static long _runs;

    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<LoadResult> RunAsync(Uri messagesUrl, LoadPlan plan, CancellationToken cancellationToken = default)
    {
        var run = new RunState(messagesUrl, plan, $"b{Interlocked.Increment(ref _runs)}x{Environment.ProcessId}");
        var lateBefore = _sink.LateMessages;
        var unknownBefore = _sink.UnknownConversation;
        var postsBefore = _sink.RequestCount;
        var started = Stopwatch.GetTimestamp();
        run.Deadline = started + (long)(plan.Duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, plan.Concurrency).Select(_ => Task.Run(() => WorkAsync(run, cancellationToken), cancellationToken)).ToArray();
        var latencies = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        // Replies that would arrive after their turn's response would show up here, so give stragglers a moment.
        await Task.Delay(100, cancellationToken);
        return new LoadResult(
            ConversationPrefix: run.Prefix,
            Turns: run.Turns,
            Conversations: run.Completed,
            Elapsed: elapsed,
            LatenciesMs: Merge(latencies),
            Outcomes: new Dictionary<string, long>(run.Outcomes),
            Errors: run.Errors,
            FirstError: run.FirstError,
            LateReplies: _sink.LateMessages - lateBefore + _sink.UnknownConversation - unknownBefore,
            RepliesChecked: run.RepliesChecked,
            ChannelPosts: _sink.RequestCount - postsBefore);
    }

    private async Task<List<long>> WorkAsync(RunState run, CancellationToken cancellationToken)
    {
        var latencies = new List<long>(run.Plan.RecordLatencies ? 4096 : 0);
        while (!cancellationToken.IsCancellationRequested && Stopwatch.GetTimestamp() < run.Deadline && Volatile.Read(ref run.Errors) < MaxErrorsPerRun)
        {
            var index = Interlocked.Increment(ref run.Started) - 1;
            if (index >= run.Plan.MaxConversations)
            {
                break;
            }

            var conversation = new Conversation(this, run, index, latencies);
            try
            {
                await conversation.PlayAsync(cancellationToken);
                Interlocked.Increment(ref run.Completed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref run.Errors);
                Interlocked.CompareExchange(ref run.FirstError, $"{ex.GetType().Name}: {ex.Message}", null);
            }
        }

        return latencies;
    }

    private static double[] Merge(List<long>[] perWorker)
    {
        var all = new double[perWorker.Sum(l => l.Count)];
        var i = 0;
        foreach (var list in perWorker)
        {
            foreach (var ticks in list)
            {
                all[i++] = ticks * 1000.0 / Stopwatch.Frequency;
            }
        }

        Array.Sort(all);
        return all;
    }

    private sealed class RunState(Uri messagesUrl, LoadPlan plan, string prefix)
    {
        public Uri MessagesUrl { get; } = messagesUrl;

        public LoadPlan Plan { get; } = plan;

        public string Prefix { get; } = prefix;

        public ConcurrentDictionary<string, long> Outcomes { get; } = new();

        public long Deadline;
        public long Started;
        public long Completed;
        public long Turns;
        public long Errors;
        public long RepliesChecked;
        public string? FirstError;
    }

    /// <summary>One simulated patient's conversation, played turn by turn.</summary>
    private sealed class Conversation(LoadDriver driver, RunState run, long index, List<long> latencies)
    {
        private readonly string _id = $"{run.Prefix}-{index}";
        private readonly string _user = $"u-{run.Prefix}-{index}";

        public async Task PlayAsync(CancellationToken cancellationToken)
        {
            var inbox = driver._sink.Open(_id);
            try
            {
                await TurnAsync(inbox, Activities.Join(_id, _user, driver._sink.ServiceUrl), expectReply: false, cancellationToken);
                if (run.Plan.Echo)
                {
                    await EchoAsync(inbox, cancellationToken);
                }
                else if (run.Plan.LongTurns is { } turns)
                {
                    await LongAsync(inbox, turns, cancellationToken);
                }
                else
                {
                    await TriageAsync(inbox, Patient.ForConversation(index), cancellationToken);
                }
            }
            finally
            {
                driver._sink.Close(_id);
            }
        }

        private async Task EchoAsync(ChannelSink.Inbox inbox, CancellationToken cancellationToken)
        {
            for (var i = 0; i < EchoMessages; i++)
            {
                var text = i == 0 ? Patient.SelfCareOpening : "no";
                var replies = await SayAsync(inbox, text, cancellationToken);
                if (!replies.Any(r => r.Text?.Contains(text, StringComparison.Ordinal) == true))
                {
                    throw new InvalidOperationException("The echo bot did not echo.");
                }
            }
        }

        private async Task TriageAsync(ChannelSink.Inbox inbox, Script script, CancellationToken cancellationToken)
        {
            var text = Patient.Opening(script);
            IReadOnlyList<string> asks = [];
            for (var turn = 0; turn < MaxTurnsPerTriage; turn++)
            {
                var replies = await SayAsync(inbox, text, cancellationToken);
                if (replies.FirstOrDefault(r => r.Disposition is not null) is { Disposition: { } disposition })
                {
                    run.Outcomes.AddOrUpdate(disposition, 1, (_, n) => n + 1);
                    return;
                }

                asks = LastAsks(replies) ?? throw new InvalidOperationException($"Neither a question nor an outcome at turn {turn + 1}: {string.Join(" | ", replies.Select(r => r.Text))}");
                text = Patient.Answer(asks, script);
            }

            throw new InvalidOperationException($"No outcome after {MaxTurnsPerTriage} answers (last asks: {string.Join(",", asks)}).");
        }

        /// <summary>Full self-care triages back to back: "help" every ninth message, "restart" after each outcome.</summary>
        private async Task LongAsync(ChannelSink.Inbox inbox, int messages, CancellationToken cancellationToken)
        {
            var text = Patient.SelfCareOpening;
            IReadOnlyList<string> asks = [];
            for (var turn = 1; turn <= messages; turn++)
            {
                var replies = await SayAsync(inbox, text, cancellationToken);
                if (replies.FirstOrDefault(r => r.Disposition is not null) is { Disposition: { } disposition })
                {
                    run.Outcomes.AddOrUpdate(disposition, 1, (_, n) => n + 1);
                    text = "restart";
                    continue;
                }

                // After "restart" the opening comes next; after "help" the question stands, so its asks are kept.
                asks = LastAsks(replies) ?? asks;
                text = text == "restart" ? Patient.SelfCareOpening
                    : turn % 9 == 4 ? "help"
                    : Patient.Answer(asks, Script.SelfCare);
            }
        }

        private static IReadOnlyList<string>? LastAsks(List<Reply> replies) =>
            replies.LastOrDefault(r => r.Asks is { Count: > 0 }).Asks;

        private async Task<List<Reply>> SayAsync(ChannelSink.Inbox inbox, string text, CancellationToken cancellationToken) =>
            await TurnAsync(inbox, Activities.Message(_id, _user, driver._sink.ServiceUrl, text), expectReply: true, cancellationToken);

        private async Task<List<Reply>> TurnAsync(ChannelSink.Inbox inbox, byte[] body, bool expectReply, CancellationToken cancellationToken)
        {
            inbox.BeginTurn();
            var started = Stopwatch.GetTimestamp();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await driver._http.PostAsync(run.MessagesUrl, content, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var elapsed = Stopwatch.GetTimestamp() - started;
            var replies = inbox.EndTurn();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST /api/messages answered {(int)response.StatusCode}.");
            }

            Interlocked.Increment(ref run.Turns);
            if (run.Plan.RecordLatencies)
            {
                latencies.Add(elapsed);
            }

            if (expectReply)
            {
                // Every message gets an answer, and it must have reached the channel before the HTTP response did.
                if (!replies.Any(r => r.Type == "message"))
                {
                    throw new InvalidOperationException("No reply had reached the channel when the turn's HTTP response arrived.");
                }

                Interlocked.Increment(ref run.RepliesChecked);
            }

            return replies;
        }
    }
}

/// <summary>What one run measured on the driver's side.</summary>
/// <remarks>
/// <c>LatenciesMs</c>: Each turn's time from POST to its HTTP response, sorted.<br/>
/// <c>LateReplies</c>: Replies that reached the channel after their turn's response (should be none).<br/>
/// <c>RepliesChecked</c>: Message turns whose reply was checked to have arrived before the response.<br/>
/// <c>ConversationPrefix</c>: Every conversation id of the run starts with this and a dash.<br/>
/// <c>ChannelPosts</c>: HTTP posts the bot made to the channel during the run (one per activity sent: replies, typing).<br/>
/// </remarks>
public sealed record LoadResult(
    string ConversationPrefix,
    long Turns,
    long Conversations,
    TimeSpan Elapsed,
    double[] LatenciesMs,
    IReadOnlyDictionary<string, long> Outcomes,
    long Errors,
    string? FirstError,
    long LateReplies,
    long RepliesChecked,
    long ChannelPosts = 0)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double ConversationsPerSecond => Conversations / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1;
        return LatenciesMs[Math.Clamp(rank, 0, LatenciesMs.Length - 1)];
    }
}
