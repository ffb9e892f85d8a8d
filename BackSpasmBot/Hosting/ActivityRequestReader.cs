using System.Buffers;
using System.Text;
using Microsoft.Bot.Schema;
using BackSpasmBot.DirectLine;
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

    /// <summary>
    /// Longest conversation or user id accepted. Channels' ids are far shorter (Teams' longest are about 150
    /// characters); longer ones would only be stored for a day and give a flood a fresh rate-limit bucket each.
    /// </summary>
    public const int MaxIdLength = 256;

    /// <summary>Given to expectReplies activities that name no serviceUrl; nothing is ever sent there (.invalid is reserved).</summary>
    public const string RepliesInResponseServiceUrl = "http://replies-in-response.invalid/";

    private static JsonSerializer Serializer => DirectLineJson.Serializer;

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

        using var body = new PooledBody(request.ContentLength);
        try
        {
            await body.ReadAtMostAsync(request.Body, MaxActivityCharacters * 4 + 1, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (body.Length > MaxActivityCharacters * 4 || Encoding.UTF8.GetCharCount(body.Bytes) > MaxActivityCharacters)
        {
            return TooLarge();
        }

        if (body.Bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The request body is empty; it must be a Bot Framework activity.");
        }

        try
        {
            using var text = new StreamReader(body.AsStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            using var json = new JsonTextReader(text) { ArrayPool = PooledChars.Instance };
            return Check(Serializer.Deserialize<Activity>(json));
        }
        catch (JsonException)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "The request body is not a valid activity (malformed JSON or wrong field types).");
        }
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

        if (activity.Conversation.Id.Length > MaxIdLength || activity.From?.Id?.Length > MaxIdLength || activity.Recipient?.Id?.Length > MaxIdLength)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, $"Conversation and user ids may be at most {MaxIdLength} characters.");
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

    /// <summary>A request body read into a buffer from the shared pool (given back on dispose), grown as needed.</summary>
    private sealed class PooledBody(long? contentLength) : IDisposable
    {
        // Sized to the declared body when there is one: activities are small.
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(contentLength is > 0 and <= MaxActivityCharacters * 4L ? (int)contentLength.Value : 4096);

        public int Length { get; private set; }

        public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

        public Stream AsStream() => new MemoryStream(_buffer, 0, Length, writable: false);

        /// <summary>Reads until the body ends or <paramref name="maxBytes"/> have been read.</summary>
        public async Task ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
        {
            while (Length < maxBytes)
            {
                if (Length == _buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxBytes));
                    _buffer.AsSpan(0, Length).CopyTo(larger);
                    (var old, _buffer) = (_buffer, larger);
                    ArrayPool<byte>.Shared.Return(old);
                }

                var read = await body.ReadAsync(_buffer.AsMemory(Length, Math.Min(_buffer.Length, maxBytes) - Length), cancellationToken);
                if (read == 0)
                {
                    return;
                }

                Length += read;
            }
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>Json.NET's character buffers, from the shared pool.</summary>
    private sealed class PooledChars : IArrayPool<char>
    {
        public static readonly PooledChars Instance = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }
    }
}

/// <summary>An activity read from a request, or why it was rejected.</summary>
public sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? Problem)
{
    public static ActivityReadResult Reject(int statusCode, string problem) => new(null, statusCode, problem);
}
