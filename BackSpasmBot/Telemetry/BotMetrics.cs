using System.Diagnostics.Metrics;
using BackSpasmBot.Clinical;
using BackSpasmBot.DirectLine;
using BackSpasmBot.Triage.Conversation;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// The bot's instruments, under the <see cref="BotTelemetry.MeterName"/> Meter (docs/operations.md says what each
/// means). System.Diagnostics.Metrics instruments cost a flag check when no exporter listens, so the turn path pays
/// nothing for them unless an operator turns an exporter on. Attribute values come from fixed lists or from the
/// clinical content's ids (<see cref="TelemetryTags"/>), never from what a person sent.
/// </summary>
public sealed class BotMetrics
{
    private static readonly InstrumentAdvice<double> TurnSeconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    };

    private static readonly InstrumentAdvice<double> StoreSeconds = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    };

    private static readonly InstrumentAdvice<int> QuestionCounts = new()
    {
        HistogramBucketBoundaries = [0, 2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40],
    };

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _started;
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _escalations;
    private readonly Histogram<int> _questionsPerTriage;
    private readonly Counter<long> _abandoned;
    private readonly Counter<long> _clarifying;
    private readonly Histogram<double> _storeDuration;
    private readonly Counter<long> _storeErrors;
    private readonly Counter<long> _connectorFailures;
    private readonly UpDownCounter<long> _directLineSockets;

    public BotMetrics(IMeterFactory meterFactory, DirectLineConversations directLineConversations)
    {
        var meter = meterFactory.Create(BotTelemetry.MeterName);
        _turns = meter.CreateCounter<long>("backspasmbot.turns", "{turn}", "Turns handled, by channel and activity type; error.type is set on turns that failed.");
        _turnDuration = meter.CreateHistogram("backspasmbot.turn.duration", "s", "How long a turn took, from the activity reaching the bot to its replies being sent.", advice: TurnSeconds);
        _started = meter.CreateCounter<long>("backspasmbot.triage.started", "{triage}", "Triages started: the person gave their own account of their back.");
        _outcomes = meter.CreateCounter<long>("backspasmbot.triage.outcomes", "{outcome}", "Outcomes given, by disposition, channel and region.");
        _escalations = meter.CreateCounter<long>("backspasmbot.triage.escalations", "{finding}", "Red-flag findings behind urgent and emergency outcomes, one count per finding id.");
        _questionsPerTriage = meter.CreateHistogram("backspasmbot.triage.questions", "{question}", "Questions asked in a triage, recorded at its first outcome.", advice: QuestionCounts);
        _abandoned = meter.CreateCounter<long>("backspasmbot.triage.abandoned", "{triage}", "Triages started that ended with no outcome: idle until their state expired, or left by restart, cancel or forget me.");
        _clarifying = meter.CreateCounter<long>("backspasmbot.triage.clarifying_questions", "{question}", "Clarifying questions asked about words that could be a red flag.");
        _storeDuration = meter.CreateHistogram("backspasmbot.store.duration", "s", "Conversation store calls, by operation and provider; error.type is set on calls that failed.", advice: StoreSeconds);
        _storeErrors = meter.CreateCounter<long>("backspasmbot.store.errors", "{error}", "Conversation store calls that failed, by operation, provider and error type.");
        _connectorFailures = meter.CreateCounter<long>("backspasmbot.connector.failures", "{failure}", "Replies the Bot Framework connector could not deliver, by channel and error type.");
        _directLineSockets = meter.CreateUpDownCounter<long>("backspasmbot.directline.sockets", "{socket}", "Built-in Direct Line WebSocket streams open now.");
        meter.CreateObservableUpDownCounter("backspasmbot.directline.conversations", () => (long)directLineConversations.Count, "{conversation}", "Built-in Direct Line conversations held now (started or waiting for their first activity).");
    }

    /// <summary>Whether anything listens for the turn count or duration.</summary>
    public bool MeasuresTurns => _turns.Enabled || _turnDuration.Enabled;

    /// <summary>Whether anything listens for store latency or errors.</summary>
    public bool MeasuresStore => _storeDuration.Enabled || _storeErrors.Enabled;

    /// <summary>Whether anything listens for abandoned triages (so that they need tracking at all).</summary>
    public bool TracksAbandonment => _abandoned.Enabled;

    public void TurnEnded(string channel, string activityType, TimeSpan duration, string? errorType)
    {
        if (errorType is null)
        {
            _turns.Add(1, new(TelemetryTags.Channel, channel), new(TelemetryTags.ActivityType, activityType));
            _turnDuration.Record(duration.TotalSeconds, new(TelemetryTags.Channel, channel), new(TelemetryTags.ActivityType, activityType));
            return;
        }

        _turns.Add(1, new(TelemetryTags.Channel, channel), new(TelemetryTags.ActivityType, activityType), new(TelemetryTags.ErrorType, errorType));
        _turnDuration.Record(duration.TotalSeconds, new(TelemetryTags.Channel, channel), new(TelemetryTags.ActivityType, activityType), new(TelemetryTags.ErrorType, errorType));
    }

    public void TriageStarted(string channel) => _started.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Channel, channel));

    public void OutcomeGiven(Disposition disposition, string channel, string region, bool early, bool first, IReadOnlyList<string> findings, int questionsAsked)
    {
        // The id channels read in channelData.triage.disposition.
        var name = TriageActivities.DispositionId(disposition);
        _outcomes.Add(
            1,
            new(TelemetryTags.Disposition, name),
            new(TelemetryTags.Channel, channel),
            new(TelemetryTags.Region, region),
            new(TelemetryTags.Early, early),
            new(TelemetryTags.First, first));
        if (disposition >= Disposition.Urgent)
        {
            foreach (var finding in findings)
            {
                _escalations.Add(1, new(TelemetryTags.Finding, finding), new(TelemetryTags.Disposition, name));
            }
        }

        if (first)
        {
            _questionsPerTriage.Record(questionsAsked, new(TelemetryTags.Disposition, name), new(TelemetryTags.Channel, channel));
        }
    }

    public void TriageAbandoned(string channel, string reason) =>
        _abandoned.Add(1, new(TelemetryTags.Channel, channel), new(TelemetryTags.Reason, reason));

    public void ClarifyingQuestionAsked(string channel) => _clarifying.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Channel, channel));

    public void StoreCalled(string operation, string provider, TimeSpan duration, string? errorType)
    {
        if (errorType is null)
        {
            _storeDuration.Record(duration.TotalSeconds, new(TelemetryTags.Operation, operation), new(TelemetryTags.Provider, provider));
            return;
        }

        _storeDuration.Record(duration.TotalSeconds, new(TelemetryTags.Operation, operation), new(TelemetryTags.Provider, provider), new(TelemetryTags.ErrorType, errorType));
        _storeErrors.Add(1, new(TelemetryTags.Operation, operation), new(TelemetryTags.Provider, provider), new(TelemetryTags.ErrorType, errorType));
    }

    public void ConnectorFailed(string channel, string errorType) =>
        _connectorFailures.Add(1, new(TelemetryTags.Channel, channel), new(TelemetryTags.ErrorType, errorType));

    /// <summary>Counts a Direct Line WebSocket as open until the returned value is disposed.</summary>
    public OpenSocket DirectLineSocketOpened()
    {
        _directLineSockets.Add(1);
        return new OpenSocket(_directLineSockets);
    }

    /// <summary>An open socket, counted down once when disposed.</summary>
    public sealed class OpenSocket(UpDownCounter<long> sockets) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                sockets.Add(-1);
            }
        }
    }
}
