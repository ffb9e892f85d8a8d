using BackSpasmBot.Telemetry;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Turns;

/// <summary>
/// The middleware every adapter that runs the bot uses, in this order:
/// <list type="number">
/// <item><description><see cref="TurnTelemetry"/>: the turn's span, count and duration (waiting for the lock included).</description></item>
/// <item><description><see cref="ConversationTurnLock"/>: one turn per conversation at a time in this instance.</description></item>
/// <item><description>
/// <see cref="TypingIndicatorMiddleware"/> ("typing…" for turns slower than half a second), inside the lock so that it
/// counts the turn's own time, not its wait for the conversation.
/// </description></item>
/// <item><description>
/// <see cref="SaveBeforeSendMiddleware"/>: replies held until the state is saved; a turn that lost an eTag race runs
/// again. Innermost, so that a retry runs only the bot again.
/// </description></item>
/// </list>
/// </summary>
public sealed class TurnPipeline(TurnTelemetry telemetry, ConversationTurnLock turnLock, TypingIndicatorMiddleware typing, SaveBeforeSendMiddleware saveBeforeSend)
{
    /// <param name="adapter">The adapter to set up.</param>
    /// <param name="others">Other middleware (transcripts), run inside the lock and outside save-before-send, so each
    /// sees a turn once and each reply once.</param>
    public void ApplyTo(BotAdapter adapter, IEnumerable<IMiddleware>? others = null)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Use(telemetry);
        adapter.Use(turnLock);
        adapter.Use(typing);
        foreach (var middleware in others ?? [])
        {
            adapter.Use(middleware);
        }

        adapter.Use(saveBeforeSend);
    }
}
