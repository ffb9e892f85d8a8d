using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// Mints and checks the built-in Direct Line's tokens. A token names one conversation and one user and carries its
/// expiry, signed with HMAC-SHA256, so checking one needs no lookup and a token can never open another conversation.
/// A stream token also carries, signed, the watermark to stream from and a nonce: it opens one WebSocket, once.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Version = "dl1";

    /// <summary>Nonces of stream tokens already used, with their expiry; entries leave once their token has expired.</summary>
    private readonly Dictionary<string, long> _redeemed = new(StringComparer.Ordinal);
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _key = options.Value.DecodedSigningKey() ?? RandomNumberGenerator.GetBytes(32);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
    }

    /// <summary>How long a freshly minted access token lives.</summary>
    public TimeSpan Lifetime => _lifetime;

    /// <summary>A token that lets <paramref name="userId"/> use <paramref name="conversationId"/> for <see cref="Lifetime"/>.</summary>
    public string MintAccess(string conversationId, string userId) => Mint(TokenPurpose.Access, conversationId, userId, _lifetime, []);

    /// <summary>
    /// A token that lets one WebSocket connect, once, to the conversation's stream within <paramref name="window"/>,
    /// streaming from <paramref name="watermark"/> (0: from the start).
    /// </summary>
    public string MintStream(string conversationId, string userId, TimeSpan window, int watermark) =>
        Mint(TokenPurpose.Stream, conversationId, userId, window, [watermark.ToString(CultureInfo.InvariantCulture), WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16))]);

    /// <summary>Uses up a valid stream token; false when it was used before.</summary>
    public bool TryRedeem(TokenCheck streamToken)
    {
        if (!streamToken.IsValid || streamToken.Nonce is null)
        {
            return false;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        lock (_redeemed)
        {
            foreach (var (nonce, expiresAt) in _redeemed)
            {
                if (expiresAt <= now)
                {
                    _redeemed.Remove(nonce);
                }
            }

            return _redeemed.TryAdd(streamToken.Nonce, streamToken.ExpiresAt);
        }
    }

    /// <summary>Checks a token's signature, purpose and expiry.</summary>
    public TokenCheck Check(string? token, TokenPurpose purpose)
    {
        if (string.IsNullOrEmpty(token))
        {
            return TokenCheck.Missing;
        }

        var dot = token.LastIndexOf('.');
        if (dot <= 0)
        {
            return TokenCheck.Invalid;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = WebEncoders.Base64UrlDecode(token[..dot]);
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return TokenCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return TokenCheck.Invalid;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        var expected = purpose == TokenPurpose.Stream ? 7 : 5;
        if (parts.Length != expected || parts[0] != Version || parts[1] != purpose.ToString()
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return TokenCheck.Invalid;
        }

        var watermark = 0;
        if (purpose == TokenPurpose.Stream && !int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out watermark))
        {
            return TokenCheck.Invalid;
        }

        return _time.GetUtcNow().ToUnixTimeSeconds() >= expiresAt
            ? TokenCheck.Expired
            : new TokenCheck(TokenStatus.Valid, parts[2], parts[3])
            {
                ExpiresAt = expiresAt,
                Watermark = watermark,
                Nonce = purpose == TokenPurpose.Stream ? parts[6] : null,
            };
    }

    private string Mint(TokenPurpose purpose, string conversationId, string userId, TimeSpan lifetime, string[] extra)
    {
        var expiresAt = _time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', [Version, purpose.ToString(), conversationId, userId, expiresAt.ToString(CultureInfo.InvariantCulture), .. extra]));
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload));
    }
}

/// <summary>What a token may be used for: the REST API, or opening one WebSocket stream.</summary>
public enum TokenPurpose
{
    Access,
    Stream,
}

public enum TokenStatus
{
    Valid,
    Missing,
    Invalid,
    Expired,
}

/// <summary>The result of checking a token; the conversation and user are set only when it is valid.</summary>
public sealed record TokenCheck(TokenStatus Status, string? ConversationId = null, string? UserId = null)
{
    public static readonly TokenCheck Missing = new(TokenStatus.Missing);
    public static readonly TokenCheck Invalid = new(TokenStatus.Invalid);
    public static readonly TokenCheck Expired = new(TokenStatus.Expired);

    public bool IsValid => Status == TokenStatus.Valid;

    /// <summary>When the token expires (Unix seconds).</summary>
    public long ExpiresAt { get; init; }

    /// <summary>A stream token's signed watermark: where its stream starts.</summary>
    public int Watermark { get; init; }

    /// <summary>A stream token's nonce, which makes it single-use.</summary>
    public string? Nonce { get; init; }
}
