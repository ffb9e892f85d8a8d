using Microsoft.Net.Http.Headers;

namespace BackSpasmBot.DirectLine;

/// <summary>Direct Line's answers to a request whose token is missing, expired, or for another conversation.</summary>
public static class DirectLineAuthorization
{
    /// <summary>The checked bearer token, or the error result to answer with.</summary>
    public static (TokenCheck Token, IResult? Error) Authorize(HttpRequest request, DirectLineTokens tokens, string? conversationId)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (TokenCheck.Missing, Error(StatusCodes.Status401Unauthorized, "MissingToken", "Send the Direct Line token as Authorization: Bearer <token>."));
        }

        var token = tokens.Check(header["Bearer ".Length..].Trim(), TokenPurpose.Access);
        return (token, ErrorFor(token, conversationId));
    }

    /// <summary>Null when the token is valid (and, if <paramref name="conversationId"/> is given, for that conversation).</summary>
    public static IResult? ErrorFor(TokenCheck token, string? conversationId) => token.Status switch
    {
        TokenStatus.Missing => Error(StatusCodes.Status401Unauthorized, "MissingToken", "A Direct Line token is required."),
        TokenStatus.Expired => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."),
        TokenStatus.Invalid => Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid."),
        _ when conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal) =>
            Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid for this conversation."),
        _ => null,
    };

    /// <summary>An error in Direct Line's shape: <c>{"error":{"code","message"}}</c>.</summary>
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: statusCode);
}
