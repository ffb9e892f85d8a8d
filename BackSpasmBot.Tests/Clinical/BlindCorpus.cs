using System.Text.Json;
using System.Text.Json.Serialization;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// A corpus of patient statements written by a blind author: someone who had read the findings' definitions but
/// never the recognizer or its vocabulary. Frozen when written: the files are never edited to suit the recognizer.
/// </summary>
public sealed class BlindCorpus
{
    [JsonPropertyName("author")] public string Author { get; set; } = string.Empty;

    [JsonPropertyName("language")] public string Language { get; set; } = "en";

    [JsonPropertyName("items")] public List<CorpusStatement> Items { get; set; } = [];

    /// <summary>Labels the project's clinical content reads differently (a "&lt;name&gt;.adjudication.json" beside the corpus), if any.</summary>
    [JsonIgnore] public List<Adjudication> Adjudications { get; private set; } = [];

    public static BlindCorpus Load(string fileName)
    {
        var path = RepositoryFiles.Path("BackSpasmBot.Tests", "Clinical", "Corpora", fileName);
        var corpus = JsonSerializer.Deserialize<BlindCorpus>(File.ReadAllText(path))!;
        var adjudicationPath = Path.ChangeExtension(path, ".adjudication.json");
        if (File.Exists(adjudicationPath))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(adjudicationPath));
            corpus.Adjudications = document.RootElement.GetProperty("entries").Deserialize<List<Adjudication>>()!;
        }

        return corpus;
    }

    /// <summary>True when the label of <paramref name="findingId"/> on this statement was adjudicated away.</summary>
    public bool IsAdjudicated(CorpusStatement statement, string findingId) =>
        Adjudications.Exists(a => a.Id == statement.Id && a.Finding == findingId);
}

/// <summary>One label the project reads differently, with the reason, for clinical review.</summary>
public sealed class Adjudication
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;

    [JsonPropertyName("finding")] public string Finding { get; set; } = string.Empty;

    [JsonPropertyName("reason")] public string Reason { get; set; } = string.Empty;
}

/// <summary>One statement: what the person typed, in answer to what, and what a careful triage nurse reads in it.</summary>
public sealed class CorpusStatement
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;

    /// <summary>"opening", or the finding or fact id of the question the bot had just asked.</summary>
    [JsonPropertyName("context")] public string Context { get; set; } = "opening";

    [JsonPropertyName("text")] public string Text { get; set; } = string.Empty;

    [JsonPropertyName("present")] public List<string> Present { get; set; } = [];

    [JsonPropertyName("absent")] public List<string> Absent { get; set; } = [];

    [JsonPropertyName("unsure")] public List<string> Unsure { get; set; } = [];

    [JsonPropertyName("why")] public string? Why { get; set; }

    public override string ToString() => Id;
}
