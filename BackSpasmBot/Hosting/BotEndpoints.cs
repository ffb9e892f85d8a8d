using Microsoft.Bot.Builder;
using BackSpasmBot.Adapter;
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
    /// reason, a request that fails authentication gets 401 and is not processed, and an invoke gets its response.
    /// </summary>
    private static async Task<IResult> ProcessMessageAsync(HttpContext http, ErrorHandlingCloudAdapter adapter, IBot bot)
    {
        var read = await ActivityRequestReader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Activity is null)
        {
            return Results.Problem(statusCode: read.StatusCode, title: read.Problem);
        }

        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await adapter.ProcessCheckedActivityAsync(
                http.Request.Headers[HeaderNames.Authorization].ToString(),
                read.Activity,
                bot.OnTurnAsync,
                http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The request is not authorised for this bot.");
        }

        return invokeResponse is null
            ? Results.Ok()
            : Results.Content(
                invokeResponse.Body is null ? string.Empty : JsonConvert.SerializeObject(invokeResponse.Body),
                "application/json",
                statusCode: invokeResponse.Status);
    }
}
