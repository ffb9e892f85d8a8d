using System.Text.Json;
using BackSpasmBot.Clinical.Content;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackSpasmBot.Hosting;

/// <summary>
/// What <c>/healthz</c> answers: 200 with <c>{"status":"ok", "checks":{…}}</c> when everything answers, 503 with
/// <c>"status":"unavailable"</c> when a check (such as the conversation store) fails. No exception text is shown.
/// <c>contentVersion</c> names the clinical content the bot is running (semantic version + hash of the content files).
/// </summary>
public static class HealthResponse
{
    /// <summary>Checks with this tag run on <c>/healthz/ready</c> only, so that <c>/healthz</c> stays the store's check.</summary>
    public const string ReadinessOnlyTag = "readiness-only";

    /// <summary>What <c>/healthz</c> runs: every check but the readiness-only ones.</summary>
    public static HealthCheckOptions Options { get; } = For(check => !check.Tags.Contains(ReadinessOnlyTag));

    /// <summary>This response, for the checks <paramref name="predicate"/> picks (none: the process answers, so 200).</summary>
    public static HealthCheckOptions For(Func<HealthCheckRegistration, bool> predicate) => new() { Predicate = predicate, ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = StatusOf(report.Status),
            contentVersion = ClinicalContent.Default.Version,
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new Dictionary<string, object?>(entry.Value.Data.Select(data => KeyValuePair.Create(data.Key, (object?)data.Value)))
                {
                    ["status"] = StatusOf(entry.Value.Status),
                }),
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }

    private static string StatusOf(HealthStatus status) => status == HealthStatus.Unhealthy ? "unavailable" : "ok";
}
