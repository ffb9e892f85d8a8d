using System.Diagnostics;
using BackSpasmBot.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>
/// The OpenTelemetry SDK's in-memory exporters added to a real host: what an OTLP or Prometheus exporter would be
/// handed, read back for assertions.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly List<Activity> _spans = [];
    private IServiceProvider? _services;

    /// <summary>Adds the exporters to the host being built.</summary>
    public void AddTo(WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                .AddInMemoryExporter(_metrics))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.ActivitySourceName)
                .AddInMemoryExporter(_spans));
    }

    /// <summary>Call once the host is built, so that <see cref="Collect"/> can flush its providers.</summary>
    public void Attach(IServiceProvider services) => _services = services;

    /// <summary>Exports what was measured so far and returns the newest snapshot of each metric (cumulative values).</summary>
    public IReadOnlyDictionary<string, MetricSnapshot> Collect()
    {
        var services = _services ?? throw new InvalidOperationException("Attach the host first.");
        services.GetRequiredService<MeterProvider>().ForceFlush();
        lock (_metrics)
        {
            return _metrics.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());
        }
    }

    /// <summary>The spans ended so far.</summary>
    public IReadOnlyList<Activity> Spans()
    {
        _services?.GetRequiredService<TracerProvider>().ForceFlush();
        lock (_spans)
        {
            return [.. _spans];
        }
    }

    /// <summary>The sum of a counter's points whose attributes include all of <paramref name="where"/>; 0 when never measured.</summary>
    public long Sum(string metric, params (string Key, object Value)[] where) =>
        Points(metric, where).Sum(point => point.GetSumLong());

    /// <summary>The points of a metric whose attributes include all of <paramref name="where"/>.</summary>
    public IReadOnlyList<MetricPoint> Points(string metric, params (string Key, object Value)[] where)
    {
        if (!Collect().TryGetValue(metric, out var snapshot))
        {
            return [];
        }

        var points = new List<MetricPoint>();
        foreach (var point in snapshot.MetricPoints)
        {
            var tags = Tags(point);
            if (where.All(w => tags.TryGetValue(w.Key, out var value) && Equals(value, w.Value)))
            {
                points.Add(point);
            }
        }

        return points;
    }

    /// <summary>A point's attributes.</summary>
    public static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }
}
