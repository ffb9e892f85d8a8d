namespace BackSpasmBot.Fhir;

/// <summary>
/// The canonical URLs of the resources and code systems the hand-over uses. They name things; nothing is fetched from
/// them. example.org is reserved for examples (RFC 2606): a clinic that publishes its own definitions changes
/// <see cref="Base"/> here, in one place (docs/handover.md).
/// </summary>
public static class FhirCanonical
{
    public const string Base = "https://backspasmbot.example.org/fhir";

    /// <summary>The questionnaire's id, as served at <c>GET /api/fhir/Questionnaire/back-spasm-triage</c>.</summary>
    public const string QuestionnaireId = "back-spasm-triage";

    public const string QuestionnaireUrl = Base + "/Questionnaire/" + QuestionnaireId;

    /// <summary>Yes, no, not sure, and "yes, but did not say which".</summary>
    public const string AnswerSystem = Base + "/CodeSystem/answer";

    /// <summary>The content's finding ids (clinical-content/findings.yaml).</summary>
    public const string FindingSystem = Base + "/CodeSystem/finding";

    /// <summary>The outcome: emergency, urgent, gp, selfcare (channelData.triage.disposition).</summary>
    public const string DispositionSystem = Base + "/CodeSystem/disposition";

    /// <summary>What set the pain off (trigger ids in the content).</summary>
    public const string TriggerSystem = Base + "/CodeSystem/trigger";

    /// <summary>Reasons to check before anti-inflammatories (medicine caution ids in the content).</summary>
    public const string CautionSystem = Base + "/CodeSystem/medicine-caution";

    /// <summary>The code of the outcome Observation.</summary>
    public const string ObservationSystem = Base + "/CodeSystem/observation";

    public const string UcumSystem = "http://unitsofmeasure.org";

    public const string ObservationCategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>The media type of FHIR JSON.</summary>
    public const string JsonMediaType = "application/fhir+json";
}
