using System.Globalization;
using BackSpasmBot.Clinical;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Triage.Regions;

/// <summary>Picks the region whose numbers a conversation gets: from the activity's locale when allowed, else the default.</summary>
public sealed class RegionResolver
{
    private readonly TriageOptions _options;
    private readonly Dictionary<string, RegionContacts> _byCountry = new(StringComparer.OrdinalIgnoreCase);
    private readonly RegionContacts _default;

    public RegionResolver(TriageOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        foreach (var (code, region) in options.Regions)
        {
            var contacts = new RegionContacts(code, region.EmergencyNumber, region.NonEmergencyNumber, region.NonEmergencyName, region.EmergencyDepartmentName);
            _byCountry.TryAdd(code, contacts);
            foreach (var country in region.Countries)
            {
                _byCountry.TryAdd(country, contacts);
            }
        }

        _default = _byCountry.TryGetValue(options.DefaultRegion, out var fallback)
            ? fallback
            : throw new InvalidOperationException($"Triage:DefaultRegion '{options.DefaultRegion}' is not configured.");
    }

    public RegionContacts Default => _default;

    /// <summary>The region for this activity's locale (e.g. en-US → US), or the default.</summary>
    public RegionContacts For(IActivity? activity)
    {
        var locale = (activity as IMessageActivity)?.Locale ?? (activity as Activity)?.Locale;
        if (!_options.RegionFromLocale || string.IsNullOrWhiteSpace(locale))
        {
            return _default;
        }

        var country = CountryOf(locale);
        return country is not null && _byCountry.TryGetValue(country, out var region) ? region : _default;
    }

    private static string? CountryOf(string locale)
    {
        var parts = locale.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var country = parts.Skip(1).LastOrDefault(p => p.Length == 2);
        if (country is not null)
        {
            return country.ToUpperInvariant();
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(locale);
            return culture.IsNeutralCulture ? null : new RegionInfo(culture.Name).TwoLetterISORegionName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
