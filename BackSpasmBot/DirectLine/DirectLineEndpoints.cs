using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using BackSpasmBot.Hosting;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0 at <c>/v3/directline</c>: what botframework-directlinejs 0.15 and Web Chat 4.x use
/// (start, reconnect, post, get by watermark, WebSocket stream, token refresh). Activities reach the bot in process
/// through <see cref="DirectLineBotAdapter"/>.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    /// <summary>Most activities in one GET; clients page on by watermark.</summary>
    public const int PageSize = 100;

    /// <summary>How long a streamUrl can be used to connect (as in Azure's Direct Line).</summary>
    public static readonly TimeSpan StreamUrlWindow = TimeSpan.FromSeconds(60);

    /// <summary>The bot's account in built-in Direct Line conversations.</summary>
    public static ChannelAccount BotAccount() => new("backspasmbot", "BackSpasmBot", RoleTypes.Bot);

    public static RouteGroupBuilder MapDirectLineProtocol(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        return group;
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineBotAdapter adapter, IBot bot, TimeProvider time, IHostApplicationLifetime lifetime, IOptions<DirectLineOptions> options)
    {
        var (conversation, error) = Authorize(http, tokens, conversations, conversationId: null, time);
        if (conversation is null)
        {
            return error!;
        }

        var first = conversation.TryStart();
        if (first)
        {
            // As Azure's Direct Line does when the token names no user: the bot learns the conversation exists and that it is in it.
            var update = NewActivityFor(conversation, ServiceUrl(http.Request, options.Value), ActivityTypes.ConversationUpdate, from: new ChannelAccount(conversation.UserId, role: RoleTypes.User));
            update.MembersAdded = [BotAccount()];
            await conversation.EnqueueTurn(() => adapter.ProcessAsync(conversation, update, bot.OnTurnAsync, lifetime.ApplicationStopping));
        }

        var body = ConversationResponse(conversation, tokens.MintAccess(conversation.Id, conversation.UserId), tokens, http.Request, options.Value, watermark: 0);
        return first ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    private static IResult Reconnect(string conversationId, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        var (conversation, error) = Authorize(http, tokens, conversations, conversationId, time);
        if (conversation is null)
        {
            return error!;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return DirectLineAuthorization.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave out.");
        }

        var bearer = http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        return Results.Json(ConversationResponse(conversation, bearer, tokens, http.Request, options.Value, from));
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time)
    {
        var (conversation, error) = Authorize(http, tokens, conversations, conversationId, time);
        if (conversation is null)
        {
            return error!;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return DirectLineAuthorization.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave out.");
        }

        return Results.Bytes(conversation.Page(from, PageSize), "application/json");
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineBotAdapter adapter, IBot bot, TimeProvider time, IHostApplicationLifetime lifetime, IOptions<DirectLineOptions> options, ConversationRateLimiter rateLimiter, ILogger<DirectLineBotAdapter> logger)
    {
        var (conversation, error) = Authorize(http, tokens, conversations, conversationId, time);
        if (conversation is null)
        {
            return error!;
        }

        // Counted only once the token has proved the caller may use this conversation.
        if (rateLimiter.TryAcquire(DirectLineChannel.ChannelId, conversation.Id) is { } retryAfter)
        {
            ConversationRateLimiter.Reject(http.Response, retryAfter);
            return DirectLineAuthorization.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many activities in this conversation; try again after Retry-After seconds.");
        }

        var (activity, problem) = await ReadActivityAsync(http.Request, http.RequestAborted);
        if (activity is null)
        {
            return problem!;
        }

        Stamp(activity, conversation, ServiceUrl(http.Request, options.Value));
        if (activity.Type == ActivityTypes.Typing)
        {
            conversation.Publish(activity, time.GetUtcNow());
        }
        else
        {
            // The echo: Web Chat shows a message as sent only once it comes back with its clientActivityID and a server id.
            switch (conversation.TryAppendFromClient(activity, time.GetUtcNow()))
            {
                case AppendResult.ConversationFull:
                    return DirectLineAuthorization.Error(StatusCodes.Status429TooManyRequests, "ConversationFull", "This conversation is full; start a new one.");
                case AppendResult.HostFull:
                    return DirectLineAuthorization.Error(StatusCodes.Status503ServiceUnavailable, "ServerBusy", "The service holds too much right now; try again later.");
            }
        }

        var id = activity.Id;

        try
        {
            await conversation.EnqueueTurn(() => adapter.ProcessAsync(conversation, activity, bot.OnTurnAsync, lifetime.ApplicationStopping));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Built-in Direct Line turn failed past the error policy with {ExceptionType}", ex.GetType().FullName);
            return DirectLineAuthorization.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle the activity.");
        }

        return Results.Json(new { id });
    }

    private static async Task StreamAsync(string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineAuthorization.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.").ExecuteAsync(http);
            return;
        }

        // The watermark to stream from is the one signed into the token; a different one in the URL is refused, and a
        // token opens one stream only, so a leaked stream URL cannot replay the conversation.
        var token = tokens.Check(t, TokenPurpose.Stream);
        var error = DirectLineAuthorization.ErrorFor(token, conversationId);
        if (error is null && ((TryParseWatermark(watermark, out var asked) && !string.IsNullOrEmpty(watermark) && asked != token.Watermark) || !tokens.TryRedeem(token)))
        {
            error = DirectLineAuthorization.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "This stream URL has been used or altered; reconnect for a new one.");
        }

        var conversation = error is null ? conversations.Find(conversationId) : null;
        if (conversation is null)
        {
            await (error ?? NotFound()).ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var counted = http.RequestServices.GetRequiredService<Telemetry.BotMetrics>().DirectLineSocketOpened();
        var limits = options.Value;
        var stream = new DirectLineStreamConnection(socket, maxQueuedBytes: 2 * limits.MaxBytesPerConversation, limits.SendTimeout);
        conversation.Attach(stream, token.Watermark, PageSize);
        try
        {
            await stream.RunAsync(options.Value.KeepAliveInterval, time, http.RequestAborted);
        }
        finally
        {
            conversation.Detach(stream);
        }
    }

    private static IResult RefreshToken(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time)
    {
        var (conversation, error) = Authorize(http, tokens, conversations, conversationId: null, time);
        if (conversation is null)
        {
            return error!;
        }

        return Results.Json(new
        {
            conversationId = conversation.Id,
            token = tokens.MintAccess(conversation.Id, conversation.UserId),
            expires_in = (int)tokens.Lifetime.TotalSeconds,
        });
    }

    /// <summary>
    /// The conversation a request's token opens (the one named in the path, or with none the token's own), marked as
    /// active; or the error to answer with.
    /// </summary>
    private static (DirectLineConversation? Conversation, IResult? Error) Authorize(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations, string? conversationId, TimeProvider time)
    {
        var (token, error) = DirectLineAuthorization.Authorize(http.Request, tokens, conversationId);
        if (error is not null)
        {
            return (null, error);
        }

        var conversation = conversations.Find(conversationId ?? token.ConversationId!);
        if (conversation is null)
        {
            return (null, NotFound());
        }

        conversation.Touch(time.GetUtcNow());
        return (conversation, null);
    }

    private static IResult NotFound() =>
        DirectLineAuthorization.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation has ended or does not exist.");

    private static object ConversationResponse(DirectLineConversation conversation, string token, DirectLineTokens tokens, HttpRequest request, DirectLineOptions options, int watermark)
    {
        var streamToken = Uri.EscapeDataString(tokens.MintStream(conversation.Id, conversation.UserId, StreamUrlWindow, watermark));
        var httpBase = PublicBase(request, options);
        var socketBase = (httpBase.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws") + httpBase[httpBase.IndexOf(':', StringComparison.Ordinal)..];
        var streamUrl = $"{socketBase}{BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={streamToken}";
        if (watermark > 0)
        {
            // For the reader only: the stream starts where the token's signed watermark says.
            streamUrl += "&watermark=" + watermark.ToString(CultureInfo.InvariantCulture);
        }
        return new { conversationId = conversation.Id, token, expires_in = (int)tokens.Lifetime.TotalSeconds, streamUrl };
    }

    /// <summary>
    /// Where clients reach this host (scheme, host, port and path base, no trailing slash): the configured
    /// <see cref="DirectLineOptions.PublicBaseUrl"/>, else the request's own (its Host header is checked by AllowedHosts).
    /// </summary>
    public static string PublicBase(HttpRequest request, DirectLineOptions options) =>
        string.IsNullOrEmpty(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');

    private static bool TryParseWatermark(string? watermark, out int from)
    {
        from = 0;
        return string.IsNullOrEmpty(watermark) || (int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from) && from >= 0);
    }

    private static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, DirectLineAuthorization.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Activities are sent as application/json."));
        }

        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = ActivityRequestReader.MaxActivityCharacters * 4L;
        }

        string json;
        try
        {
            using var reader = new StreamReader(request.Body);
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            return (null, DirectLineAuthorization.Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", "The activity is too large."));
        }

        if (json.Length > ActivityRequestReader.MaxActivityCharacters)
        {
            return (null, DirectLineAuthorization.Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", "The activity is too large."));
        }

        var activity = DirectLineJson.TryDeserialize(json);
        return activity is null || string.IsNullOrWhiteSpace(activity.Type)
            ? (null, DirectLineAuthorization.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity with a type."))
            : (activity, null);
    }

    /// <summary>What Direct Line sets on every activity from the client: its channel, conversation, and the token's user.</summary>
    private static void Stamp(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        var from = activity.From;
        activity.From = new ChannelAccount(conversation.UserId, from?.Name, RoleTypes.User);
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount();
        activity.Id = null;
    }

    private static Activity NewActivityFor(DirectLineConversation conversation, string serviceUrl, string type, ChannelAccount from) => new()
    {
        Type = type,
        ChannelId = DirectLineChannel.ChannelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversation.Id),
        From = from,
        Recipient = BotAccount(),
        Id = Guid.NewGuid().ToString("N"),
    };

    private static string ServiceUrl(HttpRequest request, DirectLineOptions options) => PublicBase(request, options);
}
