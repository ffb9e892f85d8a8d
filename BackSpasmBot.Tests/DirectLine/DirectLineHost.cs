using System.Net.Http.Json;
using System.Text.Json.Serialization;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>The real host with the built-in Direct Line on, on a loopback port, with a clock the tests can move.</summary>
public sealed class DirectLineHost : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public BotTestHost Host { get; private set; } = null!;

    public HttpClient Http => Host.Client;

    public string Domain => new Uri(Host.BaseAddress, "/v3/directline").ToString();

    public async Task InitializeAsync() =>
        Host = await BotTestHost.StartAsync(builder => builder.Services.AddSingleton<TimeProvider>(Clock), "--DirectLine:Enabled=true");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A token for a new conversation, as the page gets one.</summary>
    public async Task<TokenResponse> NewTokenAsync()
    {
        using var response = await Http.PostAsync("/api/directline/token", content: null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }
}

public sealed record TokenResponse(string Token, string ConversationId, [property: JsonPropertyName("expires_in")] int ExpiresIn, string? Domain);
