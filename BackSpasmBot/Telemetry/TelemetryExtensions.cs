using BackSpasmBot.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// Registers the bot's metrics and spans, the exporters an operator turned on (none by default), and maps the
/// operations endpoints: <c>/healthz/live</c>, <c>/healthz/ready</c> and, when enabled, <c>/metrics</c>.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<TelemetryOptions>(
            TelemetryOptions.SectionName, options => options.Problems(), "Telemetry options are invalid: see Telemetry:Otlp and Telemetry:Prometheus.");
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<OpenTriages>();
        services.AddSingleton<ConversationCorrelation>();
        services.AddSingleton<TurnTelemetry>();
        services.AddSingleton<TriageMetrics>();
        services.AddHostedService<OpenTriageSweep>();

        // Readiness only: /healthz keeps answering for the store alone, as it always has.
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [HealthResponse.ReadinessOnlyTag]);

        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.AnyExporter)
        {
            return builder;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(BotTelemetry.MeterName));
        telemetry.WithMetrics(metrics =>
        {
            // ASP.NET Core's own request metrics name the route template (http.route), never the path with its ids.
            metrics.AddMeter(BotTelemetry.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
            if (options.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }

            if (options.Otlp.IsConfigured)
            {
                metrics.AddOtlpExporter(exporter => Point(exporter, options.Otlp, "v1/metrics"));
            }
        });

        // Only the bot's own spans: ASP.NET Core's request spans would carry the URL path, and Direct Line paths hold
        // conversation ids.
        if (options.Otlp.IsConfigured)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(BotTelemetry.ActivitySourceName)
                .AddOtlpExporter(exporter => Point(exporter, options.Otlp, "v1/traces")));
        }

        return builder;
    }

    /// <summary>Liveness, readiness and (when enabled) the Prometheus scrape endpoint.</summary>
    public static WebApplication MapOperationsEndpoints(this WebApplication app)
    {
        // Live: the process answers HTTP; no dependency is asked, so a slow store never gets the bot restarted.
        app.MapHealthChecks("/healthz/live", HealthResponse.For(_ => false));

        // Ready: every check, the conversation store and the clinical content.
        app.MapHealthChecks("/healthz/ready", HealthResponse.For(_ => true));

        var prometheus = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus;
        if (prometheus.Enabled)
        {
            var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath);
            if (prometheus.Port is { } port)
            {
                endpoint.RequireHost($"*:{port}");
            }
        }

        return app;
    }

    /// <summary>
    /// Sets the collector's address. Over HTTP the exporter uses a configured endpoint as it is, so the signal's path
    /// is added here, as the OTLP specification's environment variables would.
    /// </summary>
    private static void Point(OtlpExporterOptions exporter, OtlpOptions options, string signalPath)
    {
        var endpoint = options.Endpoint!.TrimEnd('/');
        if (options.Protocol == "http/protobuf")
        {
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint + "/" + signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = new Uri(endpoint);
        }
    }
}
