using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Plays the channel's side of the Bot Framework protocol: a real HTTP server that receives the bot's replies
/// (POST /v3/conversations/{id}/activities[/{replyToId}]) and answers with a resource id, as the Emulator does.
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Activity>> _received = new();

    private ChannelSink(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put on activities sent to the bot.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Requests the sink answered (replies, updates…), for tests about the outbound path.</summary>
    public int RequestCount => _requestCount;

    private int _requestCount;

    /// <summary>When set, replies are refused with this status code (to inject channel faults).</summary>
    public int? FailWith { get; set; }

    /// <summary>Replies refused because of <see cref="FailWith"/>.</summary>
    public int RefusedCount => _refusedCount;

    private int _refusedCount;

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ChannelSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", sink.ReceiveAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.First();
        return sink;
    }

    /// <summary>Everything received for this conversation since the last call, in order.</summary>
    public IReadOnlyList<Activity> Take(string conversationId)
    {
        var taken = new List<Activity>();
        if (_received.TryGetValue(conversationId, out var queue))
        {
            while (queue.TryDequeue(out var activity))
            {
                taken.Add(activity);
            }
        }

        return taken;
    }

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        Interlocked.Increment(ref _requestCount);
        if (FailWith is { } status)
        {
            Interlocked.Increment(ref _refusedCount);
            return Results.StatusCode(status);
        }

        using var reader = new StreamReader(request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
        activity.Id ??= Guid.NewGuid().ToString("N");
        _received.GetOrAdd(conversationId, _ => new ConcurrentQueue<Activity>()).Enqueue(activity);
        return Results.Json(new { id = activity.Id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
