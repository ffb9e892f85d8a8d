using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// What the user "said" in a message, whichever way the channel delivered it: typed text, an imBack button,
/// or a value-only submit (Web Chat postBack with object data, Teams messageBack, Adaptive Card Action.Submit)
/// that carries no text at all.
/// </summary>
public static class ActivityText
{
    /// <summary>The keys a value-only submit may carry its answer under, in order of preference.</summary>
    private static readonly string[] AnswerKeys = ["answer", "text", "value", "choice"];

    public static bool IsMessage(IActivity activity) =>
        string.Equals(activity?.Type, ActivityTypes.Message, StringComparison.Ordinal);

    /// <summary>The text of a message, or the answer a value-only submit carries; null when there is neither.</summary>
    public static string? Of(IActivity activity)
    {
        if (activity is not IMessageActivity message)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            return message.Text;
        }

        return message.Value switch
        {
            string s when !string.IsNullOrWhiteSpace(s) => s,
            JObject obj => FromObject(obj),
            _ => null,
        };
    }

    private static string? FromObject(JObject obj)
    {
        foreach (var key in AnswerKeys)
        {
            if (obj.TryGetValue(key, StringComparison.OrdinalIgnoreCase, out var token) && token.Type == JTokenType.String)
            {
                var text = token.Value<string>();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return text;
                }
            }
        }

        return null;
    }
}
