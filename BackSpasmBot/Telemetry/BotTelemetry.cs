using System.Diagnostics;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// The names operators find the bot's telemetry under, and its one <see cref="ActivitySource"/>. Spans and
/// measurements carry only the attributes named in <see cref="TelemetryTags"/>: never what a person typed, their id
/// or a conversation id (docs/operations.md).
/// </summary>
public static class BotTelemetry
{
    /// <summary>The Meter every bot metric is under.</summary>
    public const string MeterName = "BackSpasmBot";

    /// <summary>The ActivitySource every bot span comes from.</summary>
    public const string ActivitySourceName = "BackSpasmBot";

    /// <summary>Spans cost a null check when no tracer listens.</summary>
    public static ActivitySource Source { get; } = new(ActivitySourceName);
}
