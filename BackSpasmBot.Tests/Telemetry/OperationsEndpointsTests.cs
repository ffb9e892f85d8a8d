using System.Net;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>
/// The operations surface: <c>/metrics</c> for Prometheus when enabled (and 404 when not), liveness and readiness,
/// with <c>/healthz</c> as it was.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OperationsEndpointsTests
{
    [Fact]
    public async Task MetricsAnswersInPrometheusFormatWhenEnabledWithTheOutcomesOfTriagesJustRun()
    {
        await using var bot = await TelemetryHost.StartAsync(settings: "--Telemetry:Prometheus:Enabled=true");
        await QuietPatient.CompleteAsync(bot.NewConversation());
        await QuietPatient.CompleteAsync(bot.NewConversation());

        using var response = await bot.Host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Matches("""backspasmbot_triage_outcomes_total\{[^}]*disposition="selfcare"[^}]*\} 2""", body);
        Assert.Contains("backspasmbot_turn_duration_seconds_bucket", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsIsAbsentByDefault()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MetricsOnAManagementPortIsAbsentFromTheBotsPort()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Telemetry:Prometheus:Enabled=true", "--Telemetry:Prometheus:Port=1");

        using var response = await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LivenessAsksNothingAndReadinessCoversTheStoreAndTheContentWhileHealthzStaysTheStoresCheck()
    {
        await using var host = await BotTestHost.StartAsync();

        var (liveStatus, live) = await GetAsync(host, "/healthz/live");
        var (readyStatus, ready) = await GetAsync(host, "/healthz/ready");
        var (healthStatus, health) = await GetAsync(host, "/healthz");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("ok", (string?)live["status"]);
        Assert.Empty((JObject)live["checks"]!);
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("ok", (string?)ready["checks"]?["storage"]?["status"]);
        Assert.Equal("ok", (string?)ready["checks"]?["content"]?["status"]);
        Assert.False(string.IsNullOrEmpty((string?)ready["checks"]?["content"]?["contentVersion"]));
        Assert.Equal(HttpStatusCode.OK, healthStatus);
        Assert.Equal(["storage"], ((JObject)health["checks"]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task WithTheStoreDownTheBotIsLiveButNotReady()
    {
        // A Redis address nothing listens on: the host starts, and its store never answers.
        await using var host = await BotTestHost.StartAsync(null, "--Storage:Provider=Redis", "--Storage:Redis:Configuration=127.0.0.1:1,connectTimeout=200");

        var (liveStatus, _) = await GetAsync(host, "/healthz/live");
        var (readyStatus, ready) = await GetAsync(host, "/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("unavailable", (string?)ready["checks"]?["storage"]?["status"]);
        Assert.Equal("ok", (string?)ready["checks"]?["content"]?["status"]);
    }

    private static async Task<(HttpStatusCode Status, JObject Body)> GetAsync(BotTestHost host, string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }
}
