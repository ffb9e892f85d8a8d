using System.Globalization;
using System.Text;

namespace BackSpasmBot.Clinical.Hints;

/// <summary>
/// What the hint model sees of a message: its words (lower case, accents and apostrophes dropped), each word, each pair
/// of neighbouring words, and the 3- to 5-letter pieces of each word with its edges marked ("&lt;numb&gt;": "&lt;nu",
/// "num", …), so that a misspelt or dialect word still shares most of its pieces with the words it was trained on. Each
/// feature is hashed into one of 2^<see cref="HintModel.Bits"/> buckets; the same message always gives the same buckets.
/// </summary>
public static class HintFeatures
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The bucket of the bias: a weight every message has, whatever its words.</summary>
    internal static int BiasBucket(int bits) => (int)(Hash(Seed, "bias") & ((1u << bits) - 1));

    /// <summary>
    /// The buckets of the features of a message's <paramref name="words"/> (<see cref="Words"/>), each once, into
    /// <paramref name="buckets"/> (cleared first); never the bias bucket. The model weighs each 1/√n, n their number, so
    /// that a short message is not scored as if it lacked the words that speak against a red flag.
    /// </summary>
    internal static void Of(IReadOnlyList<string> words, int bits, HashSet<int> buckets)
    {
        buckets.Clear();
        var mask = (1u << bits) - 1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            buckets.Add((int)(Hash(Hash(Seed, "w:"), word) & mask));
            if (i + 1 < words.Count)
            {
                buckets.Add((int)(Hash(Hash(Hash(Hash(Seed, "b:"), word), " "), words[i + 1]) & mask));
            }

            var edged = "<" + word + ">";
            for (var n = 3; n <= 5; n++)
            {
                var tag = Hash(Seed, n == 3 ? "c3:" : n == 4 ? "c4:" : "c5:");
                for (var start = 0; start + n <= edged.Length; start++)
                {
                    buckets.Add((int)(Hash(tag, edged.AsSpan(start, n)) & mask));
                }
            }
        }

        buckets.Remove(BiasBucket(bits));
    }

    /// <summary>The message's words: lower case, accents and apostrophes dropped, split on anything but letters and digits.</summary>
    public static List<string> Words(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>FNV-1a over the characters, continuing from <paramref name="hash"/>.</summary>
    private static uint Hash(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
