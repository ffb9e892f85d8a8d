using BackSpasmBot.Hosting;
using BackSpasmBot.Storage;
using BackSpasmBot.Triage.FollowUps;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BackSpasmBot.FollowUps;

/// <summary>Registers follow-up check-ins: options, the store beside the conversation state, the scheduler and the sender.</summary>
public static class FollowUpServiceCollectionExtensions
{
    public static WebApplicationBuilder AddFollowUps(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<FollowUpOptions>(
            FollowUpOptions.SectionName, options => options.Problems(), "FollowUp options are invalid: see FollowUp:Delay, FollowUp:PollInterval, FollowUp:ClaimLease, FollowUp:MaxCheckIns and FollowUp:MaxSendAttempts.");

        // Beside the conversation state, in the same store: SQLite's file, Redis, or memory.
        services.AddSingleton<IFollowUpStore>(sp => sp.GetRequiredService<IStorage>() switch
        {
            SqliteStorage sqlite => new SqliteFollowUpStore(sqlite),
            RedisStorage => new RedisFollowUpStore(
                sp.GetRequiredService<IConnectionMultiplexer>(),
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.Redis.KeyPrefix,
                sp.GetRequiredService<TimeProvider>()),
            _ => new MemoryFollowUpStore(),
        });
        services.AddSingleton<FollowUpScheduler>();
        services.AddSingleton<ICheckInScheduler>(sp => sp.GetRequiredService<FollowUpScheduler>());
        services.AddSingleton<IConversationDataEraser>(sp => sp.GetRequiredService<FollowUpScheduler>());
        services.AddSingleton(sp => new CheckIns(
            sp.GetRequiredService<ICheckInScheduler>(),
            sp.GetRequiredService<IOptions<FollowUpOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FollowUpSender>();
        services.AddHostedService(sp => sp.GetRequiredService<FollowUpSender>());
        return builder;
    }
}
