using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Regions;

/// <summary>
/// Emergency and non-emergency contacts per region (spec §1: numbers come from here, never from message text). The
/// regions, their numbers, their other names and the EU's countries are content (clinical-content/regions.yaml).
/// </summary>
public static class Regions
{
    /// <summary>UK: 999, NHS 111.</summary>
    public static RegionContacts GB => Get("GB");

    /// <summary>US: 911; no national medical advice line.</summary>
    public static RegionContacts US => Get("US");

    /// <summary>Canada: 911; 811 health line.</summary>
    public static RegionContacts CA => Get("CA");

    /// <summary>Ireland: 112.</summary>
    public static RegionContacts IE => Get("IE");

    /// <summary>European Union: 112.</summary>
    public static RegionContacts EU => Get("EU");

    /// <summary>Australia: 000; healthdirect.</summary>
    public static RegionContacts AU => Get("AU");

    /// <summary>New Zealand: 111; Healthline.</summary>
    public static RegionContacts NZ => Get("NZ");

    /// <summary>The bot's home region, used when nothing else is known.</summary>
    public static RegionContacts Default => Get(Table.DefaultCode);

    public static IReadOnlyList<RegionContacts> All => Table.All;

    private static RegionTable Table => ClinicalContent.Current.Regions;

    /// <summary>The region for a code ("GB", "uk", "US") or a locale ("en-GB", "fr_CA"); null when unknown.</summary>
    public static RegionContacts? TryResolve(string? codeOrLocale)
    {
        if (string.IsNullOrWhiteSpace(codeOrLocale))
        {
            return null;
        }

        var parts = codeOrLocale.Trim().Split('-', '_');
        var code = parts.Length > 1 ? parts[^1] : parts[0];
        code = Table.Aliases.GetValueOrDefault(code, code);
        var known = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        return known ?? (Table.EuCountries.Contains(code) ? EU : null);
    }

    /// <summary>As <see cref="TryResolve"/>, falling back to <paramref name="fallback"/> (or <see cref="Default"/>).</summary>
    public static RegionContacts Resolve(string? codeOrLocale, RegionContacts? fallback = null) =>
        TryResolve(codeOrLocale) ?? fallback ?? Default;

    private static RegionContacts Get(string code) =>
        Table.All.FirstOrDefault(r => r.Code == code) ?? throw new InvalidOperationException($"The content has no region '{code}'.");
}
