using StackExchange.Redis;

namespace BackSpasmBot.Storage;

/// <summary>Where conversation state is kept.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file on this machine (the default): survives restarts, no set-up.</summary>
    Sqlite,

    /// <summary>A Redis server shared by several instances of the bot.</summary>
    Redis,

    /// <summary>Process memory: lost on restart; for development and tests only.</summary>
    Memory,
}

/// <summary>
/// The "Storage" section of appsettings.json (or <c>Storage__Provider</c>, <c>Storage__Sqlite__Path</c>,
/// <c>Storage__Redis__Configuration</c>, <c>Storage__IdleExpiry</c> in the environment).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// How long a conversation's state is kept after its last change (default 24 hours; at least one second,
    /// at most 30 days). After that it is gone: the next message starts a new triage.
    /// </summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(24);

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public RedisStorageOptions Redis { get; set; } = new();

    /// <summary>Problems that make the options unusable; empty when they are valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return $"Storage:Provider '{Provider}' is not one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.";
        }

        if (IdleExpiry < TimeSpan.FromSeconds(1) || IdleExpiry > TimeSpan.FromDays(30))
        {
            yield return $"Storage:IdleExpiry '{IdleExpiry}' must be between 00:00:01 and 30.00:00:00.";
        }

        if (Sqlite.PurgeInterval < TimeSpan.FromSeconds(1))
        {
            yield return $"Storage:Sqlite:PurgeInterval '{Sqlite.PurgeInterval}' must be at least 00:00:01.";
        }

        if (Provider != StorageProvider.Redis)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Redis.Configuration))
        {
            yield return "Storage:Redis:Configuration is empty; it must be a StackExchange.Redis configuration string such as \"localhost:6379\".";
            yield break;
        }

        string? problem = null;
        try
        {
            ConfigurationOptions.Parse(Redis.Configuration);
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
        }

        if (problem is not null)
        {
            yield return $"Storage:Redis:Configuration is not a valid StackExchange.Redis configuration string: {problem}";
        }
    }
}

/// <summary>The "Storage:Sqlite" section.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>
    /// The database file. Empty means the default: <c>BackSpasmBot/state.db</c> in the user's local application
    /// data folder (<c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows), which survives restarts,
    /// rebuilds and <c>git clean</c>, whatever the working directory. A relative path is taken from the content root.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>How often expired documents are deleted from the file (default 5 minutes).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The "Storage:Redis" section.</summary>
public sealed class RedisStorageOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>localhost:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every storage key, so that several bots (or tests) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "backspasmbot:";
}
