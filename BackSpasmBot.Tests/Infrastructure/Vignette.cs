using Newtonsoft.Json;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>One patient case from BackSpasmBot.Tests/Triage/Vignettes/*.json: who they are, what is true, what the bot must decide.</summary>
public sealed class Vignette
{
    [JsonProperty("id")] public string Id { get; set; } = string.Empty;

    [JsonProperty("tier")] public string Tier { get; set; } = string.Empty;

    /// <summary>"buttons" when the patient taps buttons where offered; otherwise they type.</summary>
    [JsonProperty("style")] public string? Style { get; set; }

    /// <summary>The patient's language ("es"); English when absent.</summary>
    [JsonProperty("language")] public string? Language { get; set; }

    /// <summary>The locale their channel puts on every activity ("es-MX"), if any.</summary>
    [JsonProperty("locale")] public string? Locale { get; set; }

    [JsonProperty("age")] public int Age { get; set; }

    [JsonProperty("onset_hours")] public double OnsetHours { get; set; }

    [JsonProperty("trigger")] public string Trigger { get; set; } = "none";

    [JsonProperty("first_episode")] public bool? FirstEpisode { get; set; }

    [JsonProperty("opening")] public string Opening { get; set; } = string.Empty;

    [JsonProperty("facts")] public Dictionary<string, bool> Facts { get; set; } = [];

    /// <summary>How the patient words a "yes" about a finding, when the case says.</summary>
    [JsonProperty("say")] public Dictionary<string, string> Say { get; set; } = [];

    [JsonProperty("nsaid_reason")] public string? NsaidReason { get; set; }

    [JsonProperty("mustPlan")] public List<string> MustPlan { get; set; } = [];

    [JsonProperty("mustNotPlan")] public List<string> MustNotPlan { get; set; } = [];

    /// <summary>Something the patient says out of turn instead of answering.</summary>
    [JsonProperty("interject")] public Interjection? Interject { get; set; }

    /// <summary>Why the team's review replaced the author's plan checks, if it did.</summary>
    [JsonIgnore] public string? AdjudicatedBecause { get; private set; }

    /// <summary>The author's own plan checks, before an adjudication replaced them.</summary>
    [JsonIgnore] public List<string> AuthorsMustPlan { get; private set; } = [];

    /// <summary>The author's own "must not" plan checks, before an adjudication replaced them.</summary>
    [JsonIgnore] public List<string> AuthorsMustNotPlan { get; private set; } = [];

    /// <summary>
    /// The onset in hours the person's own words state, when an adjudication follows it rather than the case's
    /// <see cref="OnsetHours"/> ("two days ago" is 48 hours, inside the ice phase, though the case says 52).
    /// </summary>
    [JsonIgnore] public int? OnsetAsStatedHours { get; private set; }

    public bool TapsButtons => string.Equals(Style, "buttons", StringComparison.OrdinalIgnoreCase);

    public bool Has(string id) => Facts.TryGetValue(id, out var value) && value;

    public override string ToString() => $"{Id} ({Tier})";

    /// <summary>The public patient cases the project was given, kept as its own test data.</summary>
    public static IReadOnlyList<Vignette> LoadPublic() => Load("public.json");

    /// <summary>The project's own cases, written in other words and orders.</summary>
    public static IReadOnlyList<Vignette> LoadAuthored() => Load("authored.json");

    /// <summary>
    /// Whole conversations written by a blind author who saw only the spec, the seed and the public cases, never the
    /// recognizer or its vocabulary (English and Spanish), so that they measure wording nobody here wrote.
    /// </summary>
    public static IReadOnlyList<Vignette> LoadBlind() =>
        [.. Adjudicated(Load("blind.json"), "blind.adjudication.json"), .. Adjudicated(Load("blind-2.json"), "blind-2.adjudication.json"),
        .. Adjudicated(Load("blind-3.json"), "blind-3.adjudication.json"), .. Adjudicated(Load("blind-4.json"), "blind-4.adjudication.json"),
        .. Adjudicated(Load("blind-6.json"), "blind-6.adjudication.json")];

    /// <summary>Cases in Spanish: patients who write in Spanish, with and without a Spanish locale.</summary>
    public static IReadOnlyList<Vignette> LoadSpanish() => Load("spanish.json");

    /// <summary>The path of a patient-case file in the repository.</summary>
    public static string FilePath(string fileName) => RepositoryFiles.Path("BackSpasmBot.Tests", "Triage", "Vignettes", fileName);

    /// <summary>
    /// The cases with the team's reviewed disagreements applied: each names the case, why, and the plan it must show instead.
    /// An adjudication may only make a plan more cautious, or follow the onset the person's words state; the tests of that
    /// are in VignetteTests.
    /// </summary>
    private static List<Vignette> Adjudicated(List<Vignette> vignettes, string fileName)
    {
        foreach (var adjudication in JsonConvert.DeserializeObject<List<Adjudication>>(File.ReadAllText(FilePath(fileName)))!)
        {
            var vignette = vignettes.Single(v => v.Id == adjudication.Id);
            vignette.AdjudicatedBecause = adjudication.Why;
            vignette.AuthorsMustPlan = vignette.MustPlan;
            vignette.AuthorsMustNotPlan = vignette.MustNotPlan;
            vignette.OnsetAsStatedHours = adjudication.OnsetAsStatedHours;
            vignette.MustPlan = adjudication.MustPlan;
            vignette.MustNotPlan = adjudication.MustNotPlan;
        }

        return vignettes;
    }

    private static List<Vignette> Load(string fileName) =>
        JsonConvert.DeserializeObject<List<Vignette>>(File.ReadAllText(FilePath(fileName)))!;

    private sealed class Adjudication
    {
        [JsonProperty("id")] public string Id { get; set; } = string.Empty;

        [JsonProperty("why")] public string Why { get; set; } = string.Empty;

        [JsonProperty("mustPlan")] public List<string> MustPlan { get; set; } = [];

        [JsonProperty("mustNotPlan")] public List<string> MustNotPlan { get; set; } = [];

        [JsonProperty("onsetAsStatedHours")] public int? OnsetAsStatedHours { get; set; }
    }

    public sealed class Interjection
    {
        [JsonProperty("atTurn")] public int AtTurn { get; set; }

        [JsonProperty("text")] public string Text { get; set; } = string.Empty;
    }
}
