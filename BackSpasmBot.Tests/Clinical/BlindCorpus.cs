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

    public static BlindCorpus Load(string fileName) =>
        JsonSerializer.Deserialize<BlindCorpus>(File.ReadAllText(RepositoryFiles.Path("BackSpasmBot.Tests", "Clinical", "Corpora", fileName)))!;
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
