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
/// The SDK's <see cref="ShowTypingMiddleware"/> ("typing…" for turns slower than half a second). It sits inside the
/// lock because in 4.23.1 it keeps its typing state per conversation id, shared by every turn of the conversation:
/// two turns at once would cancel each other's typing task after it was disposed, and fail the turn.
/// </description></item>
/// <item><description>
/// <see cref="SaveBeforeSendMiddleware"/>: replies held until the state is saved; a turn that lost an eTag race runs
/// again. Innermost, so that a retry runs only the bot again.
/// </description></item>
/// </list>
/// </summary>
public sealed class TurnPipeline(TurnTelemetry telemetry, ConversationTurnLock turnLock, SaveBeforeSendMiddleware saveBeforeSend)
{
    /// <param name="adapter">The adapter to set up.</param>
    /// <param name="others">Other middleware (transcripts), run inside the lock and outside save-before-send, so each
    /// sees a turn once and each reply once.</param>
    public void ApplyTo(BotAdapter adapter, IEnumerable<IMiddleware>? others = null)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Use(telemetry);
        adapter.Use(turnLock);
        adapter.Use(new ShowTypingMiddleware(delay: 500, period: 2000));
        foreach (var middleware in others ?? [])
        {
            adapter.Use(middleware);
        }

        adapter.Use(saveBeforeSend);
    }
}
