using System.Globalization;
using System.Text;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// Generates docs/clinical-content.md, the reviewer's view, from the content: each finding with its tier, questions,
/// phrases, rules, plan conditions and sources; the questions in order; the plan; the outcome wording; the regions.
/// The hand-written prose comes from clinical-content/notes.md, placed by its section names.
/// </summary>
public static class ReviewDocument
{
    public static string Generate(ClinicalContent content) => Generate(content, null);

    /// <summary>
    /// The review document with the wording and vocabulary of <paramref name="languageCode"/> ("es" gives
    /// docs/clinical-content.es.md); null or the default language gives docs/clinical-content.md. The rules, tiers and
    /// sources are the same in every language; the notes (clinical-content/notes.md) are in English.
    /// </summary>
    public static string Generate(ClinicalContent content, string? languageCode)
    {
        var code = content.Language(languageCode).Code;
        var isDefault = code == content.Languages[0].Code;
        using var inLanguage = ClinicalContent.UseLanguage(code);
        var notes = Notes(content);
        var text = content.Text;
        var doc = new StringBuilder();
        doc.AppendLine(isDefault ? "# Clinical content: reviewer's view" : $"# Clinical content: reviewer's view ({code})");
        doc.AppendLine();
        var command = isDefault ? "content document docs/clinical-content.md" : $"content document docs/clinical-content.{code}.md --language {code}";
        doc.AppendLine($"<!-- Generated from clinical-content/ by `dotnet run --project BackSpasmBot -- {command}`.");
        doc.AppendLine("     Do not edit: change the content and regenerate. A test fails when this file differs from the content. -->");
        doc.AppendLine();
        doc.AppendLine($"Content version `{content.SemanticVersion}` (reported as `{content.SemanticVersion}+<hash of the content files>` in every");
        doc.AppendLine("outcome's `channelData.triage.contentVersion`, the `TriageOutcome` log event and `/healthz`). Everything a clinician");
        doc.AppendLine("reviews is in `clinical-content/` (how to change it: `clinical-content/README.md`); the hazards, their controls and");
        doc.AppendLine("tests are in `clinical-safety/hazard-log.md`.");
        doc.AppendLine();
        doc.AppendLine("| What | File |");
        doc.AppendLine("|---|---|");
        doc.AppendLine("| Version, languages, source abbreviations | `clinical-content/content.yaml` |");
        doc.AppendLine("| Findings: tier, why we ask, sources; facts, modifiers, medicine cautions | `clinical-content/findings.yaml` |");
        doc.AppendLine("| Questions in order, clarifying questions | `clinical-content/questions.yaml` |");
        doc.AppendLine("| Derived findings, plan steps and their conditions, emergency actions, emergency signs | `clinical-content/rules.yaml` |");
        doc.AppendLine("| Emergency and non-emergency contacts | `clinical-content/regions.yaml` |");
        foreach (var language in content.Languages)
        {
            doc.AppendLine($"| Wording ({language.Code}): per finding; questions and buttons; every message; the vocabulary and other words read | `clinical-content/{language.Code}/findings.yaml`, `questions.yaml`, `messages.yaml`, `vocabulary.yaml`, `language.yaml` |");
        }

        doc.AppendLine("| The prose in this document | `clinical-content/notes.md` |");
        doc.AppendLine();
        doc.Append(notes.GetValueOrDefault("Sources"));

        Findings(doc, content, notes);
        Section(doc, "2. How free text is read", notes.GetValueOrDefault("Free text"));
        Questions(doc, content, notes);
        Plan(doc, content, notes);
        Outcomes(doc, content, notes);
        Section(doc, "6. Unclear or doubtful rules, and what was chosen", notes.GetValueOrDefault("Unclear rules"));
        Section(doc, "7. Changes", notes.GetValueOrDefault("Changes"));
        return doc.ToString().TrimEnd() + "\n";
    }

