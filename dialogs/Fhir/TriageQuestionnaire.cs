using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using Hl7.Fhir.Model;
using ContentCondition = BackSpasmBot.Clinical.Content.Condition;

namespace BackSpasmBot.Fhir;

/// <summary>
/// The triage's questions as a FHIR R4 <see cref="Questionnaire"/>, generated from the content: one item per question,
/// in the order they are asked. A question about one finding or fact has that id as its linkId; a question about
/// several (a group, the symptoms) has the question's id, and its options are the findings it asks about.
/// </summary>
public static class TriageQuestionnaire
{
    public static Questionnaire Build(ClinicalContent content)
    {
        var text = content.Text;
        var questionnaire = new Questionnaire
        {
            Id = FhirCanonical.QuestionnaireId,
            Url = FhirCanonical.QuestionnaireUrl,
            Version = content.Version,
            Name = "BackSpasmTriage",
            Title = text.Message("fhir_questionnaire_title"),
            Status = PublicationStatus.Active,
            Language = text.Code,
            SubjectType = [ResourceType.Patient],
        };

        foreach (var question in text.Questions)
        {
            questionnaire.Item.Add(Item(question, content));
        }

        return questionnaire;
    }

    /// <summary>The linkId of a question's item: the one id it asks about, or the question's own id.</summary>
    public static string LinkIdOf(Question question, ClinicalContent content)
    {
        var firstAsking = question.Asks.Count == 1
            ? content.Text.Questions.First(q => q.Asks.Contains(question.Asks[0]))
            : null;
        return firstAsking == question ? question.Asks[0] : question.Id;
    }

    /// <summary>True when the item takes several answers (the findings of a group or the symptoms, or medicine cautions).</summary>
    public static bool IsMultiple(Question question) => question.Asks.Count > 1 || question.Asks[0] == FindingIds.NsaidCaution;

    private static Questionnaire.ItemComponent Item(Question question, ClinicalContent content)
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = LinkIdOf(question, content),
            Text = question.Text,
            Type = Questionnaire.QuestionnaireItemType.Choice,
        };

        switch (question.Asks[0])
        {
            case FindingIds.Age:
                item.Type = Questionnaire.QuestionnaireItemType.Integer;
                return item;
            case FindingIds.Onset:
                // How long ago it started, in hours (the triage reads "yesterday", "3 days" and buttons into hours).
                item.Type = Questionnaire.QuestionnaireItemType.Quantity;
                return item;
            case FindingIds.Trigger:
                item.AnswerOption = [.. ContentCondition.TriggerIds.Select(id => Option(FhirCanonical.TriggerSystem, id, content.Text.TriggerNames[id]))];
                return item;
            case FindingIds.NsaidCaution:
                item.Repeats = true;
                item.AnswerOption =
                [
                    .. content.RecognisedCautions.Select(id => Option(FhirCanonical.CautionSystem, id, content.Text.CautionReasons[id])),
                    .. AnswerOptions(content, includeUnspecified: true),
                ];
                return item;
        }

        if (question.Asks.Count > 1)
        {
            item.Repeats = true;
            item.AnswerOption =
            [
                .. question.Asks.Select(id => Option(FhirCanonical.FindingSystem, id, content.Text.Findings[id].Name)),
                .. AnswerOptions(content, includeUnspecified: question.GroupName is not null),
            ];
            return item;
        }

        item.AnswerOption = [.. AnswerOptions(content, includeUnspecified: false)];
        return item;
    }

    private static IEnumerable<Questionnaire.AnswerOptionComponent> AnswerOptions(ClinicalContent content, bool includeUnspecified)
    {
        yield return Option(FhirCanonical.AnswerSystem, Answers.Yes, content.Text.YesNoButtons[0]);
        yield return Option(FhirCanonical.AnswerSystem, Answers.No, content.Text.YesNoButtons[1]);
        yield return Option(FhirCanonical.AnswerSystem, Answers.Unsure, content.Text.YesNoButtons[2]);
        if (includeUnspecified)
        {
            yield return Option(FhirCanonical.AnswerSystem, Answers.YesUnspecified, content.Text.Message("summary_yes"));
        }
    }

    private static Questionnaire.AnswerOptionComponent Option(string system, string code, string display) =>
        new() { Value = new Coding(system, code, display) };
}

/// <summary>The codes of the answer code system.</summary>
public static class Answers
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unsure = "unsure";

    /// <summary>A plain "yes" to a question about several findings that did not say which.</summary>
    public const string YesUnspecified = "yes-unspecified";
}
