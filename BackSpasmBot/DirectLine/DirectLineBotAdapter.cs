using BackSpasmBot.Turns;
using BackSpasmBot.Triage.Regions;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// Runs the bot in process for the built-in Direct Line: the bot's replies are appended to the conversation instead
/// of being posted to a connector service. So it needs no Bot Framework credentials and keeps working when
/// /api/messages requires them. Turn errors follow the same <see cref="TurnErrorPolicy"/> as the cloud adapter.
/// </summary>
public sealed class DirectLineBotAdapter : BotAdapter
{
    /// <summary>The SDK's internal type for an invoke's response (ActivityTypesEx.InvokeResponse).</summary>
    private const string InvokeResponseType = "invokeResponse";

    private readonly TimeProvider _time;

    public DirectLineBotAdapter(ConversationState conversationState, RegionResolver regions, TimeProvider time, TurnPipeline pipeline, IEnumerable<IMiddleware> middleware, ILogger<DirectLineBotAdapter> logger)
    {
        _time = time;

        // As on the cloud adapter: turn lock, a slow turn shows "typing…" (delivered over the WebSocket stream only),
        // the registered middleware, save before send.
        pipeline.ApplyTo(this, middleware);

        OnTurnError = new TurnErrorPolicy(conversationState, regions, logger).HandleAsync;
    }

    /// <summary>Runs one turn of the bot for an activity of <paramref name="conversation"/>.</summary>
    public async Task ProcessAsync(DirectLineConversation conversation, Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Add(conversation);
        await RunPipelineAsync(turnContext, bot, cancellationToken);
    }

    /// <summary>
    /// Runs a proactive turn (a check-in) in a built-in Direct Line conversation: its messages are queued in the
    /// conversation and reach the page when it next connects or polls. False when the conversation is no longer held.
    /// </summary>
    public async Task<bool> ContinueConversationAsync(DirectLineConversations conversations, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (reference.Conversation?.Id is not { } id || conversations.Find(id) is not { } conversation)
        {
            return false;
        }

        using var turnContext = new TurnContext(this, reference.GetContinuationActivity());
        turnContext.TurnState.Add(conversation);
        await RunPipelineAsync(turnContext, callback, cancellationToken);
        return true;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(turnContext);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypes.Delay:
                    var delayMs = activity.Value is IConvertible value ? value.ToInt32(null) : 1000;
                    await Task.Delay(TimeSpan.FromMilliseconds(delayMs), _time, cancellationToken);
                    responses[i] = new ResourceResponse();
                    break;
                case InvokeResponseType or ActivityTypes.Trace:
                    // Not for the person: invoke responses go back to the caller, traces only to the Emulator.
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Typing:
                    conversation.Publish(activity, _time.GetUtcNow());
                    responses[i] = new ResourceResponse(activity.Id);
                    break;
                default:
                    responses[i] = new ResourceResponse(conversation.Append(activity, _time.GetUtcNow()));
                    break;
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        ConversationOf(turnContext).Replace(activity)
            ? Task.FromResult(new ResourceResponse(activity.Id))
            : throw new InvalidOperationException("The activity to update is not in this conversation.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line does not delete activities.");

    private static DirectLineConversation ConversationOf(ITurnContext turnContext) =>
        turnContext.TurnState.Get<DirectLineConversation>()
        ?? throw new InvalidOperationException("This adapter only runs turns for built-in Direct Line conversations.");
}