    private static void Findings(StringBuilder doc, ClinicalContent content, IReadOnlyDictionary<string, string> notes)
    {
        var text = content.Text;
        doc.AppendLine("## 1. Findings");
        doc.AppendLine();
        doc.AppendLine("Precedence (code): the highest tier among present findings decides, and the outcome lists every present finding at");
        doc.AppendLine("that tier. Phrases use the vocabulary syntax (`clinical-content/" + text.Code + "/vocabulary.yaml`).");
        doc.AppendLine();
        foreach (var finding in content.Findings)
        {
            var words = text.Findings[finding.Id];
            doc.AppendLine($"### `{finding.Id}` ({finding.Tier})");
            doc.AppendLine();
            doc.AppendLine($"- **Plain name:** {words.Name}");
            doc.AppendLine($"- **Why we ask:** {finding.Why}");
            var askedBy = text.Questions.Where(q => q.Asks.Contains(finding.Id)).Select(q => $"`{q.Id}`").ToList();
            var clarifiedBy = text.Clarifying.Where(q => q.Candidates.Contains(finding.Id)).Select(q => $"`{q.Id}`").ToList();
            doc.AppendLine($"- **Asked by:** {(askedBy.Count == 0 ? "no question" : string.Join(", ", askedBy))}" +
                (clarifiedBy.Count == 0 ? string.Empty : $"; clarified by {string.Join(", ", clarifiedBy)}"));
            foreach (var derived in content.Derived.Where(d => d.FindingId == finding.Id))
            {
                doc.AppendLine($"- **Derived when:** {Conditions.Describe(derived.When)}");
            }

            var usedBy = content.Derived.Where(d => d.FindingId != finding.Id && d.When.Any(c => c.Text.Contains(finding.Id, StringComparison.Ordinal)))
                .Select(d => $"`{d.FindingId}`").ToList();
            if (usedBy.Count > 0)
            {
                doc.AppendLine($"- **Part of:** {string.Join(", ", usedBy)}");
            }

            if (words.Reask is { } reask)
            {
                doc.AppendLine($"- **Re-ask:** \"{reask}\"");
            }

            doc.AppendLine($"- **Reason given:** \"because {words.Reason}\"");
            if (content.EmergencyActions.FirstOrDefault(a => a.Findings.Contains(finding.Id)) is { } action)
            {
                doc.AppendLine($"- **Emergency action:** `{action.Action}`" + (action.Extra is null ? string.Empty : $" + `{action.Extra}`"));
            }

            if (words.Sign is { } sign)
            {
                doc.AppendLine($"- **In every list of emergency signs:** \"{sign}\"");
            }

            if (text.Phrases.GetValueOrDefault(finding.Id) is { Count: > 0 } phrases)
            {
                doc.AppendLine($"- **Phrases ({phrases.Count}):** {string.Join(" · ", phrases.Select(Code))}");
            }

            doc.AppendLine($"- **Sources:** {finding.Source}");
            doc.AppendLine();
        }

        doc.AppendLine("### Combinations and derived findings");
        doc.AppendLine();
        doc.AppendLine("| finding | derived when (rules.yaml) |");
        doc.AppendLine("|---|---|");
        foreach (var derived in content.Derived)
        {
            doc.AppendLine($"| `{derived.FindingId}` | {Cell(Conditions.Describe(derived.When))} |");
        }

        doc.AppendLine();
        doc.Append(notes.GetValueOrDefault("Decisions"));
        doc.AppendLine();
        doc.AppendLine($"Facts: {string.Join(", ", content.FactIds.Select(Code))}. Modifiers: {string.Join(", ", content.ModifierIds.Select(Code))}.");
        doc.AppendLine();
    }

