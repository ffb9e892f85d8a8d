using BackSpasmBot.Adapter;
using BackSpasmBot.Bots;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.DirectLine;
using BackSpasmBot.FollowUps;
using BackSpasmBot.Storage;
using BackSpasmBot.Telemetry;
using BackSpasmBot.Transcripts;
using BackSpasmBot.Turns;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.Dialogs;
using BackSpasmBot.Triage.Regions;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackSpasmBot.Hosting;

/// <summary>Registers the bot and everything it stands on.</summary>
public static class BotServiceCollectionExtensions
{
    public static WebApplicationBuilder AddBackSpasmBot(this WebApplicationBuilder builder)
    {
        // The clinical content is loaded and validated before anything else: invalid content refuses to start
        // (ContentException, naming each file, line and problem).
        _ = ClinicalContent.Default;

        var services = builder.Services;
        services.AddHttpClient();

        builder.AddValidatedOptions<TriageOptions>(
            TriageOptions.SectionName, options => options.Problems(), "Triage options are invalid: see Triage:DefaultRegion and Triage:Regions.");
        services.AddSingleton(sp => new RegionResolver(sp.GetRequiredService<IOptions<TriageOptions>>().Value));

        // Safe by default: outside Development no credentials means no start, unless Bot:AllowAnonymous says so.
        services.AddOptions<BotOptions>()
            .Bind(builder.Configuration.GetSection(BotOptions.SectionName))
            .Configure(options => options.MicrosoftAppId = builder.Configuration["MicrosoftAppId"])
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddHostedService<AnonymousModeWarning>();
        services.AddSingleton<MessagesChannelPolicy>();

        builder.AddBotStorage();
        builder.AddBotTelemetry();
        builder.AddFollowUps();

        // Per person in group chats and channels, per conversation elsewhere (see TriageConversationState); each store
        // call measured and traced (see InstrumentedStorage).
        services.AddSingleton<ConversationState>(sp =>
        {
            var storage = new InstrumentedStorage(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<BotMetrics>(), sp.GetRequiredService<TimeProvider>());
            return new TriageConversationState(storage, storage.JsonDocuments);
        });
        services.AddSingleton<TriageState>();
        services.AddSingleton<LoggingTriageEvents>();
        services.AddSingleton<ITriageEvents>(sp => new TriageEventsFanOut(sp.GetRequiredService<LoggingTriageEvents>(), sp.GetRequiredService<TriageMetrics>()));
        services.AddSingleton<TriageDialog>();
        services.AddSingleton<IBot, BackSpasmBotHandler>();

        // The TurnPipeline every adapter applies, so that a conversation's turns never overwrite each other.
        services.AddSingleton<ConversationTurnLock>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TypingIndicatorMiddleware>();
        services.AddSingleton<SaveBeforeSendMiddleware>();
        services.AddSingleton<TurnPipeline>();

        // Middleware run by every adapter (cloud and built-in Direct Line), in this order, inside the TurnPipeline's
        // turn lock and typing indicator and outside its save-before-send.
        services.AddSingleton<IMiddleware, MessageLengthMiddleware>();
        builder.AddTranscripts();

        // MicrosoftAppType / MicrosoftAppId / MicrosoftAppPassword / MicrosoftAppTenantId; empty means anonymous (Emulator, Playground).
        // The credentials factory is a service so a deployment (or a test) can swap how outbound tokens are obtained.
        services.AddSingleton<ServiceClientCredentialsFactory>(sp => new ConfigurationServiceClientCredentialFactory(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(),
            sp.GetRequiredService<ILogger<ConfigurationServiceClientCredentialFactory>>()));
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedSerializerBotFrameworkAuthentication(
            new RejectUnreadableTokensAuthentication(
                new ConfigurationBotFrameworkAuthentication(
                    sp.GetRequiredService<IConfiguration>(),
                    credentialsFactory: sp.GetRequiredService<ServiceClientCredentialsFactory>(),
                    httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
                sp.GetRequiredService<ILogger<RejectUnreadableTokensAuthentication>>()),
            sp.GetService<TimeProvider>()));
        services.AddSingleton<ErrorHandlingCloudAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ErrorHandlingCloudAdapter>());

        builder.AddDirectLineChannel();
        builder.AddHardening();
        return builder;
    }
}
