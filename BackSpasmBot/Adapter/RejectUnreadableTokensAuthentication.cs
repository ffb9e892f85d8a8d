using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace BackSpasmBot.Adapter;

/// <summary>
/// Turns every way a bearer token can be bad into <see cref="UnauthorizedAccessException"/>, which the endpoint
/// answers with 401.
/// </summary>
/// <remarks>
/// The SDK (4.23.1) throws UnauthorizedAccessException for a missing header or a wrong audience or serviceurl, but
/// lets the token handler's own exceptions escape for an unreadable, expired or badly signed token
/// (SecurityTokenException, ArgumentException from the JWT parser). Left alone those became 500s. The exception's
/// message can quote token contents, so only its type is logged.
/// </remarks>
public sealed class RejectUnreadableTokensAuthentication(BotFrameworkAuthentication inner, ILogger<RejectUnreadableTokensAuthentication> logger) : BotFrameworkAuthentication
{
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private async Task<T> GuardAsync<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate();
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException or FormatException or Newtonsoft.Json.JsonException or System.Text.Json.JsonException)
        {
            logger.LogInformation("Rejected a request whose token could not be validated: {ExceptionType}", ex.GetType().FullName);
            throw new UnauthorizedAccessException("The bearer token could not be validated.");
        }
    }
}
