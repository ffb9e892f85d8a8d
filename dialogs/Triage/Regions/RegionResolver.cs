using System.Globalization;
using BackSpasmBot.Clinical;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Triage.Regions;

/// <summary>
/// Picks the region whose numbers a conversation gets: where the person said they are ("I'm in the US"), else the
/// deployment's region (Triage:DefaultRegion: a clinic knows where its patients are). The locale chooses only the
/// language, unless the deployment sets Triage:RegionFromLocale; even then an unknown locale gives the deployment's
/// region, never another country's. Regions come from the clinical core's reviewed table, and configuration may
/// override any of them or add new ones (Triage:Regions).
/// </summary>
public sealed class RegionResolver
{
    private readonly bool _fromLocale;
    private readonly Dictionary<string, RegionContacts> _configured = new(StringComparer.OrdinalIgnoreCase);

    public RegionResolver(TriageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _fromLocale = options.RegionFromLocale;
        foreach (var (code, region) in options.Regions)
        {
            var contacts = new RegionContacts(code.ToUpperInvariant(), region.EmergencyNumber, region.NonEmergencyNumber, region.NonEmergencyName, region.EmergencyDepartmentName);
            _configured[code] = contacts;
            foreach (var country in region.Countries)
            {
                _configured.TryAdd(country, contacts);
            }
        }

        Default = Find(options.DefaultRegion)
            ?? throw new InvalidOperationException($"Triage:DefaultRegion '{options.DefaultRegion}' is neither a built-in nor a configured region.");
    }

    /// <summary>The region used when the locale names none we know.</summary>
    public RegionContacts Default { get; }

    /// <summary>The region for this conversation: the one the person named, else as <see cref="For(IActivity?)"/>.</summary>
    public RegionContacts For(IActivity? activity, TriageSession? session) =>
        Find(session?.RegionCode) ?? For(activity);

    /// <summary>The deployment's region, or the activity locale's when the deployment allows it and knows it.</summary>
    public RegionContacts For(IActivity? activity)
    {
        var locale = (activity as Activity)?.Locale;
        if (!_fromLocale || string.IsNullOrWhiteSpace(locale))
        {
            return Default;
        }

        return Find(CountryOf(locale)) ?? Default;
    }

    /// <summary>A configured region (by code or country), else a built-in one; null when neither knows it.</summary>
    public RegionContacts? Find(string? codeOrCountry)
    {
        if (string.IsNullOrWhiteSpace(codeOrCountry))
        {
            return null;
        }

        if (_configured.TryGetValue(codeOrCountry, out var configured))
        {
            return configured;
        }

        var builtIn = Clinical.Regions.Regions.TryResolve(codeOrCountry);
        return builtIn is not null && _configured.TryGetValue(builtIn.Code, out var overridden) ? overridden : builtIn;
    }

    /// <summary>Whether a region code is known, built in or configured (for start-up validation).</summary>
    public static bool IsKnown(string code, TriageOptions options) =>
        options.Regions.ContainsKey(code) || Clinical.Regions.Regions.TryResolve(code) is not null;

    private static string? CountryOf(string locale)
    {
        var parts = locale.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Skip(1).LastOrDefault(p => p.Length == 2) is { } country)
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
