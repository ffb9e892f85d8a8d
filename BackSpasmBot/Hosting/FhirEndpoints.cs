using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Fhir;

namespace BackSpasmBot.Hosting;

/// <summary>
/// The triage's FHIR R4 Questionnaire, for a clinic's record system to read the QuestionnaireResponse it receives in a
/// summary (docs/handover.md). Generated from the clinical content once; nothing about any person is served here.
/// </summary>
public static class FhirEndpoints
{
    public static WebApplication MapFhirEndpoints(this WebApplication app)
    {
        var questionnaire = new Lazy<string>(() => TriageHandover.ToJson(TriageQuestionnaire.Build(ClinicalContent.Default)));
        app.MapGet("/api/fhir/Questionnaire/{id}", (string id) =>
            id == FhirCanonical.QuestionnaireId
                ? Results.Text(questionnaire.Value, FhirCanonical.JsonMediaType)
                : Results.Text(NotFound(), FhirCanonical.JsonMediaType, statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    /// <summary>A FHIR OperationOutcome saying there is no such questionnaire (the id is not echoed back).</summary>
    private static string NotFound() =>
        TriageHandover.ToJson(new Hl7.Fhir.Model.OperationOutcome
        {
            Issue =
            [
                new Hl7.Fhir.Model.OperationOutcome.IssueComponent
                {
                    Severity = Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error,
                    Code = Hl7.Fhir.Model.OperationOutcome.IssueType.NotFound,
                    Diagnostics = $"Only Questionnaire/{FhirCanonical.QuestionnaireId} is served here.",
                },
            ],
        });
}
