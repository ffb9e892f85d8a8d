using BackSpasmBot.Triage.Regions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// What the Web Chat page asks the host: which Direct Line to use and the emergency number for its banner
/// (<c>GET /api/webchat/config</c>), and a token for a new conversation (<c>POST /api/directline/token</c>).
/// </summary>
public static class WebChatEndpoints
{
    public const string ConfigPath = "/api/webchat/config";
    public const string TokenPath = "/api/directline/token";

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ConfigPath, Config).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        endpoints.MapPost(TokenPath, TokenAsync).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        return endpoints;
    }

    private static IResult Config(string? locale, IOptions<DirectLineOptions> options, IHostEnvironment environment, RegionResolver regions)
    {
        // The region the bot will pick for this locale, so the banner shows the number the bot's messages give.
        var region = regions.For(new Activity(ActivityTypes.Message) { Locale = locale });
        return Results.Json(new
        {
            directLine = ModeOf(options.Value, environment),
            tokenUrl = TokenPath.TrimStart('/'),
            emergencyNumber = region.EmergencyNumber,
        });
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IOptions<DirectLineOptions> options, IHostEnvironment environment, IServiceProvider services)
    {
        switch (ModeOf(options.Value, environment))
        {
            case "azure":
                var token = await services.GetRequiredService<AzureDirectLineTokenClient>().GenerateAsync(http.RequestAborted);
                return token is null
                    ? DirectLineAuthorization.Error(StatusCodes.Status502BadGateway, "TokenUnavailable", "Azure's Direct Line did not give a token; try again shortly.")
                    : Results.Json(token);
            case "builtin":
                var conversation = services.GetRequiredService<DirectLineConversations>().Create();
                var tokens = services.GetRequiredService<DirectLineTokens>();
                var request = http.Request;
                return Results.Json(new DirectLineToken(
                    tokens.MintAccess(conversation.Id, conversation.UserId),
                    conversation.Id,
                    (int)tokens.Lifetime.TotalSeconds,
                    $"{request.Scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}"));
            default:
                return DirectLineAuthorization.Error(StatusCodes.Status503ServiceUnavailable, "NotConfigured", "Web Chat is not configured on this host.");
        }
    }

    /// <summary>Azure's Direct Line when a secret is configured, else the built-in one when enabled, else none.</summary>
    private static string ModeOf(DirectLineOptions options, IHostEnvironment environment) =>
        options.Azure.IsConfigured ? "azure" : options.IsEnabledIn(environment) ? "builtin" : "none";
}
