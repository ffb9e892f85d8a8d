namespace BackSpasmBot.Clinical.Regions;

/// <summary>
/// Emergency and non-emergency contacts per region (spec §1: numbers come from here, never from message text).
/// Re-check with the local health service before shipping a region.
/// </summary>
public static class Regions
{
    /// <summary>UK: 999, NHS 111 (nhs.uk).</summary>
    public static readonly RegionContacts GB = new("GB", "999", "111", "NHS 111", "A&E");

    /// <summary>
    /// US: 911. There is no national medical advice line (211 is social services, not medical), so the
    /// non-emergency route is named without a number: the person's own doctor or a same-day urgent care clinic.
    /// </summary>
    public static readonly RegionContacts US = new("US", "911", string.Empty, "your doctor or a same-day urgent care clinic", "the emergency room (ER)");

    /// <summary>Canada: 911; 811 health line (most provinces and territories).</summary>
    public static readonly RegionContacts CA = new("CA", "911", "811", "the 811 health line", "the emergency department");

    /// <summary>Ireland: 112 (999 also works); no national nurse line, so the GP or GP out-of-hours service.</summary>
    public static readonly RegionContacts IE = new("IE", "112", string.Empty, "your GP or the GP out-of-hours service", "the emergency department");

    /// <summary>European Union: 112 everywhere; non-emergency lines differ by country, so the person's doctor.</summary>
    public static readonly RegionContacts EU = new("EU", "112", string.Empty, "your doctor or an out-of-hours doctor", "the emergency department");

    /// <summary>Australia: 000; healthdirect 1800 022 222.</summary>
    public static readonly RegionContacts AU = new("AU", "000", "1800 022 222", "healthdirect", "the emergency department");

    /// <summary>New Zealand: 111; Healthline 0800 611 116.</summary>
    public static readonly RegionContacts NZ = new("NZ", "111", "0800 611 116", "Healthline", "the emergency department");

    /// <summary>The bot's home region, used when nothing else is known.</summary>
    public static RegionContacts Default => GB;

    public static IReadOnlyList<RegionContacts> All { get; } = [GB, US, CA, IE, EU, AU, NZ];

    private static readonly HashSet<string> EuCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU", "MT",
        "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "EU",
    };

    /// <summary>The region for a code ("GB", "uk", "US") or a locale ("en-GB", "fr_CA"); null when unknown.</summary>
    public static RegionContacts? TryResolve(string? codeOrLocale)
    {
        if (string.IsNullOrWhiteSpace(codeOrLocale))
        {
            return null;
        }

        var parts = codeOrLocale.Trim().Split('-', '_');
        var code = parts.Length > 1 ? parts[^1] : parts[0];
        code = code.ToUpperInvariant() switch
        {
            "UK" or "ENGLAND" or "SCOTLAND" or "WALES" => "GB",
            var other => other,
        };
        var known = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        return known ?? (EuCountries.Contains(code) ? EU : null);
    }

    /// <summary>As <see cref="TryResolve"/>, falling back to <paramref name="fallback"/> (or <see cref="Default"/>).</summary>
    public static RegionContacts Resolve(string? codeOrLocale, RegionContacts? fallback = null) =>
        TryResolve(codeOrLocale) ?? fallback ?? Default;
}
