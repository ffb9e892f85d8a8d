using BackSpasmBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Engine;

/// <summary>
/// Runs a root dialog through the SDK's TestAdapter. Every turn uses a fresh ConversationState over the same
/// storage, so the stack must survive the store between turns, as it does in production.
/// </summary>
internal sealed class DialogHarness(Dialog root, IStorage? storage = null, string channelId = "test")
{
    private readonly TestAdapter _adapter = new(channelId);

    public IStorage Storage { get; } = storage ?? new MemoryStorage();

    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>Where ConversationState keeps this conversation.</summary>
    public string ConversationStorageKey => $"{channelId}/conversations/{_adapter.Conversation.Conversation.Id}";

    public Task<IReadOnlyList<Activity>> SayAsync(string? text) => SendAsync(_adapter.MakeActivity(text));

    /// <summary>A message activity in this conversation, to adjust before sending.</summary>
    public Activity Make(string? text) => _adapter.MakeActivity(text);

    public Task<IReadOnlyList<Activity>> SubmitValueAsync(object value)
    {
        var activity = _adapter.MakeActivity(null);
        activity.Value = value;
        return SendAsync(activity);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var state = new ConversationState(Storage);
        var stack = state.CreateProperty<DialogState>("stack");
        await _adapter.ProcessActivityAsync(activity, async (turn, ct) =>
        {
            LastResult = await root.RunAsync(turn, stack, ct);
            await state.SaveChangesAsync(turn, false, ct);
        });

        var replies = new List<Activity>();
        while (_adapter.ActiveQueue.Count > 0)
        {
            replies.Add(_adapter.ActiveQueue.Dequeue());
        }

        return replies;
    }

    public async Task<IReadOnlyList<string?>> TextsAsync(string? text) => [.. (await SayAsync(text)).Select(a => a.Text)];
}
