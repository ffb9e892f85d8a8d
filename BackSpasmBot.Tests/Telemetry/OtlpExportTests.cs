using System.Collections.Concurrent;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>
/// <c>Telemetry:Otlp:Endpoint</c> pushes metrics and traces to a collector: here a stand-in that records what it is
/// sent over OTLP/HTTP, so the real exporter runs end to end. A bad endpoint stops the host, naming the key.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithAnOtlpEndpointTheBotPushesItsMetricsAndTracesToTheCollector()
    {
        await using var collector = await CollectorStandIn.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, $"--Telemetry:Otlp:Endpoint={collector.Address}", "--Telemetry:Otlp:Protocol=http/protobuf");
        await using var sink = await ChannelSink.StartAsync();
        await QuietPatient.CompleteAsync(new HttpConversation(host, sink));

        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.True(await collector.Received("/v1/traces").WaitAsync(TimeSpan.FromSeconds(30)) > 0);
        Assert.True(await collector.Received("/v1/metrics").WaitAsync(TimeSpan.FromSeconds(30)) > 0);
    }

    [Theory]
    [InlineData("--Telemetry:Otlp:Endpoint=not a url", "Telemetry:Otlp:Endpoint")]
    [InlineData("--Telemetry:Prometheus:Port=70000", "Telemetry:Prometheus:Port")]
    public async Task ABadSettingStopsTheHostNamingTheKey(string setting, string key)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(null, setting));

        Assert.Contains("Telemetry", failure.Message, StringComparison.Ordinal);
        Assert.Contains(key.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    /// <summary>An HTTP server on loopback that answers every OTLP export with 200 and remembers the paths it got.</summary>
    private sealed class CollectorStandIn : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, TaskCompletionSource<int>> _received = new(StringComparer.Ordinal);

        private CollectorStandIn(WebApplication app) => _app = app;

        public string Address => _app.Urls.First();

        public static async Task<CollectorStandIn> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var standIn = new CollectorStandIn(app);
            app.Run(async http =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                standIn.Arrived(http.Request.Path, (int)body.Length);
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            return standIn;
        }

        /// <summary>Completes with the size of the first export that arrives at <paramref name="path"/>.</summary>
        public Task<int> Received(string path) => Source(path).Task;

        public ValueTask DisposeAsync() => _app.DisposeAsync();

        private void Arrived(string path, int bytes) => Source(path).TrySetResult(bytes);

        private TaskCompletionSource<int> Source(string path) =>
            _received.GetOrAdd(path, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
