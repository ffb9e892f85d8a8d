using System.Globalization;
using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Wording;
using Hl7.Fhir.Model;
using ContentCondition = BackSpasmBot.Clinical.Content.Condition;
using Hl7.Fhir.Serialization;

namespace BackSpasmBot.Fhir;

/// <summary>
/// One conversation's hand-over as FHIR R4: a <see cref="Bundle"/> (collection) holding the answers as a
/// <see cref="QuestionnaireResponse"/> that refers to <see cref="TriageQuestionnaire"/>, and the outcome as an
/// <see cref="Observation"/> derived from it (docs/handover.md says why an Observation rather than a ClinicalImpression).
/// Built from canonical ids and the content's wording only: nothing the person typed. No patient is named; the
/// clinic that takes it in attaches it to its own record of the person.
/// </summary>
public static class TriageHandover
{
    /// <summary>Everything a hand-over is built from.</summary>
    /// <param name="Report">What the triage recorded.</param>
    /// <param name="Decision">The outcome given, with the findings that decided it.</param>
    /// <param name="Plan">The plan step ids given.</param>
    /// <param name="Cautions">The medicine-caution ids behind the pharmacist step.</param>
    /// <param name="Region">The region whose numbers the outcome gave.</param>
    /// <param name="When">When the summary was made.</param>
    public sealed record Input(
        SymptomReport Report, TriageDecision Decision, IReadOnlyList<string> Plan, IReadOnlyList<string> Cautions, RegionContacts Region, DateTimeOffset When);

