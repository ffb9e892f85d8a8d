using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Storage;

/// <summary>
/// The SQLite store's housekeeping, off the turn path:
/// <list type="bullet">
/// <item><description>every second, a passive WAL checkpoint (<see cref="SqliteStorage.CheckpointAsync"/>), so that
/// no turn waits for the copy into the database file and its fsync;</description></item>
/// <item><description>at start-up and then every <see cref="SqliteStorageOptions.PurgeInterval"/>, expired
/// conversations deleted from the file, so that idle data does not just become invisible but leaves the disk. (Redis
/// expires keys itself.)</description></item>
/// </list>
/// </summary>
public sealed class SqliteMaintenance(IStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteMaintenance> logger) : BackgroundService
{
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private static readonly EventId PurgedEvent = new(2002, "ExpiredStatePurged");

    /// <summary>Raised after each WAL checkpoint run (successful or not), so that tests can wait for one instead of polling.</summary>
    public event EventHandler? CheckpointRan;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        storage is SqliteStorage sqlite
            ? Task.WhenAll(
                EveryAsync(options.Value.Sqlite.PurgeInterval, "purge expired conversation state", () => PurgeAsync(sqlite, stoppingToken), stoppingToken),
                EveryAsync(CheckpointInterval, "checkpoint the WAL", () => CheckpointAsync(sqlite, stoppingToken), stoppingToken))
            : Task.CompletedTask;

    private async Task CheckpointAsync(SqliteStorage sqlite, CancellationToken cancellationToken)
    {
        try
        {
            await sqlite.CheckpointAsync(cancellationToken);
        }
        finally
        {
            CheckpointRan?.Invoke(this, EventArgs.Empty);
        }
    }

    private async Task PurgeAsync(SqliteStorage sqlite, CancellationToken cancellationToken)
    {
        var purged = await sqlite.PurgeExpiredAsync(cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation(PurgedEvent, "Deleted {Count} idle conversation states older than {IdleExpiry}", purged, sqlite.IdleExpiry);
        }
    }

    /// <summary>Runs a job now and then at each interval until the host stops; a failed run is logged and retried next time.</summary>
    private async Task EveryAsync(TimeSpan interval, string job, Func<Task> run, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                try
                {
                    await run();
                }
                catch (StorageUnavailableException ex)
                {
                    logger.LogWarning("Could not {Job}: {ExceptionType}", job, ex.InnerException?.GetType().FullName);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
