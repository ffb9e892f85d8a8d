using System.Text;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>
/// "Why?": why a question is asked, why an outcome was given, and why a plan step is there. The reasons and their
/// sources are content (en/questions.yaml why, en/messages.yaml plan_step_explanations and source_names); this class
/// only recognises the request and puts the sentences together.
/// </summary>
public static class Explanations
{
    /// <summary>The message keys this class uses; every language must have each.</summary>
    internal static readonly string[] MessageKeys =
    [
        "explain_question", "explain_step", "explain_nothing_asked", "why_emergency", "why_urgent", "why_gp", "why_selfcare",
        "why_group_answer", "why_plan_heading", "why_plan_more", "why_plan_sources", "why_shared",
    ];

    private static LanguageContent Text => ClinicalContent.Current.Text;

    /// <summary>True when the whole message asks "why?" (en/messages.yaml, why_words).</summary>
    public static bool IsWhy(string? text)
    {
        var normalized = WholeMessage.Normalize(text);
        return normalized.Length > 0 && Text.WhyWords.Contains(normalized);
    }

    /// <summary>
    /// The step of <paramref name="plan"/> that "why ice?" asks about: the message starts with a why opener and names
    /// one of the step's words. Null when it names none of the plan's steps.
    /// </summary>
    public static string? StepAskedAbout(string? text, IReadOnlyList<string> plan)
    {
        var normalized = WholeMessage.Normalize(text);
        var opener = Text.WhyOpeners.Where(o => normalized.StartsWith(o + " ", StringComparison.Ordinal)).MaxBy(o => o.Length);
        if (opener is null)
        {
            return null;
        }

        var rest = " " + new string([.. normalized[opener.Length..].Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ')]) + " ";
        return plan.FirstOrDefault(step =>
            Text.StepExplanations.TryGetValue(step, out var explanation)
            && explanation.Words.Any(word => rest.Contains(" " + WholeMessage.Normalize(word) + " ", StringComparison.Ordinal)));
    }

    /// <summary>Why a question is asked, naming its sources.</summary>
    public static string ForQuestion(Question question) => Explain(question.Why, question.Sources);

    /// <summary>Why a clarifying question is asked, naming its sources.</summary>
    public static string ForClarifying(ClarifyingQuestion question) => Explain(question.Why, question.Sources);

    /// <summary>
    /// Why a question about <paramref name="findingId"/> is asked when it is not one of the content's questions (the plain
    /// re-ask of a hedged finding, an upgrade check): the reason of the first question that asks about it.
    /// </summary>
    public static string ForFinding(string findingId)
    {
        // An upgrade check about a stiff neck is asked because, with the fever, it would be meningitis signs.
        var explainedBy = findingId == NeckStiffness ? MeningitisSigns : findingId == SuddenSevere ? LimbWeakness : findingId;
        return TriageRules.Questions.FirstOrDefault(q => q.Asks.Contains(explainedBy)) is { } question
            ? ForQuestion(question)
            : Text.Message("explain_nothing_asked");
    }

    /// <summary>Said when "why?" comes before any question.</summary>
    public static string NothingAsked => Text.Message("explain_nothing_asked");

    /// <summary>
    /// Why this outcome: the person's answers that decided it; for self-care and GP outcomes, why each step of the plan
    /// is there. Where others read along (<paramref name="nameFindings"/> false) it names none of the person's answers.
    /// </summary>
    public static string ForOutcome(TriageDecision decision, IReadOnlyList<string> plan, bool nameFindings)
    {
        var text = new StringBuilder();
        if (decision.Disposition == Disposition.SelfCare)
        {
            text.AppendLine(Text.Message("why_selfcare"));
        }
        else if (!nameFindings)
        {
            text.AppendLine(Text.Message("why_shared"));
        }
        else
        {
            text.AppendLine(Text.Message(WhyKey(decision.Disposition)));
            foreach (var line in DecidingAnswers(decision))
            {
                text.Append("- ").AppendLine(line);
            }
        }

        var steps = decision.Disposition >= Disposition.Urgent ? [] : plan.Where(Text.StepExplanations.ContainsKey).ToList();
        if (steps.Count > 0)
        {
            text.AppendLine().AppendLine(Text.Message("why_plan_heading"));
            foreach (var step in steps)
            {
                var explanation = Text.StepExplanations[step];
                text.Append("- ").Append(explanation.Name).Append(": ").AppendLine(explanation.Why);
            }

            var sources = steps.SelectMany(step => ClinicalContent.Current.Plan.First(p => p.StepId == step).Sources).Distinct().ToList();
            // A blank line first: in channels that render markdown, a line straight after the list joins its last item.
            text.AppendLine().AppendLine(Text.Message("why_plan_sources").Replace("{sources}", SourceNames(sources), StringComparison.Ordinal));
            text.AppendLine(Text.Message("why_plan_more"));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Why one plan step is there ("why ice?"), naming its sources.</summary>
    public static string ForStep(string stepId)
    {
        var explanation = Text.StepExplanations[stepId];
        var sources = ClinicalContent.Current.Plan.FirstOrDefault(p => p.StepId == stepId)?.Sources ?? [];
        return Text.Message("explain_step")
            .Replace("{step}", explanation.Name, StringComparison.Ordinal)
            .Replace("{why}", explanation.Why, StringComparison.Ordinal)
            .Replace("{sources}", SourceNames(sources), StringComparison.Ordinal);
    }

    /// <summary>The deciding answers by their plain names: each finding, and each grouped question answered "yes".</summary>
    public static IReadOnlyList<string> DecidingAnswers(TriageDecision decision) =>
    [
        .. decision.Findings.Select(id => Text.Findings.GetValueOrDefault(id)?.Name).OfType<string>(),
        .. decision.Groups
            .Select(id => TriageRules.Questions.FirstOrDefault(q => q.Id == id)?.GroupName)
            .OfType<string>()
            .Select(group => Text.Message("why_group_answer").Replace("{group}", group, StringComparison.Ordinal)),
    ];

    /// <summary>Source abbreviations as people read them, joined with "and".</summary>
    public static string SourceNames(IReadOnlyList<string> sources)
    {
        var names = sources.Select(s => Text.SourceNames.GetValueOrDefault(s, s)).Distinct().ToArray();
        return names.Length switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    private static string Explain(string why, IReadOnlyList<string> sources) =>
        Text.Message("explain_question")
            .Replace("{why}", why, StringComparison.Ordinal)
            .Replace("{sources}", SourceNames(sources), StringComparison.Ordinal);

    private static string WhyKey(Disposition disposition) => disposition switch
    {
        Disposition.Emergency => "why_emergency",
        Disposition.Urgent => "why_urgent",
        Disposition.Gp => "why_gp",
        _ => "why_selfcare",
    };
}
