using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Triage.Regions;

/// <summary>
/// Where a person says they are: "I'm in the US", "we live in Canada", "I am currently in Spain". Only a present-tense
/// statement of being somewhere counts ("I'm from the UK" is about nationality, not where they are now). The place
/// maps to a region code that <see cref="RegionResolver.Find"/> knows.
/// </summary>
public static class PlaceStatement
{
    /// <summary>Place names (lower case) → region code, and the statement and filler patterns (clinical-content/&lt;language&gt;/language.yaml).</summary>
    private static LanguageWords Words => ClinicalContent.Current.Text.Words;

    /// <summary>The region code of the place the text says the person is in, and whether that is all it says; null if none.</summary>
    public static (string RegionCode, bool WholeMessage)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant().Replace('\u2019', '\'');
        foreach (Match match in Words.PlaceStatement.Matches(lower))
        {
            var place = match.Groups["place"].Value.Trim().TrimEnd('.');
            if (Words.Places.TryGetValue(place, out var code) || Words.Places.TryGetValue(place + ".", out code))
            {
                var rest = lower.Remove(match.Index, match.Length);
                return (code, Words.PlaceFiller.IsMatch(rest));
            }
        }

        return null;
    }
}
