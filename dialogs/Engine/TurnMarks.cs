using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// What a turn tells the pipeline that runs it (the host's turn middleware), through the turn state, so that the
/// pipeline never has to read the bot's messages to know:
/// <list type="bullet">
/// <item><description>which replies are urgent: they must still reach the person when the rest of the turn fails;</description></item>
/// <item><description>that the conversation's data was erased during the turn: nothing may write it back afterwards.</description></item>
/// </list>
/// </summary>
public static class TurnMarks
{
    private const string UrgentKey = "BackSpasmBot.Turn.UrgentReplies";
    private const string ErasedKey = "BackSpasmBot.Turn.Erased";

    /// <summary>Marks <paramref name="reply"/> (this very object, before it is sent) as one the person must receive even if the turn fails.</summary>
    public static void MarkUrgent(ITurnContext turnContext, IActivity reply)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reply);
        if (turnContext.TurnState.Get<HashSet<IActivity>>(UrgentKey) is not { } urgent)
        {
            urgent = new HashSet<IActivity>(ReferenceEqualityComparer.Instance);
            turnContext.TurnState[UrgentKey] = urgent;
        }

        urgent.Add(reply);
    }

    /// <summary>Whether <paramref name="reply"/> was marked urgent during this turn.</summary>
    public static bool IsUrgent(ITurnContext turnContext, IActivity reply) =>
        turnContext.TurnState.Get<HashSet<IActivity>>(UrgentKey) is { } urgent && urgent.Contains(reply);

    /// <summary>Marks the turn as one that erased the conversation's stored data.</summary>
    public static void MarkErased(ITurnContext turnContext) => turnContext.TurnState[ErasedKey] = true;

    /// <summary>Whether this turn erased the conversation's stored data: it must never be restored or written back.</summary>
    public static bool ErasedThisTurn(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(ErasedKey);
}
