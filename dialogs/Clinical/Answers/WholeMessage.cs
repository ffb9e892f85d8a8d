using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>
/// How a whole message is compared with a list of whole-message phrases ("why?", "summary for my doctor", the check-in's
/// "better" or "mañana"): both sides are put in this one form when the content loads and when a message comes in.
/// </summary>
public static class WholeMessage
{
    /// <summary>
    /// Lower case with accents folded as the recognizer folds them (<see cref="Tokenizer.Fold"/>: "qué" is "que", the ñ
    /// is kept), without "¿" or "¡", commas as spaces, without ? . ! at the end, single spaces. "¿Por qué?" is "por que".
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = Tokenizer.Fold(text).Replace('’', '\'');
        var words = new string([.. folded.Select(c => c is '¿' or '¡' or ',' ? ' ' : c)]).Trim().TrimEnd('?', '.', '!', ' ');
        return string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
