using System.Globalization;

namespace BackSpasmBot.Dialogs.Engine.Choices;

/// <summary>Matches an answer to one of the offered choices.</summary>
public static class ChoiceRecognizer
{
    /// <summary>
    /// The choice picked by <paramref name="text"/>: its value or a synonym (ignoring case and punctuation),
    /// its 1-based number, or a spelling one or two letters off; null when nothing matches.
    /// </summary>
    public static FoundChoice? Recognize(string? text, IList<Choice> choices)
    {
        var answer = Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return new FoundChoice(choices[number - 1].Value, number - 1);
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Terms(choices[i]).Any(term => term == answer))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Terms(choices[i]).Any(term => term.Length >= 4 && Distance.Within(term, answer, term.Length >= 8 ? 2 : 1)))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    private static IEnumerable<string> Terms(Choice choice) =>
        choice.Synonyms.Prepend(choice.Value).Select(Normalize).Where(term => term.Length > 0);

    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var letters = text.Trim().ToLowerInvariant()
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')
            .ToArray();
        return string.Join(' ', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Damerau–Levenshtein (optimal string alignment) distance with an early cut-off.</summary>
public static class Distance
{
    public static bool Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return false;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= max;
    }
}
