using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackSpasmBot.Storage;

/// <summary>Reports whether the conversation store answers now: Unhealthy (HTTP 503 on /healthz) when it does not.</summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    /// <summary>A store that takes longer than this to answer counts as down.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage is not JsonDocumentStorage store)
        {
            return HealthCheckResult.Healthy("in memory", new Dictionary<string, object> { ["provider"] = nameof(StorageProvider.Memory) });
        }

        var data = new Dictionary<string, object> { ["provider"] = store.ProviderName };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        bool healthy;
        try
        {
            healthy = await store.IsHealthyAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            healthy = false;
        }

        return healthy
            ? HealthCheckResult.Healthy($"{store.ProviderName} answers", data)
            : HealthCheckResult.Unhealthy($"{store.ProviderName} does not answer", data: data);
    }
}
