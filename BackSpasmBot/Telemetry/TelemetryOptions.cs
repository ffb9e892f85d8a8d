namespace BackSpasmBot.Telemetry;

/// <summary>
/// The <c>Telemetry</c> section: where metrics and traces go. Both exporters are off by default; the instruments
/// then cost next to nothing (docs/operations.md).
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public OtlpOptions Otlp { get; set; } = new();

    public PrometheusOptions Prometheus { get; set; } = new();

    /// <summary>
    /// The secret behind the conversation hash on turn spans (<see cref="ConversationCorrelation"/>). Empty: random per
    /// process. Set the same value on every instance so a conversation's turns correlate across them; keep it secret.
    /// </summary>
    public string? CorrelationSalt { get; set; }

    /// <summary>Whether metrics or traces are exported anywhere.</summary>
    public bool AnyExporter => Otlp.IsConfigured || Prometheus.Enabled;

    public IEnumerable<string> Problems()
    {
        if (Otlp.IsConfigured && (!Uri.TryCreate(Otlp.Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            yield return $"Telemetry:Otlp:Endpoint '{Otlp.Endpoint}' is not an absolute http(s) URL.";
        }

        if (Otlp.Protocol is not ("grpc" or "http/protobuf"))
        {
            yield return $"Telemetry:Otlp:Protocol '{Otlp.Protocol}' must be grpc or http/protobuf.";
        }

        if (Prometheus.Port is < 1 or > 65535)
        {
            yield return $"Telemetry:Prometheus:Port '{Prometheus.Port}' must be between 1 and 65535.";
        }
    }
}

/// <summary>The <c>Telemetry:Otlp</c> section.</summary>
public sealed class OtlpOptions
{
    /// <summary>
    /// The OpenTelemetry collector to push metrics and traces to, e.g. <c>http://otel-collector:4317</c> (gRPC) or
    /// <c>http://otel-collector:4318</c> with <see cref="Protocol"/> http/protobuf (the bot adds /v1/metrics and
    /// /v1/traces). Empty (the default): nothing is pushed.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string Protocol { get; set; } = "grpc";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}

/// <summary>The <c>Telemetry:Prometheus</c> section.</summary>
public sealed class PrometheusOptions
{
    /// <summary>Serves metrics for Prometheus to scrape at <c>/metrics</c>. Default false: <c>/metrics</c> is 404.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A management port: <c>/metrics</c> answers only on it (404 on every other port). The host must listen on it
    /// too: add it to <c>--urls</c> (e.g. <c>http://+:3978;http://+:9464</c>). Empty (default): the bot's own port.
    /// </summary>
    public int? Port { get; set; }
}
