using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Storage;

/// <summary>
/// Deletes expired conversations from the SQLite file at start-up and then every
/// <see cref="SqliteStorageOptions.PurgeInterval"/>, so that idle data does not just become invisible but leaves the
/// disk. (Redis expires keys itself.)
/// </summary>
public sealed class SqliteExpiryPurge(IStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteExpiryPurge> logger) : BackgroundService
{
    private static readonly EventId PurgedEvent = new(2002, "ExpiredStatePurged");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not SqliteStorage sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Sqlite.PurgeInterval, time);
        do
        {
            try
            {
                var purged = await sqlite.PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation(PurgedEvent, "Deleted {Count} idle conversation states older than {IdleExpiry}", purged, sqlite.IdleExpiry);
                }
            }
            catch (StorageUnavailableException ex)
            {
                logger.LogWarning("Could not purge expired conversation state: {ExceptionType}", ex.InnerException?.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
