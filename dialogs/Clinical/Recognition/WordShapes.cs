using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// Words typed in another shape than the vocabulary spells them, read as the word they make when, and only when, that
/// word is one the vocabulary spells (<see cref="KnownWords"/>); a word it already knows is never changed:
/// <list type="bullet">
/// <item>digits for letters ("n0 pu3d0 0rin4r" → "no puedo orinar"); a number with its unit ("38c", "5ft") makes no word;</item>
/// <item>a word with letters starred out ("my d*ck"), when exactly one word fits;</item>
/// <item>a spoken ending (language.yaml, elided_endings: "dormío" → "dormido", "walkin" → "walking");</item>
/// <item>a letter said for another at the end of a syllable (language.yaml, syllable_end_sounds: Caribbean "dolol" →
///   "dolor", "dolmío" → "dormido"; Andalusian "ehtoy" → "estoy");</item>
/// <item>one word split in two by a phone's dictation or a slip of the thumb ("in continent", "water works",
///   "o rinar", "entre pierna"), unless either half is a negative ("no body" stays two words).</item>
/// </list>
/// </summary>
internal static partial class WordShapes
{
    /// <summary>The shortest word a split is joined into: shorter joins ("a head") are ordinary words side by side.</summary>
    private const int ShortestJoin = 6;

    /// <summary>Each half of a split made of two known words must have this many letters ("water works", not "a head").</summary>
    private const int ShortestKnownHalf = 4;

    /// <summary>A stem joins a split word only when it reaches this many letters into the second half ("contracturad*" does not join "contractura dorsal").</summary>
    private const int StemReach = 3;

    [GeneratedRegex(@"[a-zñ0-9]*[0-9][a-zñ0-9]*", RegexOptions.CultureInvariant)]
    private static partial Regex WithDigitsRegex();

    [GeneratedRegex(@"[a-zñ]*\*+[a-zñ]*", RegexOptions.CultureInvariant)]
    private static partial Regex StarredRegex();

    private static KnownWords Known => ClinicalContent.Current.Text.Vocabulary.KnownWords;

    /// <summary>Digits for letters and starred-out letters, in the lower-cased text before it is split into words.</summary>
    public static string ReadLetters(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            text = WithDigitsRegex().Replace(text, m => FromDigits(m.Value) ?? m.Value);
        }

        if (text.Contains('*', StringComparison.Ordinal))
        {
            text = StarredRegex().Replace(text, m => Unstarred(m.Value) ?? m.Value);
        }

