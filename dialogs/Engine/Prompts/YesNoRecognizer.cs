using System.Text.RegularExpressions;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>The engine's own plain yes/no recognizer (the triage has a richer, clinical one).</summary>
public static partial class YesNoRecognizer
{
    [GeneratedRegex(@"^\W*(yes|yeah|yea|yep|yup|y|ya|sure|ok|okay|correct|true|1)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^\W*(no|nope|nah|n|not really|false|2)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex No();

    /// <summary>True for yes, false for no, null when it is neither.</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Yes().IsMatch(text))
        {
            return true;
        }

        return No().IsMatch(text) ? false : null;
    }
}
