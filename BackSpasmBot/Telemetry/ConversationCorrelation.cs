using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// A conversation's correlation value for traces: an HMAC-SHA256 of the UTC day and the conversation's channel and
/// id, keyed with a secret salt, cut to 16 hex characters. The turns of one conversation on one day share it, so a
/// trace viewer can group them; it changes every day, and without the salt no one can compute it from an id (nor an
/// id from it). The salt is <see cref="TelemetryOptions.CorrelationSalt"/> (set the same on every instance so their
/// values agree) or, when that is empty, random per process.
/// </summary>
public sealed class ConversationCorrelation(IOptions<TelemetryOptions> options, TimeProvider time)
{
    private readonly byte[] _salt = string.IsNullOrEmpty(options.Value.CorrelationSalt)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.CorrelationSalt);

    public string HashOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = Encoding.UTF8.GetBytes($"{day}\n{activity?.ChannelId}\n{activity?.Conversation?.Id}");
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_salt, input, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
