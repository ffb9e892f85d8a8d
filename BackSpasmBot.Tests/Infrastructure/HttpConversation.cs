using System.Net;
using System.Text;
using BackSpasmBot.Bench.Driver;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// A conversation over the real Bot Framework protocol: activities are POSTed to /api/messages as the
/// Emulator sends them, and the bot's replies come back through the real connector to the sink.
/// </summary>
public sealed class HttpConversation(BotTestHost host, ChannelSink sink, string channelId = "emulator", string? conversationType = null, string? locale = null, string userName = "User") : IChatDriver
{
    public string ConversationId { get; } = $"conv-{Guid.NewGuid():N}";

    public ChannelAccount User { get; } = new($"user-{Guid.NewGuid():N}", userName, role: RoleTypes.User);

    public ChannelAccount Bot { get; } = new("bot", "BackSpasmBot", role: RoleTypes.Bot);

    public string ChannelId => channelId;

    public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity(ActivityTypes.ConversationUpdate)
    {
        MembersAdded = [User, Bot],
    });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return sink.Take(ConversationId);
    }

    /// <summary>Posts without asserting the outcome, for tests about status codes.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        Stamp(activity);
        var json = JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    private void Stamp(Activity activity)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= sink.ServiceUrl;
        activity.Conversation ??= new ConversationAccount(id: ConversationId, conversationType: conversationType);
        activity.From ??= User;
        activity.Recipient ??= Bot;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        activity.Locale ??= locale;
    }
}
