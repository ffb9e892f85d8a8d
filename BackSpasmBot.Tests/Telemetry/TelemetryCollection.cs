namespace BackSpasmBot.Tests.Telemetry;

/// <summary>
/// Tests that read the bot's metrics and spans run one class at a time and not beside the rest of the suite: every
/// host in the test process uses the same Meter and ActivitySource names, so a listener would also hear other tests'
/// hosts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
