using BackSpasmBot.Adapter;
using BackSpasmBot.Bots;
using BackSpasmBot.DirectLine;
using BackSpasmBot.Transcripts;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.Dialogs;
using BackSpasmBot.Triage.Regions;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>Registers the bot and everything it stands on.</summary>
public static class BotServiceCollectionExtensions
{
    public static WebApplicationBuilder AddBackSpasmBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpClient();

        services.AddOptions<TriageOptions>()
            .Bind(builder.Configuration.GetSection(TriageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(options => !options.Problems().Any(), "Triage options are invalid: see Triage:DefaultRegion and Triage:Regions.")
            .ValidateOnStart();
        services.AddSingleton(sp => new RegionResolver(sp.GetRequiredService<IOptions<TriageOptions>>().Value));

        services.AddSingleton<IStorage, MemoryStorage>();
        // Per person in group chats and channels, per conversation elsewhere (see TriageConversationState).
        services.AddSingleton<ConversationState, TriageConversationState>();
        services.AddSingleton<TriageState>();
        services.AddSingleton<ITriageEvents, LoggingTriageEvents>();
        services.AddSingleton<TriageDialog>();
        services.AddSingleton<IBot, BackSpasmBotHandler>();
        builder.AddTranscripts();

        // MicrosoftAppType / MicrosoftAppId / MicrosoftAppPassword / MicrosoftAppTenantId; empty means anonymous (Emulator, Playground).
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedSerializerBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<ErrorHandlingCloudAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ErrorHandlingCloudAdapter>());

        builder.AddDirectLineChannel();
        return builder;
    }
}