    private static void Questions(StringBuilder doc, ClinicalContent content, IReadOnlyDictionary<string, string> notes)
    {
        var text = content.Text;
        doc.AppendLine("## 3. Questions, in order");
        doc.AppendLine();
        doc.Append(notes.GetValueOrDefault("Questions"));
        doc.AppendLine();
        doc.AppendLine("| # | stage | id | asks | question | buttons |");
        doc.AppendLine("|---|---|---|---|---|---|");
        var number = 1;
        foreach (var question in text.Questions)
        {
            var asks = string.Join(", ", question.Asks) + (question.GroupName is null ? string.Empty : " (group)");
            doc.AppendLine($"| {number++} | {question.Stage} | `{question.Id}` | {asks} | {Cell(question.Text)} | {Cell(string.Join(" / ", question.Choices))} |");
        }

        doc.AppendLine();
        doc.AppendLine("### Why we ask");
        doc.AppendLine();
        doc.AppendLine($"What the person is told when they ask \"why?\" at a question ({text.Code}/questions.yaml `why`, the sources from");
        doc.AppendLine("questions.yaml, named as in `source_names`); then the same question is asked again. A re-ask of a hedged finding and an");
        doc.AppendLine("upgrade check give the reason of the first question that asks about the finding (a stiff neck: the meningitis question;");
        doc.AppendLine("worsening weakness: the weakness question).");
        doc.AppendLine();
        doc.AppendLine("| id | why (said to the person) | sources |");
        doc.AppendLine("|---|---|---|");
        foreach (var question in text.Questions)
        {
            doc.AppendLine($"| `{question.Id}` | {Cell(question.Why)} | {string.Join(", ", question.Sources)} |");
        }

        foreach (var question in text.Clarifying)
        {
            doc.AppendLine($"| `{question.Id}` | {Cell(question.Why)} | {string.Join(", ", question.Sources)} |");
        }

        doc.AppendLine();
        doc.AppendLine("| source | as the person reads it |");
        doc.AppendLine("|---|---|");
        foreach (var (id, name) in text.SourceNames.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            doc.AppendLine($"| {id} | {Cell(name)} |");
        }

        doc.AppendLine();
        doc.AppendLine("### When the bot cannot tell");
        doc.AppendLine();
        doc.Append(notes.GetValueOrDefault("When the bot cannot tell"));
        doc.AppendLine();
        doc.AppendLine("| id | candidates | question | choice → confirms |");
        doc.AppendLine("|---|---|---|---|");
        foreach (var question in text.Clarifying)
        {
            var choices = string.Join("; ", question.Choices.Select(c => $"{c.Title} → {(c.FindingId is null ? "none" : "`" + c.FindingId + "`")}"));
            doc.AppendLine($"| `{question.Id}` | {string.Join(", ", question.Candidates)} | {Cell(question.Text)} | {Cell(choices)} |");
        }

        doc.AppendLine();
        var hints = content.Hints;
        doc.AppendLine("| the hint model (hints.yaml) | |");
        doc.AppendLine("|---|---|");
        doc.AppendLine($"| asks an urgent red flag it scores at | {hints.Threshold.ToString(CultureInfo.InvariantCulture)} or more |");
        doc.AppendLine($"| asks an emergency red flag it scores at | {hints.EmergencyThreshold.ToString(CultureInfo.InvariantCulture)} or more |");
        doc.AppendLine($"| in messages of | {hints.MinWords} words or more |");
        doc.AppendLine($"| and also one sentence at a time, in messages of | {hints.SentencesFromWords} words or more (sentences of {hints.SentenceMinWords} words or more) |");
        doc.AppendLine($"| never trained on | {string.Join(", ", hints.HeldOut)} |");
        doc.AppendLine($"| model (SHA-256) | `{hints.ModelSha256}` |");
        doc.AppendLine();
    }

    private static void Plan(StringBuilder doc, ClinicalContent content, IReadOnlyDictionary<string, string> notes)
    {
        var text = content.Text;
        var region = content.Regions.All.First(r => r.Code == content.Regions.DefaultCode);
        doc.AppendLine("## 4. Plan rules (selfcare and gp; empty for urgent and emergency)");
        doc.AppendLine();
        doc.AppendLine($"| step | when (rules.yaml) | wording ({text.Code}, {region.Code}) |");
        doc.AppendLine("|---|---|---|");
        foreach (var step in content.Plan)
        {
            var wording = step.StepId == PlanSteps.SafetyNet ? "the safety net, below" : text.PlanSteps[step.StepId];
            doc.AppendLine($"| `{step.StepId}` | {Cell(Conditions.Describe(step.When))} | {Cell(wording)} |");
        }

        doc.AppendLine();
        doc.AppendLine($"**Why each step is there** (said after a self-care or GP outcome on \"why?\", one step on \"why ice?\"; {text.Code}/messages.yaml");
        doc.AppendLine("`plan_step_explanations`; the name is also the step's line in the summary for a doctor):");
        doc.AppendLine();
        doc.AppendLine("| step | name | why | asked about by | sources |");
        doc.AppendLine("|---|---|---|---|---|");
        foreach (var step in content.Plan)
        {
            var explanation = text.StepExplanations[step.StepId];
            doc.AppendLine($"| `{step.StepId}` | {Cell(explanation.Name)} | {Cell(explanation.Why)} | {Cell(string.Join(", ", explanation.Words))} | {string.Join(", ", step.Sources)} |");
        }

        doc.AppendLine();
        doc.Append(notes.GetValueOrDefault("Plan"));
        doc.AppendLine();
        doc.AppendLine("| medicine caution | as it reads after \"because\" |");
        doc.AppendLine("|---|---|");
        foreach (var (id, reason) in text.CautionReasons)
        {
            doc.AppendLine($"| `{id}` | {Cell(reason)} |");
        }

        doc.AppendLine();
        doc.AppendLine($"**Safety net**, as its own block after the plan ({region.Code}); the signs are the findings listed in `emergency_signs`");
        doc.AppendLine("(rules.yaml), and the same lines are in the urgent message and the message after a failure:");
        doc.AppendLine();
        foreach (var line in Wording.Wording.SafetyNet(region).Split('\n'))
        {
            doc.AppendLine("> " + line);
        }

        doc.AppendLine();
    }

