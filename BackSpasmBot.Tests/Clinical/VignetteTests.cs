using System.Globalization;
using System.Text.Json;
using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// A sanity harness for the rules: each public vignette is played against <see cref="TriageRules"/> by a simulated
/// patient who answers "yes" when any asked id is true in the case facts, otherwise "no", and values for facts.
/// </summary>
public class VignetteTests
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var vignette in LoadVignettes())
        {
            data.Add(vignette.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void TheRulesReachTheVignettesTierAndPlan(string caseId)
    {
        var vignette = LoadVignettes().Single(v => v.GetProperty("id").GetString() == caseId);
        var (decision, plan) = Play(vignette);

        Assert.Equal(vignette.GetProperty("tier").GetString(), Wire(decision.Disposition));
        foreach (var step in Strings(vignette, "mustPlan"))
        {
            Assert.Contains(step, plan);
        }

        foreach (var step in Strings(vignette, "mustNotPlan"))
        {
            Assert.DoesNotContain(step, plan);
        }
    }

    private static (TriageDecision Decision, IReadOnlyList<string> Plan) Play(JsonElement vignette)
    {
        var report = new SymptomReport();
        TriageRules.ApplyMentions(report, SymptomRecognizer.Recognize(vignette.GetProperty("opening").GetString()));
        var turn = 1;
        var decision = TriageRules.RedFlagDecision(report);
        foreach (var question in TriageRules.Questions)
        {
            for (var attempt = 0; decision is null && attempt < 3 && !TriageRules.IsAnswered(report, question); attempt++)
            {
                var text = Interjection(vignette, turn) ?? Answer(vignette, question);
                TriageRules.ApplyAnswer(report, question, text);
                turn++;
                decision = TriageRules.RedFlagDecision(report);
                foreach (var hedged in TriageRules.FindingsToConfirm(report))
                {
                    var confirm = TriageRules.ConfirmationQuestion(hedged);
                    TriageRules.ApplyAnswer(report, confirm, Answer(vignette, confirm));
                    turn++;
                    decision ??= TriageRules.RedFlagDecision(report);
                }
            }
        }

        decision ??= TriageRules.Decide(report);
        return (decision, TriageRules.Plan(report, decision.Disposition));
    }

    private static string? Interjection(JsonElement vignette, int turn) =>
        vignette.TryGetProperty("interject", out var interject) && interject.GetProperty("atTurn").GetInt32() == turn
            ? interject.GetProperty("text").GetString()
            : null;

    private static string Answer(JsonElement vignette, Question question)
    {
        var facts = vignette.GetProperty("facts");
        switch (question.Asks[0])
        {
            case "age":
                return vignette.GetProperty("age").GetInt32().ToString(CultureInfo.InvariantCulture);
            case "onset":
                return Duration(vignette.GetProperty("onset_hours").GetDouble());
            case "first_episode":
                return vignette.TryGetProperty("first_episode", out var first) && first.GetBoolean() ? "yes" : "no";
            case "trigger":
                return vignette.GetProperty("trigger").GetString()!;
            case "nsaid_caution":
                return vignette.TryGetProperty("nsaid_reason", out var reason) ? reason.GetString()! : "no";
        }

        var trueIds = question.Asks.Where(id => facts.TryGetProperty(id, out var value) && value.GetBoolean()).ToArray();
        if (trueIds.Length == 0)
        {
            return "no";
        }

        return vignette.TryGetProperty("say", out var say) && trueIds.FirstOrDefault(id => say.TryGetProperty(id, out _)) is { } saidId
            ? say.GetProperty(saidId).GetString()!
            : "yes";
    }

    private static string Duration(double hours) => hours switch
    {
        < 48 => $"{hours} hours",
        _ when hours % 168 == 0 => hours / 168 == 2 ? "two weeks" : $"{hours / 168} weeks",
        _ => $"{hours / 24} days",
    };

    private static string Wire(Disposition disposition) => disposition switch
    {
        Disposition.SelfCare => "selfcare",
        _ => disposition.ToString().ToLowerInvariant(),
    };

    private static IEnumerable<string> Strings(JsonElement vignette, string property) =>
        vignette.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(e => e.GetString()!) : [];

    private static List<JsonElement> LoadVignettes()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Vignette.FilePath("public.json")));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
