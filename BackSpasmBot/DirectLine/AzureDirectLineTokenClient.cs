using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// Exchanges the Direct Line secret for a conversation token at Azure Bot Service, so the secret stays on the server.
/// Each token names a fresh <c>dl_</c> user id, so a page cannot choose whose conversation it speaks as.
/// </summary>
public sealed class AzureDirectLineTokenClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineTokenClient> logger)
{
    /// <summary>A token for a new conversation, or null when Azure's Direct Line did not give one.</summary>
    public async Task<DirectLineToken?> GenerateAsync(CancellationToken cancellationToken)
    {
        var azure = options.Value.Azure;
        using var request = new HttpRequestMessage(HttpMethod.Post, azure.TokenEndpoint)
        {
            Content = JsonContent.Create(new { user = new { id = "dl_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)) } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", azure.Secret);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Direct Line token endpoint answered {StatusCode}", (int)response.StatusCode);
                return null;
            }

            var token = await response.Content.ReadFromJsonAsync<DirectLineToken>(cancellationToken);
            return string.IsNullOrEmpty(token?.Token) ? null : token with { Domain = string.IsNullOrEmpty(azure.Domain) ? null : azure.Domain };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning("Direct Line token endpoint could not be used: {ExceptionType}", ex.GetType().FullName);
            return null;
        }
    }
}

/// <summary>What the page needs to open a conversation: <c>{token, conversationId, expires_in, domain?}</c>.</summary>
public sealed record DirectLineToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string? ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Domain = null);
