using System.Diagnostics;
using BackSpasmBot.Tests.Infrastructure;
using Newtonsoft.Json;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>
/// A real Direct Line client: botframework-directlinejs 0.15.8 (what Web Chat uses) run by Node.js from
/// <c>client/run-client.js</c>, following a list of steps and reporting everything it saw.
/// </summary>
public static class DirectLineClient
{
    public static async Task<ClientReport> RunAsync(ClientScenario scenario)
    {
        var script = Path.Combine(RepositoryFiles.RepositoryRoot, "BackSpasmBot.Tests", "DirectLine", "client", "run-client.js");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(JsonConvert.SerializeObject(scenario));
        using var node = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = node.StandardError.ReadToEndAsync(timeout.Token);
        await node.WaitForExitAsync(timeout.Token);
        var report = JsonConvert.DeserializeObject<ClientReport>(await output)
            ?? throw new InvalidOperationException("The Direct Line client printed nothing: " + await errors);
        return report;
    }

    public static object Post(string text) => new { post = new { type = "message", text } };

    public static object Join() => new { post = new { type = "event", name = "webchat/join" } };

    public static object WaitActivities(int count) => new { waitActivities = count };

    public static object WaitStatus(ConnectionStatus status) => new { waitStatus = (int)status };
}

/// <summary>botframework-directlinejs's ConnectionStatus.</summary>
public enum ConnectionStatus
{
    Uninitialized = 0,
    Connecting = 1,
    Online = 2,
    ExpiredToken = 3,
    FailedToConnect = 4,
    Ended = 5,
}

public sealed record ClientScenario(
    [property: JsonProperty("domain")] string Domain,
    [property: JsonProperty("token")] string Token,
    [property: JsonProperty("steps")] IReadOnlyList<object> Steps,
    [property: JsonProperty("webSocket")] bool WebSocket = true,
    [property: JsonProperty("conversationId", NullValueHandling = NullValueHandling.Ignore)] string? ConversationId = null,
    [property: JsonProperty("watermark", NullValueHandling = NullValueHandling.Ignore)] string? Watermark = null);

public sealed class ClientReport
{
    [JsonProperty("statuses")] public List<ConnectionStatus> Statuses { get; set; } = [];

    [JsonProperty("activities")] public List<SeenActivity> Activities { get; set; } = [];

    [JsonProperty("posts")] public List<PostResult> Posts { get; set; } = [];

    [JsonProperty("streamUrls")] public List<string> StreamUrls { get; set; } = [];

    [JsonProperty("errors")] public List<string> Errors { get; set; } = [];

    [JsonProperty("watermark")] public string? Watermark { get; set; }

    public IEnumerable<SeenActivity> FromBot => Activities.Where(a => a.Role == "bot");

    public override string ToString() => JsonConvert.SerializeObject(this);
}

public sealed record SeenActivity(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("type")] string Type,
    [property: JsonProperty("role")] string? Role,
    [property: JsonProperty("fromId")] string? FromId,
    [property: JsonProperty("text")] string? Text,
    [property: JsonProperty("clientActivityID")] string? ClientActivityId);

public sealed record PostResult(
    [property: JsonProperty("clientActivityID")] string ClientActivityId,
    [property: JsonProperty("id")] string? Id,
    [property: JsonProperty("error")] string? Error);
