using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>Logs a warning on every start of a bot without Bot Framework credentials, so anonymous mode is never silent.</summary>
public sealed class AnonymousModeWarning(IOptions<BotOptions> options, IHostEnvironment environment, ILogger<AnonymousModeWarning> logger) : IHostedService
{
    private static readonly EventId AnonymousEvent = new(3001, "AnonymousMode");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            logger.LogWarning(
                AnonymousEvent,
                "The bot runs anonymously in {Environment}: /api/messages accepts unsigned requests, and replies go only to loopback service URLs and {AllowedCount} configured in Bot:AnonymousServiceUrls. Set MicrosoftAppId and its password to require Bot Framework authentication.",
                environment.EnvironmentName,
                options.Value.AnonymousServiceUrls.Length);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
