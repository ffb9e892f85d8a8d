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

    /// <summary>
    /// The header the page sends with its token request. A custom header makes a cross-site browser request need a
    /// CORS preflight, which only <see cref="DirectLineOptions.AllowedOrigins"/> pass; a plain form post or an image
    /// from another site cannot carry it.
    /// </summary>
    public const string ClientHeader = "X-BackSpasmBot-Client";

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ConfigPath, Config).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        endpoints.MapPost(TokenPath, TokenAsync)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy)
            .RequireRateLimiting(Hosting.AddressRateLimiter.TokenPolicy);
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
        if (!IsFromAllowedPage(http.Request, options.Value))
        {
            return DirectLineAuthorization.Error(StatusCodes.Status403Forbidden, "OriginNotAllowed", $"Tokens are given to this host's page and DirectLine:AllowedOrigins only, with the {ClientHeader} header.");
        }

        switch (ModeOf(options.Value, environment))
        {
            case "azure":
                var token = await services.GetRequiredService<AzureDirectLineTokenClient>().GenerateAsync(http.RequestAborted);
                return token is null
                    ? DirectLineAuthorization.Error(StatusCodes.Status502BadGateway, "TokenUnavailable", "Azure's Direct Line did not give a token; try again shortly.")
                    : Results.Json(token);
            case "builtin":
                if (services.GetRequiredService<DirectLineConversations>().Create() is not { } conversation)
                {
                    return DirectLineAuthorization.Error(StatusCodes.Status503ServiceUnavailable, "ServerBusy", "Too many conversations are open; try again later.");
                }

                var tokens = services.GetRequiredService<DirectLineTokens>();
                return Results.Json(new DirectLineToken(
                    tokens.MintAccess(conversation.Id, conversation.UserId),
                    conversation.Id,
                    (int)tokens.Lifetime.TotalSeconds,
                    DirectLineEndpoints.PublicBase(http.Request, options.Value) + DirectLineEndpoints.BasePath));
            default:
                return DirectLineAuthorization.Error(StatusCodes.Status503ServiceUnavailable, "NotConfigured", "Web Chat is not configured on this host.");
        }
    }

    /// <summary>
    /// The header is present, and a browser's Origin (when it sends one) is this host or an allowed origin. Browsers
    /// always send Origin on a cross-site POST, so another site's page cannot pass by leaving it out.
    /// </summary>
    private static bool IsFromAllowedPage(HttpRequest request, DirectLineOptions options)
    {
        if (string.IsNullOrEmpty(request.Headers[ClientHeader]))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin)
            || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || (options.PublicBaseUrl is { } publicBase && Uri.TryCreate(publicBase, UriKind.Absolute, out var baseUri)
                && string.Equals(origin, baseUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            || options.AllowedOrigins.Any(allowed => string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Azure's Direct Line when a secret is configured, else the built-in one when enabled, else none.</summary>
    private static string ModeOf(DirectLineOptions options, IHostEnvironment environment) =>
        options.Azure.IsConfigured ? "azure" : options.IsEnabledIn(environment) ? "builtin" : "none";
}
