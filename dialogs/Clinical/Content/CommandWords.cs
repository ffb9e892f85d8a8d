using BackSpasmBot.Clinical.Answers;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// The words of the commands that work at any point of the conversation (TRIAGE-SPEC §5 rule 5) in one language
/// (&lt;language&gt;/messages.yaml, commands), in <see cref="WholeMessage"/> form. Only a whole message is a command, so a
/// symptom ("no puedo parar de orinar", "I can't stop peeing") never is.
/// </summary>
public sealed class CommandWords
{
    public const string Help = "help";
    public const string Restart = "restart";
    public const string Cancel = "cancel";
    public const string ForgetMe = "forget_me";
    public const string ShowPlan = "show_plan";
    public const string StopCheckIns = "stop_check_ins";

    /// <summary>Every command; each language must give words for each.</summary>
    public static readonly IReadOnlyList<string> Names = [Help, Restart, Cancel, ForgetMe, ShowPlan, StopCheckIns];

    /// <summary>Whole message → the command it is.</summary>
    public required IReadOnlyDictionary<string, string> Phrases { get; init; }

    /// <summary>"please", "por favor": may open or close any command ("please forget me", "cancelar por favor").</summary>
    public required IReadOnlyList<string> Polite { get; init; }

    /// <summary>
    /// The command a whole message is, in the language chosen for this flow and then in the others (a person may type
    /// "help" in a Spanish conversation); null when it is none.
    /// </summary>
    public static string? Find(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var content = ClinicalContent.Current;
        var chosen = content.Text;
        return chosen.Commands.Match(normalized, content.Languages)
            ?? content.Languages.Where(l => l != chosen).Select(l => l.Commands.Match(normalized, content.Languages)).FirstOrDefault(c => c is not null);
    }

    /// <summary><see cref="WholeMessage.Normalize"/>, except that a lone "?" (asking for help) stays "?".</summary>
    public static string Normalize(string? text)
    {
        var normalized = WholeMessage.Normalize(text);
        return normalized.Length == 0 && text?.Trim().TrimStart('¿') == "?" ? "?" : normalized;
    }

    private string? Match(string normalized, IReadOnlyList<LanguageContent> languages)
    {
        if (Phrases.TryGetValue(normalized, out var command))
        {
            return command;
        }

        // Runs on every message, so without LINQ or joined strings: a string is cut only when a polite word is there.
        for (var i = 0; i < languages.Count; i++)
        {
            foreach (var polite in languages[i].Commands.Polite)
            {
                var bare = StartsWithWord(normalized, polite) ? normalized[(polite.Length + 1)..]
                    : EndsWithWord(normalized, polite) ? normalized[..^(polite.Length + 1)]
                    : null;
                if (bare is not null && (Phrases.TryGetValue(bare, out command)
                    || (EndsWithWord(bare, polite) && Phrases.TryGetValue(bare[..^(polite.Length + 1)], out command))))
                {
                    return command;
                }
            }
        }

        return null;
    }

    /// <summary>"please help" starts with the word "please": the word, then a space.</summary>
    private static bool StartsWithWord(string text, string word) =>
        text.Length > word.Length && text[word.Length] == ' ' && text.StartsWith(word, StringComparison.Ordinal);

    /// <summary>"help please" ends with the word "please": a space, then the word.</summary>
    private static bool EndsWithWord(string text, string word) =>
        text.Length > word.Length && text[^(word.Length + 1)] == ' ' && text.EndsWith(word, StringComparison.Ordinal);
}
