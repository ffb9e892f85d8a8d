using System.Text.RegularExpressions;

namespace BackSpasmBot.Triage.Regions;

/// <summary>
/// Where a person says they are: "I'm in the US", "we live in Canada", "I am currently in Spain". Only a present-tense
/// statement of being somewhere counts ("I'm from the UK" is about nationality, not where they are now). The place
/// maps to a region code that <see cref="RegionResolver.Find"/> knows.
/// </summary>
public static partial class PlaceStatement
{
    /// <summary>Place names (lower case) → region code. EU member states share 112 (docs/clinical-content.md §5).</summary>
    private static readonly Dictionary<string, string> Places = new(StringComparer.Ordinal)
    {
        ["us"] = "US", ["usa"] = "US", ["u.s."] = "US", ["u.s.a."] = "US", ["u.s"] = "US", ["united states"] = "US",
        ["united states of america"] = "US", ["america"] = "US", ["states"] = "US",
        ["uk"] = "GB", ["u.k."] = "GB", ["united kingdom"] = "GB", ["england"] = "GB", ["scotland"] = "GB", ["wales"] = "GB",
        ["northern ireland"] = "GB", ["britain"] = "GB", ["great britain"] = "GB", ["gb"] = "GB",
        ["canada"] = "CA", ["ireland"] = "IE", ["republic of ireland"] = "IE", ["eire"] = "IE",
        ["australia"] = "AU", ["new zealand"] = "NZ", ["nz"] = "NZ",
        ["france"] = "EU", ["germany"] = "EU", ["spain"] = "EU", ["italy"] = "EU", ["netherlands"] = "EU", ["holland"] = "EU",
        ["belgium"] = "EU", ["portugal"] = "EU", ["austria"] = "EU", ["sweden"] = "EU", ["denmark"] = "EU", ["finland"] = "EU",
        ["poland"] = "EU", ["greece"] = "EU", ["czech republic"] = "EU", ["czechia"] = "EU", ["hungary"] = "EU", ["romania"] = "EU",
        ["bulgaria"] = "EU", ["croatia"] = "EU", ["slovakia"] = "EU", ["slovenia"] = "EU", ["lithuania"] = "EU", ["latvia"] = "EU",
        ["estonia"] = "EU", ["luxembourg"] = "EU", ["malta"] = "EU", ["cyprus"] = "EU", ["europe"] = "EU", ["the eu"] = "EU",
    };

    [GeneratedRegex(@"\b(?:i'?m|i am|we'?re|we are|i live|we live|living|i'?m based|i am based|based|staying|i'?m staying|i am staying)\s+(?:currently\s+|now\s+|right now\s+|over\s+)?in\s+(?:the\s+)?(?<place>[a-z][a-z. ]*?)\s*(?=$|[,!?;]|\.(?:\s|$)|\s+(?:and|but|so|right|now|at|on|for|with|too|though)\b)")]
    private static partial Regex Statement();

    [GeneratedRegex(@"^(?:\s|[,.!?;:]|\b(?:hi|hello|hey|ok|okay|sorry|oh|also|btw|fyi|just|so|actually|by the way|just so you know|right now|now|currently)\b)*$")]
    private static partial Regex OnlyFiller();

    /// <summary>The region code of the place the text says the person is in, and whether that is all it says; null if none.</summary>
    public static (string RegionCode, bool WholeMessage)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant().Replace('\u2019', '\'');
        foreach (Match match in Statement().Matches(lower))
        {
            var place = match.Groups["place"].Value.Trim().TrimEnd('.');
            if (Places.TryGetValue(place, out var code) || Places.TryGetValue(place + ".", out code))
            {
                var rest = lower.Remove(match.Index, match.Length);
                return (code, OnlyFiller().IsMatch(rest));
            }
        }

        return null;
    }
}
