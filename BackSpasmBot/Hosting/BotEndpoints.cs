using Microsoft.Bot.Builder;
using BackSpasmBot.Adapter;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;

namespace BackSpasmBot.Hosting;

/// <summary>The HTTP surface: the Bot Framework messaging endpoint and the health check.</summary>
public static class BotEndpoints
{
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", ProcessMessageAsync);
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        return app;
    }

    /// <summary>
    /// What CloudAdapter.ProcessAsync does, with the activity read and checked first: bad input gets a 4xx with a
    /// reason, a request that fails authentication gets 401 and is neither processed nor counted against its
    /// conversation's rate limit, and an invoke gets its response.
    /// </summary>
    private static async Task<IResult> ProcessMessageAsync(
        HttpContext http,
        ErrorHandlingCloudAdapter adapter,
        IBot bot,
        ConversationRateLimiter rateLimiter,
        IOptions<BotOptions> botOptions,
        MessagesChannelPolicy channels,
        ILogger<ErrorHandlingCloudAdapter> logger)
    {
        var read = await ActivityRequestReader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Activity is null)
        {
            return Results.Problem(statusCode: read.StatusCode, title: read.Problem);
        }

        // Anyone can post to an anonymous bot: it must not become a way to make this server call an address of their choosing.
        var options = botOptions.Value;
        if (options.IsAnonymous && !options.MayReplyTo(new Uri(read.Activity.ServiceUrl)) && read.Activity.ServiceUrl != ActivityRequestReader.RepliesInResponseServiceUrl)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Without Bot Framework credentials the bot replies only to loopback service URLs and those in Bot:AnonymousServiceUrls.");
        }

        if (channels.Refuses(read.Activity.ChannelId))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Direct Line conversations are served in process by the built-in Direct Line, not through this endpoint.");
        }

        (InvokeResponse? Response, TimeSpan? RetryAfter) outcome;
        try
        {
            outcome = await adapter.ProcessCheckedActivityAsync(
                http.Request.Headers[HeaderNames.Authorization].ToString(),
                read.Activity,
                activity => rateLimiter.TryAcquire(activity.ChannelId, activity.Conversation.Id),
                bot.OnTurnAsync,
                http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The request is not authorised for this bot.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Turn errors never get here (the adapter's policy handles them); this is the channel's credentials
            // service being unreachable and the like. The channel may retry.
            logger.LogError("Activity could not be processed before the turn: {ExceptionType}; stack: {StackTrace}", ex.GetType().FullName, ex.StackTrace);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The bot cannot take this activity right now; try again shortly.");
        }

        if (outcome.RetryAfter is { } retryAfter)
        {
            ConversationRateLimiter.Reject(http.Response, retryAfter);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many activities in this conversation; try again after Retry-After seconds.");
        }

        var invokeResponse = outcome.Response;
        return invokeResponse is null
            ? Results.Ok()
            : Results.Content(
                invokeResponse.Body is null ? string.Empty : JsonConvert.SerializeObject(invokeResponse.Body),
                "application/json",
                statusCode: invokeResponse.Status);
    }
}