        return text;
    }

    /// <summary>Spoken endings and split words, over the words of a message.</summary>
    public static List<Token> ReadWords(List<Token> tokens)
    {
        var known = Known;
        var endings = ClinicalContent.Current.Text.Words.ElidedEndings;
        var sounds = ClinicalContent.Current.Text.Words.SyllableEndSounds;
        for (var i = 0; i < tokens.Count && sounds.Count > 0; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && !known.IsWhole(tokens[i].Text) && Sounded(tokens[i].Text, sounds, endings, known) is { } sounded)
            {
                tokens[i] = tokens[i] with { Text = sounded };
            }
        }

        for (var i = 0; i < tokens.Count && endings.Count > 0; i++)
        {
            // A word the vocabulary knows only by a stem ("caío" by "cai*") is read with the written ending too, when that
            // makes a whole word it spells ("caído").
            if (tokens[i].Kind == TokenKind.Word && !known.IsWhole(tokens[i].Text)
                && Written(tokens[i].Text, endings, known, wholeOnly: known.Contains(tokens[i].Text)) is { } written)
            {
                tokens[i] = tokens[i] with { Text = written };
            }
        }

        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.Word && Joined(tokens[i].Text, tokens[i + 1].Text, known) is { } joined)
            {
                tokens[i] = tokens[i] with { Text = joined };
                tokens.RemoveAt(i + 1);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && NegationMeant(tokens[i].Text, known) is { } negation)
            {
                tokens[i] = tokens[i] with { Text = negation };
            }
        }

        return tokens;
    }

    /// <summary>The shortest negation word whose typos are read as it: shorter ones ("not", "dont") are too near other words.</summary>
    private const int ShortestNegationWithTypos = 5;

    /// <summary>
    /// "nevr had canser", "nunka he tenido": a word the vocabulary does not spell and no real word is, within a typo of a
    /// one-word negation ("never", "nothing", "nunca"), is that negation, so that what it denies is not read as said.
    /// </summary>
    /// <remarks>
    /// Runs on every word of every message, so the cheap comparison with the cues (first letter, length) comes first and
    /// the word lookups only for the rare word that is near one.
    /// </remarks>
    private static string? NegationMeant(string typed, KnownWords known)
    {
        foreach (var cue in Negation.NegationCues)
        {
            if (cue.Length == 1 && cue[0].Length >= ShortestNegationWithTypos && Fuzzy.IsTypoOf(cue[0], typed))
            {
                return known.Contains(typed) || !Fuzzy.MayBeTypo(typed) ? null : cue[0];
            }
        }

        return null;
    }

    private static string? FromDigits(string typed)
    {
        // A number with its unit ("3m", "38c", "10ft", "4am") has its digits first and only letters after them.
        if (!typed.Any(char.IsLetter) || (char.IsDigit(typed[0]) && !typed.SkipWhile(char.IsDigit).Any(char.IsDigit)))
        {
            return null;
        }

        // "1" stands for an i or an l: the i is tried first.
        foreach (var one in "il")
        {
            var letters = new char[typed.Length];
            for (var k = 0; k < typed.Length; k++)
            {
                var letter = typed[k] switch
                {
                    '0' => 'o',
                    '1' => one,
                    '3' => 'e',
                    '4' => 'a',
                    '5' => 's',
                    '7' => 't',
                    >= '0' and <= '9' => '\0',
                    var c => c,
                };
                if (letter == '\0')
                {
                    return null;
                }

                letters[k] = letter;
            }

            var word = new string(letters);
            if (Known.Contains(word))
            {
                return word;
            }
        }

        return null;
    }

    private static string? Unstarred(string typed)
    {
        if (typed.Length < 3 || typed.All(c => c == '*'))
        {
            return null;
        }

        return Known.OnlyWord(typed.Length, word =>
        {
            for (var k = 0; k < typed.Length; k++)
            {
                if (typed[k] != '*' && typed[k] != word[k])
                {
                    return false;
                }
            }

            return true;
        });
    }

    private static string? Written(string typed, IReadOnlyList<(string Typed, string Written)> endings, KnownWords known, bool wholeOnly)
    {
        foreach (var (ending, written) in endings)
        {
            // At least two letters before the ending ("caío" is "caído"); the result must be a word the vocabulary knows.
            if (typed.Length >= ending.Length + 2 && typed.EndsWith(ending, StringComparison.Ordinal))
            {
                var word = typed[..^ending.Length] + written;
                if (wholeOnly ? known.IsWhole(word) : known.ContainsPast(word, typed.Length - ending.Length, reach: 1))
                {
                    return word;
                }
            }
        }

        return null;
    }

    /// <summary>The shortest word read with its syllables' end letters as written: "mal" and "tal" are words of their own.</summary>
    private const int ShortestSoundedWord = 4;

    /// <summary>
    /// "dolol" → "dolor", "dolmío" → "dormido": every letter said for another where a syllable ends (after a vowel, before
    /// a consonant or the end of the word) written as spelt, when that makes a word the vocabulary spells whole, or, for a
    /// word it does not know at all, one it knows by a stem or with its spoken ending written too.
    /// </summary>
    private static string? Sounded(string typed, IReadOnlyList<(char Typed, char Written)> sounds, IReadOnlyList<(string Typed, string Written)> endings, KnownWords known)
    {
        if (typed.Length < ShortestSoundedWord)
        {
            return null;
        }

        var letters = typed.ToCharArray();
        var changed = false;
        for (var k = 1; k < letters.Length; k++)
        {
            var endsSyllable = IsVowel(typed[k - 1]) && (k == typed.Length - 1 || !IsVowel(typed[k + 1]));
            foreach (var (said, spelt) in sounds)
            {
                if (endsSyllable && typed[k] == said)
                {
                    letters[k] = spelt;
                    changed = true;
                }
            }
        }

        if (!changed)
        {
            return null;
        }

        // A word known only by a stem ("dolol" by "dolo*") is read as the whole word its sounds make ("dolor"), never as a
        // word the stem alone would allow.
        var word = new string(letters);
        if (known.IsWhole(word))
        {
            return word;
        }

        return known.Contains(typed) ? null : known.Contains(word) ? word : Written(word, endings, known, wholeOnly: false);
    }

    private static bool IsVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string? Joined(string first, string second, KnownWords known)
    {
        if (first.Length + second.Length < ShortestJoin || Negation.IsNegativeWord(first) || Negation.IsNegativeWord(second))
        {
            return null;
        }

        var joined = first + second;
        if (!known.ContainsPast(joined, first.Length, StemReach))
        {
            return null;
        }

        // Two words the vocabulary knows are joined only when both are long and no phrase has them side by side
        // ("water works", never "back pain" or "a head").
        var bothKnown = known.Contains(first) && known.Contains(second);
        return !bothKnown || (first.Length >= ShortestKnownHalf && second.Length >= ShortestKnownHalf && !known.HasPair(first, second)) ? joined : null;
    }
}
