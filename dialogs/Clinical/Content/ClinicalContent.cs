using System.Reflection;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// The clinical content (clinical-content/), loaded once and validated, as immutable typed objects. The clinical core
/// reads it through <see cref="Current"/>: the content built into this assembly, unless a caller has chosen another
/// with <see cref="Use"/> (a test of edited content, or <c>content check</c> on a folder).
/// </summary>
public sealed class ClinicalContent
{
    private static readonly Lazy<ClinicalContent> BuiltIn = new(() => ContentLoader.Load(EmbeddedFiles()));
    private static readonly AsyncLocal<ClinicalContent?> Chosen = new();
    private static readonly AsyncLocal<string?> ChosenLanguage = new();

    private Dictionary<string, Finding> _byId = [];
    private Dictionary<string, int> _order = [];

    internal ClinicalContent()
    {
    }

    /// <summary>The content in use: the built-in content, or the one chosen with <see cref="Use"/> in this flow of execution.</summary>
    public static ClinicalContent Current => Chosen.Value ?? BuiltIn.Value;

    /// <summary>The content built into this assembly. Throws <see cref="ContentException"/> when it is invalid.</summary>
    public static ClinicalContent Default => BuiltIn.Value;

    /// <summary>Loads and validates the content in a folder. Throws <see cref="ContentException"/> listing every problem.</summary>
    public static ClinicalContent LoadFolder(string folder) => ContentLoader.Load(FolderFiles(folder));

    /// <summary>Makes <paramref name="content"/> the current content for this flow of execution until the result is disposed.</summary>
    public static IDisposable Use(ClinicalContent content)
    {
        var previous = Chosen.Value;
        Chosen.Value = content;
        return new Restore(() => Chosen.Value = previous);
    }

    /// <summary>
    /// Makes the language <paramref name="code"/> ("es") the one <see cref="Text"/> gives in this flow of execution until
    /// the result is disposed: everything the bot says and reads in a turn is then in that language. An unknown or null
    /// code gives the default language.
    /// </summary>
    public static IDisposable UseLanguage(string? code)
    {
        var previous = ChosenLanguage.Value;
        ChosenLanguage.Value = code;
        return new Restore(() => ChosenLanguage.Value = previous);
    }

    /// <summary>The language chosen for this flow of execution with <see cref="UseLanguage"/>, or null for the default.</summary>
    public static string? ChosenLanguageCode => ChosenLanguage.Value;

    /// <summary>"2.0.0+1a2b3c4": the semantic version, then a short hash of every content file.</summary>
    public required string Version { get; init; }

    public required string SemanticVersion { get; init; }

    public required string Hash { get; init; }

    /// <summary>The languages, the first one the default.</summary>
    public required IReadOnlyList<LanguageContent> Languages { get; init; }

    /// <summary>The wording and words of the language chosen for this flow (<see cref="UseLanguage"/>), else of the default language.</summary>
    public LanguageContent Text => Language(ChosenLanguage.Value);

    /// <summary>The language with this code ("es", or "es-MX" by its first part), else the default language.</summary>
    public LanguageContent Language(string? code)
    {
        if (code is null)
        {
            return Languages[0];
        }

        // By index: the recognizer asks for the language's words once per word it compares, and a foreach over the
        // interface would allocate an enumerator each time (three quarters of a triage turn's allocations).
        for (var i = 0; i < Languages.Count; i++)
        {
            var language = Languages[i];
            if (code.StartsWith(language.Code, StringComparison.OrdinalIgnoreCase)
                && (code.Length == language.Code.Length || code[language.Code.Length] is '-' or '_'))
            {
                return language;
            }
        }

        return Languages[0];
    }

    /// <summary>True when the content has the language of <paramref name="code"/> ("es", "es-AR").</summary>
    public bool HasLanguage(string? code) =>
        code is not null && Languages.Any(l => code.StartsWith(l.Code, StringComparison.OrdinalIgnoreCase)
            && (code.Length == l.Code.Length || code[l.Code.Length] is '-' or '_'));

    public required IReadOnlyList<Finding> Findings
    {
        get;
        init
        {
            field = value;
            _byId = value.ToDictionary(f => f.Id, StringComparer.Ordinal);
            _order = value.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        }
    }

    public required IReadOnlyList<string> FactIds { get; init; }

    public required IReadOnlyList<string> ModifierIds { get; init; }

    public required IReadOnlyList<string> RecognisedCautions { get; init; }

    public required IReadOnlyList<string> DerivedCautions { get; init; }

    public required IReadOnlyList<DerivedFinding> Derived { get; init; }

    public required IReadOnlyList<PlanStepRule> Plan { get; init; }

    public required IReadOnlyList<EmergencyAction> EmergencyActions { get; init; }

    /// <summary>The findings whose signs every list of emergency signs gives, in order.</summary>
    public required IReadOnlyList<string> EmergencySigns { get; init; }

    public required RegionTable Regions { get; init; }

    /// <summary>Source abbreviations and what they stand for.</summary>
    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    /// <summary>How the hint model is used (hints.yaml).</summary>
    public required HintSettings Hints { get; init; }

    /// <summary>Every content file, by path, in path order.</summary>
    public required IReadOnlyList<ContentFile> Files { get; init; }

    public Finding? FindingOrNull(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Position in the catalog's order; unknown ids sort last.</summary>
    public int OrderOf(string id) => _order.TryGetValue(id, out var order) ? order : int.MaxValue;

    internal static IReadOnlyList<ContentFile> EmbeddedFiles()
    {
        const string prefix = "clinical-content/";
        var assembly = typeof(ClinicalContent).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => new ContentFile(name[prefix.Length..].Replace('\\', '/'), Read(assembly, name)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
    }

    internal static IReadOnlyList<ContentFile> FolderFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ContentException([new ContentProblem(folder, 0, "no such folder")]);
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || Path.GetFileName(path) == "notes.md")
            .Select(path => new ContentFile(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
