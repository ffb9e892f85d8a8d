using BackSpasmBot.Hosting;
using BackSpasmBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Tests.Storage;

/// <summary>Storage configuration: the provider switch, the defaults, environment variables, start-up validation.</summary>
public sealed class StorageConfigurationTests
{
    [Fact]
    public async Task WithNoConfigurationStateIsKeptInSqliteForADayInTheUsersAppDataFolder()
    {
        await using var app = BackSpasmBotApp.Build(["--urls", "http://127.0.0.1:0"]);

        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Equal(TimeSpan.FromHours(24), options.IdleExpiry);
        var storage = Assert.IsType<SqliteStorage>(app.Services.GetRequiredService<IStorage>());
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        Assert.Equal(Path.Combine(appData, "BackSpasmBot", "state.db"), storage.Path);
    }

    [Fact]
    public void ARelativeSqlitePathIsTakenFromTheContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "content-root");

        Assert.Equal(Path.Combine(root, "data", "bot.db"), StorageServiceCollectionExtensions.ResolveSqlitePath("data/bot.db", root));
        Assert.Equal("/var/lib/bot/state.db", StorageServiceCollectionExtensions.ResolveSqlitePath("/var/lib/bot/state.db", root));
    }

    [Fact]
    public async Task EnvironmentVariablesChooseTheProviderAndItsSettings()
    {
        var path = Path.Combine(Path.GetTempPath(), $"backspasmbot-env-{Guid.NewGuid():N}", "state.db");
        string[] names = ["Storage__Provider", "Storage__Sqlite__Path", "Storage__IdleExpiry"];
        Environment.SetEnvironmentVariable(names[0], "sqlite");
        Environment.SetEnvironmentVariable(names[1], path);
        Environment.SetEnvironmentVariable(names[2], "02:30:00");
        try
        {
            await using var app = BackSpasmBotApp.Build(["--urls", "http://127.0.0.1:0"]);

            var storage = Assert.IsType<SqliteStorage>(app.Services.GetRequiredService<IStorage>());
            Assert.Equal(path, storage.Path);
            Assert.Equal(TimeSpan.FromMinutes(150), storage.IdleExpiry);
        }
        finally
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public async Task RedisIsChosenByConfiguration()
    {
        var redis = await Infrastructure.TestRedis.Shared;
        await using var app = BackSpasmBotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:Provider=Redis", $"--Storage:Redis:Configuration={redis.Configuration}"]);

        Assert.IsType<RedisStorage>(app.Services.GetRequiredService<IStorage>());
    }

    [Theory]
    [InlineData("Storage:Redis:Configuration", "--Storage:Provider=Redis")]
    [InlineData("Storage:Redis:Configuration", "--Storage:Provider=Redis", "--Storage:Redis:Configuration=localhost:6379,notAnOption=1")]
    [InlineData("Storage:IdleExpiry", "--Storage:IdleExpiry=00:00:00")]
    [InlineData("Storage:IdleExpiry", "--Storage:IdleExpiry=365.00:00:00")]
    public async Task InvalidStorageSettingsStopTheHostAtStartWithTheSettingNamed(string setting, params string[] arguments)
    {
        await using var app = BackSpasmBotApp.Build(["--urls", "http://127.0.0.1:0", .. arguments]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(failure.Failures, message => message.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownProviderStopsTheHostAtStart()
    {
        await using var app = BackSpasmBotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:Provider=Cosmos"]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
    }
}
