using System.Net;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Fhir;
using BackSpasmBot.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using Task = System.Threading.Tasks.Task;

namespace BackSpasmBot.Tests.Fhir;

/// <summary>The FHIR Questionnaire generated from the content, and the endpoint that serves it.</summary>
public sealed class QuestionnaireTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task TheQuestionnaireIsServedAsFhirJsonAndHasOneItemPerQuestionKeyedByWhatItAsks()
    {
        using var response = await host.Host.Client.GetAsync(new Uri("/api/fhir/Questionnaire/back-spasm-triage", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirCanonical.JsonMediaType, response.Content.Headers.ContentType?.MediaType);
        var questionnaire = FhirAssert.ParsesAndValidates<Questionnaire>(await response.Content.ReadAsStringAsync());
        var content = ClinicalContent.Default;
        Assert.Equal(FhirCanonical.QuestionnaireUrl, questionnaire.Url);
        Assert.Equal(content.Version, questionnaire.Version);
        Assert.Equal(content.Text.Questions.Count, questionnaire.Item.Count);
        Assert.Equal(questionnaire.Item.Count, questionnaire.Item.Select(i => i.LinkId).Distinct().Count());
        foreach (var (question, item) in content.Text.Questions.Zip(questionnaire.Item))
        {
            Assert.Equal(question.Text, item.Text);
            var expected = question.Asks.Count == 1 && question.Id != "q_nsaid_which" ? question.Asks[0] : question.Id;
            Assert.Equal(expected, item.LinkId);
        }
    }

    [Theory]
    [InlineData("back-spasm-triag")]
    [InlineData("other")]
    public async Task AnUnknownQuestionnaireIsNotFound(string id)
    {
        using var response = await host.Host.Client.GetAsync(new Uri("/api/fhir/Questionnaire/" + id, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var outcome = FhirAssert.ParsesAndValidates<OperationOutcome>(await response.Content.ReadAsStringAsync());
        Assert.Equal(OperationOutcome.IssueType.NotFound, outcome.Issue.Single().Code);
    }

    [Fact]
    public void TheValidationUsedInTheseTestsRejectsAResponseWithoutItsRequiredStatus()
    {
        // QuestionnaireResponse.status is 1..1: the check the hand-over tests rely on must see its absence.
        var response = new QuestionnaireResponse { Questionnaire = FhirCanonical.QuestionnaireUrl };

        Assert.NotEmpty(response.Validate(ModelInfo.ModelInspector));
    }
}
