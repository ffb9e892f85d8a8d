using System.ComponentModel.DataAnnotations;

namespace BackSpasmBot.Triage.Regions;

/// <summary>
/// The "Triage" section of appsettings.json: which region's numbers the bot gives. The clinical core holds a
/// reviewed table of regions (GB, US, CA, IE, EU, AU, NZ); <see cref="Regions"/> overrides any of them or adds others.
/// Messages never contain a number of their own.
/// </summary>
public sealed class TriageOptions
{
    public const string SectionName = "Triage";

    /// <summary>The deployment's region (where its patients are): a built-in code or a key of <see cref="Regions"/>.</summary>
    [Required]
    public string DefaultRegion { get; set; } = "GB";

    /// <summary>
    /// When true, the activity's locale (e.g. en-US) may pick another region. Off by default: a browser or Teams client
    /// set to en-US says which language someone reads, not which country they are in.
    /// </summary>
    public bool RegionFromLocale { get; set; }

    /// <summary>Region code → its numbers, overriding or adding to the built-in table.</summary>
    public Dictionary<string, RegionOptions> Regions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Problems that make the options unusable; empty when they are valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (!RegionResolver.IsKnown(DefaultRegion, this))
        {
            yield return $"Triage:DefaultRegion '{DefaultRegion}' is neither a built-in region nor one of Triage:Regions.";
        }

        foreach (var (code, region) in Regions)
        {
            if (string.IsNullOrWhiteSpace(region.EmergencyNumber))
            {
                yield return $"Triage:Regions:{code}:EmergencyNumber is empty.";
            }

            if (string.IsNullOrWhiteSpace(region.NonEmergencyName))
            {
                yield return $"Triage:Regions:{code}:NonEmergencyName is empty.";
            }
        }
    }
}

/// <summary>One region's contacts.</summary>
public sealed class RegionOptions
{
    /// <summary>e.g. 999, 911, 112, 000.</summary>
    public string EmergencyNumber { get; set; } = string.Empty;

    /// <summary>The same-day, non-emergency line (e.g. 111); empty where there is no single number.</summary>
    public string NonEmergencyNumber { get; set; } = string.Empty;

    /// <summary>What to call it in a sentence ("NHS 111", "an urgent care clinic").</summary>
    public string NonEmergencyName { get; set; } = string.Empty;

    /// <summary>"A&amp;E", "the emergency room", "the emergency department".</summary>
    public string EmergencyDepartmentName { get; set; } = "the emergency department";

    /// <summary>ISO country codes (from the locale, e.g. the "GB" of en-GB) that use this region.</summary>
    public List<string> Countries { get; set; } = [];
}
