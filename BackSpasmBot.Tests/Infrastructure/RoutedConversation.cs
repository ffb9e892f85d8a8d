using System.Net;
using System.Text;
using BackSpasmBot.Bench.Driver;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// One conversation over HTTP whose messages may each go to a different host, as behind a load balancer, or to a
/// host started again after a restart. A router picks the host for each activity (0 is the first one sent); all
/// hosts reply to the same <see cref="ChannelSink"/>.
/// </summary>
public sealed class RoutedConversation(ChannelSink sink, Func<int, Task<BotTestHost>> route, string channelId = "emulator") : IChatDriver
{
    private int _sent = -1;

    public string ConversationId { get; } = $"conv-{Guid.NewGuid():N}";

    public ChannelAccount User { get; } = new($"user-{Guid.NewGuid():N}", "User", role: RoleTypes.User);

    public ChannelAccount Bot { get; } = new("bot", "BackSpasmBot", role: RoleTypes.Bot);

    public string ChannelId => channelId;

    /// <summary>Always the same host.</summary>
    public static RoutedConversation To(ChannelSink sink, BotTestHost host) => new(sink, _ => Task.FromResult(host));

    public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [User, Bot] });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return sink.Take(ConversationId);
    }

    /// <summary>Posts to the routed host without asserting the outcome; replies stay in the sink.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        var host = await route(Interlocked.Increment(ref _sent));
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= sink.ServiceUrl;
        activity.Conversation ??= new ConversationAccount(id: ConversationId);
        activity.From ??= User;
        activity.Recipient ??= Bot;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        var json = JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>What the bot sent that has not been taken yet (after <see cref="PostAsync"/>).</summary>
    public IReadOnlyList<Activity> TakeReplies() => sink.Take(ConversationId);
}
