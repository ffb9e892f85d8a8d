using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>The words that work at any point of the conversation (TRIAGE-SPEC §5 rule 5), in every language the bot speaks.</summary>
public enum TriageCommand
{
    None,
    Help,
    Restart,
    Cancel,
    ForgetMe,
    ShowPlan,

    /// <summary>Cancel the booked check-in ("stop check-ins").</summary>
    StopCheckIns,

    /// <summary>"Why?": why this question, or after an outcome, why that outcome (words: en/messages.yaml, why_words).</summary>
    Why,

    /// <summary>The summary for a doctor (words: en/messages.yaml, summary_words, and its button).</summary>
    Summary,
}

/// <summary>
/// Recognises commands. Only a whole message counts ("stop" is a command; "I can't stop peeing" is not), so a
/// symptom can never be mistaken for one.
/// </summary>
public static partial class TriageCommands
{
    [GeneratedRegex(@"^(help|\?|help me|what can you do|menu|commands|ayuda|ayudame|ayúdame|menú|comandos|que puedes hacer|qué puedes hacer)$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(restart|start over|start again|begin again|reset|new triage|start|empezar de nuevo|volver a empezar|empezar otra vez|reiniciar|empezar|comenzar de nuevo|de nuevo)$")]
    private static partial Regex Restart();

    [GeneratedRegex(@"^(cancel|stop|quit|exit|end|stop it|stop please|please stop|cancelar|parar|para|salir|terminar|basta)$")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(please |por favor )?(forget me|forget about me|delete my data|delete my details|erase my data|delete everything|erase everything|delete what you stored|forget everything|clear my data|remove my data|borrar mis datos|borra mis datos|borrar datos|olvidame|olvídame|borra todo|borrar todo|elimina mis datos|eliminar mis datos)( please| por favor)?$")]
    private static partial Regex ForgetMe();

    [GeneratedRegex(@"^(plan|my plan|show my plan|show my plan again|show plan|show the plan|see my plan|see my plan again|show me my plan|what was my plan|repeat|repeat that|say that again|again|mi plan|ver mi plan|ver mi plan otra vez|ver el plan|muestrame mi plan|muéstrame mi plan|repite|repetir|otra vez)$")]
    private static partial Regex ShowPlan();

    [GeneratedRegex(@"^(please )?(stop|cancel|no more|turn off|don't send|dont send|don't send me|no) (the |my |any |all )?(check[- ]?ins?|follow[- ]?ups?|reminders?|check[- ]?in messages?)( please)?$|^(parar|cancelar|quitar|no quiero) (el |los )?(seguimiento|seguimientos|recordatorios?)( por favor)?$")]
    private static partial Regex StopCheckIns();

    public static TriageCommand Parse(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return TriageCommand.None;
        }

        if (Help().IsMatch(normalized))
        {
            return TriageCommand.Help;
        }

        if (Restart().IsMatch(normalized))
        {
            return TriageCommand.Restart;
        }

        if (StopCheckIns().IsMatch(normalized))
        {
            return TriageCommand.StopCheckIns;
        }

        if (Cancel().IsMatch(normalized))
        {
            return TriageCommand.Cancel;
        }

        if (ForgetMe().IsMatch(normalized))
        {
            return TriageCommand.ForgetMe;
        }

        if (ShowPlan().IsMatch(normalized))
        {
            return TriageCommand.ShowPlan;
        }

        if (Explanations.IsWhy(text))
        {
            return TriageCommand.Why;
        }

        return SummaryWording.IsRequest(text) ? TriageCommand.Summary : TriageCommand.None;
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim().ToLowerInvariant().TrimStart('¡', '¿').TrimEnd('.', '!', ' ');
        return trimmed == "?" ? trimmed : string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
