using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace BackSpasmBot.Storage;

/// <summary>Registers the conversation store chosen by <c>Storage:Provider</c> and its health check.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStorage"/> (SQLite, Redis or memory), validated <see cref="StorageOptions"/>, the expiry
    /// purge and the "storage" health check.
    /// </summary>
    public static WebApplicationBuilder AddBotStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectRedis(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Redis));
        services.AddSingleton<IStorage>(sp => CreateStorage(sp, builder.Environment.ContentRootPath));
        services.AddHostedService<SqliteMaintenance>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return builder;
    }

    /// <summary>The SQLite file used when <c>Storage:Sqlite:Path</c> is empty or relative (see <see cref="SqliteStorageOptions.Path"/>).</summary>
    public static string ResolveSqlitePath(string? configuredPath, string contentRootPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath, contentRootPath);
        }

        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        var folder = string.IsNullOrEmpty(appData) ? Path.Combine(contentRootPath, "data") : Path.Combine(appData, "BackSpasmBot");
        return Path.Combine(folder, "state.db");
    }

    private static IStorage CreateStorage(IServiceProvider services, string contentRootPath)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageServiceCollectionExtensions));
        switch (options.Provider)
        {
            case StorageProvider.Redis:
                logger.LogInformation("Conversation state is kept in Redis; idle expiry {IdleExpiry}", options.IdleExpiry);
                return new RedisStorage(services.GetRequiredService<IConnectionMultiplexer>(), options.Redis.KeyPrefix, options.IdleExpiry, services.GetRequiredService<TimeProvider>());

            case StorageProvider.Memory:
                logger.LogWarning("Conversation state is kept in memory only: it is lost when the bot stops");

                // The SDK's store without type names, so that what works here works with the durable stores too.
                return new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }));

            default:
                var path = ResolveSqlitePath(options.Sqlite.Path, contentRootPath);
                logger.LogInformation("Conversation state is kept in SQLite at {Path}; idle expiry {IdleExpiry}", path, options.IdleExpiry);
                return new SqliteStorage(path, options.IdleExpiry, services.GetRequiredService<TimeProvider>());
        }
    }

    private static ConnectionMultiplexer ConnectRedis(RedisStorageOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration ?? string.Empty);

        // Start (and report unhealthy) while Redis is down, and reconnect by itself when it is back.
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
