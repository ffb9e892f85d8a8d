using System.Text.Json;
using System.Text.RegularExpressions;
using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Hints;

namespace BackSpasmBot.Hosting;

/// <summary>
/// <c>content train-hints [corpora folder]</c> trains the hint model (clinical-content/hints.yaml) on every corpus in
/// the folder (BackSpasmBot.Tests/Clinical/Corpora by default) but the held-out ones, writes it to
/// clinical-content/hints/model.bin and records its SHA-256 in hints.yaml. The same corpora always give the same model.
/// </summary>
public static partial class HintTrainingCommand
{
    public const string DefaultCorpora = "BackSpasmBot.Tests/Clinical/Corpora";

    [GeneratedRegex(@"(?m)^model_sha256: .*$")]
    private static partial Regex ShaLine();

    /// <summary>The statements of every corpus in <paramref name="folder"/> but the held-out ones, with the red flags their authors reported.</summary>
    public static IReadOnlyList<(string Text, IReadOnlySet<string> Reported)> TrainingStatements(string folder, IReadOnlyList<string> heldOut)
    {
        var statements = new List<(string, IReadOnlySet<string>)>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(".adjudication.json", StringComparison.Ordinal) || heldOut.Contains(name))
            {
                continue;
            }

            using var corpus = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var item in corpus.RootElement.GetProperty("items").EnumerateArray())
            {
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var label in new[] { "present", "unsure" })
                {
                    if (item.TryGetProperty(label, out var ids))
                    {
                        reported.UnionWith(ids.EnumerateArray().Select(id => id.GetString() ?? string.Empty));
                    }
                }

                statements.Add((item.GetProperty("text").GetString() ?? string.Empty, reported));
            }
        }

        return statements;
    }

    /// <summary>The red flags the model scores: every urgent and emergency finding, in the catalog's order.</summary>
    public static IReadOnlyList<string> RedFlags(ClinicalContent content) =>
        [.. content.Findings.Where(f => f.Tier is Tier.Emergency or Tier.Urgent).Select(f => f.Id)];

    public static HintModel Train(string corpora, ClinicalContent content) =>
        HintTrainer.Train(TrainingStatements(corpora, content.Hints.HeldOut), RedFlags(content));

    public static int Run(string corpora, string contentFolder, TextWriter output)
    {
        var content = ClinicalContent.Default;
        var model = Train(corpora, content);
        Directory.CreateDirectory(Path.Combine(contentFolder, "hints"));
        File.WriteAllBytes(Path.Combine(contentFolder, "hints", "model.bin"), model.ToBytes());
        var settings = Path.Combine(contentFolder, "hints.yaml");
        File.WriteAllText(settings, ShaLine().Replace(File.ReadAllText(settings), "model_sha256: " + model.Sha256()));
        output.WriteLine($"Trained the hint model on {corpora} ({model.Findings.Count} red flags); SHA-256 {model.Sha256()}. Rebuild, and raise content.yaml's version.");
        return 0;
    }
}
