using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;

namespace BackSpasmBot.Hosting;

/// <summary>
/// Reads and checks an activity from a request body, so that bad input gets a clear 4xx before the adapter
/// sees it, and the adapter never has to guess.
/// </summary>
public static class ActivityRequestReader
{
    /// <summary>Direct Line's limit for one activity: 256K characters of JSON.</summary>
    public const int MaxActivityCharacters = 256 * 1024;

    /// <summary>Given to expectReplies activities that name no serviceUrl; nothing is ever sent there (.invalid is reserved).</summary>
    public const string RepliesInResponseServiceUrl = "http://replies-in-response.invalid/";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ContractResolver = new ReadOnlyJsonContractResolver(),
        MaxDepth = 64,
    });

    /// <summary>The activity, or the status code and reason to reject the request with.</summary>
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return ActivityReadResult.Reject(StatusCodes.Status415UnsupportedMediaType, "Activities must be sent as application/json.");
        }

        if (request.ContentLength > MaxActivityCharacters * 4L)
        {
            return TooLarge();
        }

        string body;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await ReadAtMostAsync(reader, MaxActivityCharacters + 1, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (body.Length > MaxActivityCharacters)
        {
            return TooLarge();
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The request body is empty; it must be a Bot Framework activity.");
        }

        Activity? activity;
        try
        {
            using var json = new JsonTextReader(new StringReader(body));
            activity = Serializer.Deserialize<Activity>(json);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The request body is not a valid activity (malformed JSON or wrong field types).");
        }

        return Check(activity);
    }

    private static ActivityReadResult Check(Activity? activity)
    {
        if (activity is null)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The request body must be a JSON object (an activity).");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        // With deliveryMode "expectReplies" the replies come back in the HTTP response, so no serviceUrl is needed; the
        // adapter still builds a connector client, which is given an address it will never call.
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) && activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            activity.ServiceUrl = RepliesInResponseServiceUrl;
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The activity needs an absolute http(s) serviceUrl to reply to (or deliveryMode \"expectReplies\").");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The activity has no conversation id.");
        }

        // The connector sends the conversation id back in the x-ms-conversation-id request header, where a control or
        // non-ASCII character fails every reply of the turn; no channel issues such ids, so the request is refused.
        if (!activity.Conversation.Id.All(c => c is >= ' ' and <= '~'))
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The conversation id must be printable ASCII.");
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The activity has no channelId.");
        }

        // The connector sends the locale back in a request header: a control character there would fail every reply
        // of the turn. A locale that is not a plain language tag is dropped (the bot then uses its default region).
        if (activity.Locale is { } locale && (locale.Length > 35 || !locale.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            activity.Locale = null;
        }

        return new ActivityReadResult(activity, StatusCodes.Status200OK, null);
    }

    private static ActivityReadResult TooLarge() =>
        ActivityReadResult.Reject(StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {MaxActivityCharacters} characters of JSON.");

    private static async Task<string> ReadAtMostAsync(StreamReader reader, int maxCharacters, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while (builder.Length < maxCharacters && (read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }
}

/// <summary>An activity read from a request, or why it was rejected.</summary>
public sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? Problem)
{
    public static ActivityReadResult Reject(int statusCode, string problem) => new(null, statusCode, problem);
}