    /// <param name="input">The conversation's record and outcome.</param>
    /// <param name="newId">Makes the bundle's entry ids (urn:uuid); a test may pass fixed ones.</param>
    public static Bundle Build(Input input, Func<Guid> newId)
    {
        var content = ClinicalContent.Current;
        var responseUrl = "urn:uuid:" + newId().ToString("D", CultureInfo.InvariantCulture);
        var observationUrl = "urn:uuid:" + newId().ToString("D", CultureInfo.InvariantCulture);
        var response = Response(input, content);
        var observation = Outcome(input, content, responseUrl);
        return new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = input.When,
            Entry =
            [
                new Bundle.EntryComponent { FullUrl = responseUrl, Resource = response },
                new Bundle.EntryComponent { FullUrl = observationUrl, Resource = observation },
            ],
        };
    }

    /// <summary>Serializes a resource as FHIR JSON (application/fhir+json).</summary>
    public static string ToJson(Resource resource) => resource.ToJson(pretty: true);

    /// <summary>The answers, one item per question that has an answer, in the questionnaire's order.</summary>
    public static QuestionnaireResponse Response(Input input, ClinicalContent content)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = FhirCanonical.QuestionnaireUrl + "|" + content.Version,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = input.When.ToString("o", CultureInfo.InvariantCulture),
            Language = content.Text.Code,
        };

        foreach (var question in content.Text.Questions)
        {
            var answers = AnswersTo(question, input.Report, content).ToList();
            if (answers.Count == 0)
            {
                continue;
            }

            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = TriageQuestionnaire.LinkIdOf(question, content),
                Text = question.Text,
                Answer = [.. answers.Select(value => new QuestionnaireResponse.AnswerComponent { Value = value })],
            });
        }

        return response;
    }

    /// <summary>The outcome: its disposition as the value, each deciding finding as a component, derived from the answers.</summary>
    public static Observation Outcome(Input input, ClinicalContent content, string responseUrl)
    {
        var disposition = input.Decision.Disposition;
        var outcomeLine = SummaryWording.OutcomeLine(disposition, input.Region);
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept(FhirCanonical.ObservationCategorySystem, "survey", "Survey")],
            Code = new CodeableConcept(FhirCanonical.ObservationSystem, "triage-outcome", content.Text.Message("summary_outcome")),
            Effective = new FhirDateTime(input.When),
            Issued = input.When,
            Value = new CodeableConcept(FhirCanonical.DispositionSystem, SummaryWording.DispositionId(disposition), outcomeLine, outcomeLine),
            DerivedFrom = [new ResourceReference(responseUrl)],
        };

        foreach (var finding in input.Decision.Findings.Where(id => content.Text.Findings.ContainsKey(id)))
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept(FhirCanonical.FindingSystem, finding, content.Text.Findings[finding].Name),
                Value = new CodeableConcept(FhirCanonical.AnswerSystem, Answers.Yes, content.Text.YesNoButtons[0]),
            });
        }

        var steps = disposition >= Disposition.Urgent ? [] : input.Plan.Where(content.Text.StepExplanations.ContainsKey).ToList();
        var notes = new List<string>();
        if (Explanations.DecidingAnswers(input.Decision) is { Count: > 0 } decidedBy)
        {
            notes.Add(content.Text.Message("summary_decided_by") + ": " + string.Join("; ", decidedBy));
        }

        if (steps.Count > 0)
        {
            notes.Add(content.Text.Message("summary_plan") + ": " + string.Join("; ", steps.Select(s => content.Text.StepExplanations[s].Name)));
        }

        notes.Add(content.Text.Message("summary_version") + ": " + content.Version);
        observation.Note = [.. notes.Select(note => new Annotation { Text = new Markdown(note) })];
        return observation;
    }

    private static IEnumerable<DataType> AnswersTo(Question question, SymptomReport report, ClinicalContent content)
    {
        switch (question.Asks[0])
        {
            case FindingIds.Age:
                return report.Age is { } age ? [new Integer(age)] : [];
            case FindingIds.Onset:
                return report.OnsetHours is { } hours
                    ? [new Quantity { Value = Math.Round((decimal)hours, 1), Unit = "hours", System = FhirCanonical.UcumSystem, Code = "h" }]
                    : [];
            case FindingIds.FirstEpisode:
                return YesNo(report.FirstEpisode, content);
            case FindingIds.Dehydration:
                return YesNo(report.Dehydration, content);
            case FindingIds.Trigger:
                return report.Trigger is { } trigger && ContentCondition.TriggerId(trigger) is { } id
                    ? [Coded(FhirCanonical.TriggerSystem, id, content.Text.TriggerNames[id])]
                    : [];
            case FindingIds.NsaidCaution:
                // The checklist's item (linkId nsaid_caution) holds every caution; "which of them?" (q_nsaid_which) only
                // narrows the same answer, so its item is left out rather than repeating it.
                var isChecklist = TriageQuestionnaire.LinkIdOf(question, content) == FindingIds.NsaidCaution;
                return isChecklist ? Cautions(report, content) : [];
        }

        return question.Asks.Count > 1 ? Several(question, report, content) : One(question.Asks[0], report, content);
    }

    /// <summary>Said by the person (recognised ids only); derived cautions (age 65+, unknown age) are the plan's, not answers.</summary>
    private static IEnumerable<DataType> Cautions(SymptomReport report, ClinicalContent content)
    {
        if (report.NsaidCaution is not { } caution)
        {
            return [];
        }

        if (!caution)
        {
            return [Answer(Answers.No, content)];
        }

        var named = report.CautionReasons.Where(content.RecognisedCautions.Contains).Distinct().ToList();
        return named.Count == 0
            ? [Answer(Answers.YesUnspecified, content)]
            : named.Select(id => Coded(FhirCanonical.CautionSystem, id, content.Text.CautionReasons[id]));
    }

    private static IEnumerable<DataType> One(string findingId, SymptomReport report, ClinicalContent content) => report.StatusOf(findingId) switch
    {
        FindingStatus.Present => [Answer(Answers.Yes, content)],
        FindingStatus.Absent => [Answer(Answers.No, content)],
        FindingStatus.Hedged => [Answer(Answers.Unsure, content)],
        _ => [],
    };

    private static IEnumerable<DataType> Several(Question question, SymptomReport report, ClinicalContent content)
    {
        var answers = new List<DataType>();
        answers.AddRange(question.Asks
            .Where(id => report.StatusOf(id) == FindingStatus.Present)
            .Select(id => Coded(FhirCanonical.FindingSystem, id, content.Text.Findings[id].Name)));
        if (report.ConfirmedGroups.Contains(question.Id))
        {
            answers.Add(Answer(Answers.YesUnspecified, content));
        }

        if (question.Asks.Any(id => report.StatusOf(id) == FindingStatus.Hedged))
        {
            answers.Add(Answer(Answers.Unsure, content));
        }

        if (answers.Count == 0 && question.Asks.All(id => report.StatusOf(id) == FindingStatus.Absent))
        {
            answers.Add(Answer(Answers.No, content));
        }

        return answers;
    }

    private static IEnumerable<DataType> YesNo(bool? value, ClinicalContent content) => value switch
    {
        true => [Answer(Answers.Yes, content)],
        false => [Answer(Answers.No, content)],
        null => [],
    };

    private static Coding Answer(string code, ClinicalContent content) => code switch
    {
        Answers.Yes => new Coding(FhirCanonical.AnswerSystem, code, content.Text.YesNoButtons[0]),
        Answers.No => new Coding(FhirCanonical.AnswerSystem, code, content.Text.YesNoButtons[1]),
        Answers.Unsure => new Coding(FhirCanonical.AnswerSystem, code, content.Text.YesNoButtons[2]),
        _ => new Coding(FhirCanonical.AnswerSystem, code, content.Text.Message("summary_yes")),
    };

    private static Coding Coded(string system, string code, string display) => new(system, code, display);
}
