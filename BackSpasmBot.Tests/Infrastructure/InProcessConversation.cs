using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// A conversation with the real bot (the host's own services) through the SDK's TestAdapter: no HTTP, so the
/// triage logic can be exercised fast. Turn errors are not caught here: they fail the test.
/// </summary>
public sealed class InProcessConversation(IBot bot, string channelId = "test") : IChatDriver
{
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation($"conv-{Guid.NewGuid():N}", "user", "bot"));

    public string ChannelId => channelId;

    public Task<IReadOnlyList<Activity>> JoinAsync()
    {
        var join = _adapter.MakeActivity(null);
        join.Type = ActivityTypes.ConversationUpdate;
        join.MembersAdded = [join.From, join.Recipient];
        return RunAsync(join);
    }

    public Task<IReadOnlyList<Activity>> SendAsync(Activity message)
    {
        var activity = _adapter.MakeActivity(message.Text);
        activity.Value = message.Value;
        activity.ChannelData = message.ChannelData;
        activity.Locale = message.Locale;
        return RunAsync(activity);
    }

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        activity.ChannelId = channelId;
        await _adapter.ProcessActivityAsync(activity, bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (_adapter.ActiveQueue.Count > 0)
        {
            replies.Add(_adapter.ActiveQueue.Dequeue());
        }

        return replies;
    }
}