    private static void Outcomes(StringBuilder doc, ClinicalContent content, IReadOnlyDictionary<string, string> notes)
    {
        var text = content.Text;
        var region = content.Regions.All.First(r => r.Code == content.Regions.DefaultCode);
        doc.AppendLine("## 5. Outcome wording");
        doc.AppendLine();
        doc.AppendLine("**Emergency: the action depends on what was found.** The first group present gives the action; every group present");
        doc.AppendLine("adds its extra line; then the reason. Findings in no group get the first action.");
        doc.AppendLine();
        doc.AppendLine($"| findings | action ({region.Code}) | extra line |");
        doc.AppendLine("|---|---|---|");
        foreach (var action in content.EmergencyActions)
        {
            var extra = action.Extra is null ? string.Empty : Wording.Wording.Fill(text.Message(action.Extra), region);
            doc.AppendLine($"| {string.Join(", ", action.Findings)} | {Cell(Wording.Wording.Fill(text.Message(action.Action), region))} | {Cell(extra)} |");
        }

        doc.AppendLine();
        doc.AppendLine($"Every message template ({text.Code}/messages.yaml), with `{{reasons}}` as written:");
        doc.AppendLine();
        doc.AppendLine("| key | text |");
        doc.AppendLine("|---|---|");
        foreach (var (key, message) in text.Messages.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            doc.AppendLine($"| `{key}` | {Cell(message)} |");
        }

        doc.AppendLine();
        doc.Append(notes.GetValueOrDefault("Outcomes"));
        doc.AppendLine();
        doc.AppendLine("**Regions** (regions.yaml; the deployment's region unless the person says where they are):");
        doc.AppendLine();
        doc.AppendLine("| code | emergency | non-emergency | emergency department |");
        doc.AppendLine("|---|---|---|---|");
        foreach (var r in content.Regions.All)
        {
            var route = string.IsNullOrEmpty(r.NonEmergencyNumber) ? r.NonEmergencyName : $"{r.NonEmergencyName} on {r.NonEmergencyNumber}";
            doc.AppendLine($"| {r.Code}{(r.Code == content.Regions.DefaultCode ? " (default)" : string.Empty)} | {r.EmergencyNumber} | {Cell(route)} | {Cell(r.EmergencyDepartmentName)} |");
        }

        doc.AppendLine();
    }

    private static void Section(StringBuilder doc, string title, string? body)
    {
        doc.AppendLine("## " + title);
        doc.AppendLine();
        doc.Append(body);
        doc.AppendLine();
    }

    /// <summary>notes.md split by its "## " headings.</summary>
    private static Dictionary<string, string> Notes(ClinicalContent content)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = content.Files.FirstOrDefault(f => f.Path == "notes.md");
        if (file is null)
        {
            return notes;
        }

        foreach (var part in file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n## ").Skip(1))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            notes[part[..newline].Trim()] = part[(newline + 1)..].Trim() + "\n";
        }

        return notes;
    }

    private static string Code(string text) => "`" + text.Replace("`", "'", StringComparison.Ordinal) + "`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
