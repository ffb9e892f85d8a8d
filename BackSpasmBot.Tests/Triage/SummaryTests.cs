using System.Text;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Fhir;
using BackSpasmBot.Tests.Fhir;
using BackSpasmBot.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// The summary for a doctor over the Bot Framework protocol, after each kind of outcome: offered with the outcome, made
/// only on request, a card with a printable page and a FHIR Bundle that parses, validates and answers the questions
/// asked, with nothing the person typed in any of them.
/// </summary>
public sealed class SummaryTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    public static TheoryData<string, string?, string> Outcomes => new()
    {
        { "emergency", "bladder_bowel", "yes" },
        { "urgent", "fever", "yes" },
        { "gp", "pregnant", "yes" },
        { "selfcare", null, "" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task TheSummaryIsOfferedWithTheOutcomeAndSentOnRequestAsACardAPageAndFhir(string disposition, string? finding, string answer)
    {
        var chat = host.NewHttpConversation();
        var play = new HandoverPlay(chat);
        var outcome = await play.ToOutcomeAsync(finding is null ? null : new Dictionary<string, string> { [finding] = answer });
        Assert.Equal(disposition, outcome.Disposition);

        var outcomeMessage = play.Replies.First(r => TriageData.Of(r)?.IsOutcome == true);
        var offered = outcomeMessage.SuggestedActions?.Actions?.Select(a => a.Title) ?? [];
        Assert.Contains("Summary for my doctor", offered);
        Assert.DoesNotContain(play.Replies, r => r.Attachments?.Any(a => a.ContentType == FhirCanonical.JsonMediaType) == true);

        var summary = SummaryOf(await play.SayAsync("Summary for my doctor"));

        var card = summary.Attachments.Single(a => a.ContentType == "application/vnd.microsoft.card.adaptive");
        var cardJson = JObject.FromObject(card.Content).ToString();
        var html = FileText(summary, "text/html");
        var fhir = FileText(summary, FhirCanonical.JsonMediaType);
        var outcomeLine = ClinicalContent.Default.Text.Message("summary_outcome_" + disposition).Split('{')[0];
        Assert.Contains(outcomeLine, cardJson, StringComparison.Ordinal);
        Assert.Contains(outcomeLine, html, StringComparison.Ordinal);
        Assert.Contains(ClinicalContent.Default.Version, html, StringComparison.Ordinal);
        if (finding is not null)
        {
            var name = ClinicalContent.Default.Text.Findings[finding].Name;
            Assert.Contains(name, cardJson, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(name), html, StringComparison.Ordinal);
        }

        // Nothing the person typed: not the opening's own words, in any part of the summary.
        foreach (var part in new[] { summary.Text, cardJson, html, fhir })
        {
            Assert.DoesNotContain(HandoverPlay.OwnWords, part, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("grandmother", part, StringComparison.OrdinalIgnoreCase);
        }

        var bundle = FhirAssert.ParsesAndValidates<Bundle>(fhir);
        var observation = bundle.Entry.Select(e => e.Resource).OfType<Observation>().Single();
        Assert.Equal(disposition, Assert.IsType<CodeableConcept>(observation.Value).Coding.Single().Code);
        var response = bundle.Entry.Select(e => e.Resource).OfType<QuestionnaireResponse>().Single();
        Assert.Equal(bundle.Entry.Single(e => e.Resource == response).FullUrl, observation.DerivedFrom.Single().Reference);
        if (finding is not null)
        {
            Assert.Contains(observation.Component, c => c.Code.Coding.Single().Code == finding);
        }

        AnswersMatchTheQuestionsAsked(response, play.Asked);
    }

    [Fact]
    public async Task BeforeAnOutcomeThereIsNoSummaryAndTheQuestionIsAskedAgain()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["fever"]);

        var replies = await chat.SayAsync("summary");

        Assert.DoesNotContain(replies, r => r.Attachments?.Count > 0 && TriageData.Of(r)?.IsQuestion != true);
        Assert.Contains(replies, r => r.Text?.Contains("once we've finished the questions", StringComparison.Ordinal) == true);
        Assert.Equal(["fever"], TriageData.Of(replies.Last(r => TriageData.Of(r)?.IsQuestion == true))!.Asks);
    }

    [Fact]
    public async Task ForgetMeAfterASummaryLeavesNothingToSummarise()
    {
        var chat = host.NewHttpConversation();
        var play = new HandoverPlay(chat);
        await play.ToOutcomeAsync();
        SummaryOf(await play.SayAsync("for my doctor"));

        await chat.SayAsync("forget me");
        await chat.SayAsync("my back hurts");
        var after = await chat.SayAsync("summary");

        Assert.DoesNotContain(after, r => r.Attachments?.Any(a => a.ContentType == FhirCanonical.JsonMediaType) == true);
    }

    [Fact]
    public async Task InAGroupChatTheSummaryIsNeitherOfferedNorMade()
    {
        var chat = host.NewHttpConversation(channelId: "msteams", conversationType: "groupChat");
        var play = new HandoverPlay(chat);
        await play.ToOutcomeAsync(new Dictionary<string, string> { ["fever"] = "yes" });
        var outcomeMessage = play.Replies.First(r => TriageData.Of(r)?.IsOutcome == true);
        Assert.DoesNotContain(outcomeMessage.SuggestedActions?.Actions ?? [], a => a.Title == "Summary for my doctor");

        var replies = await play.SayAsync("summary for my doctor");

        Assert.DoesNotContain(replies, r => r.Attachments?.Any(a => a.ContentType == FhirCanonical.JsonMediaType) == true);
        Assert.Contains(replies, r => r.Text == ClinicalContent.Default.Text.Message("summary_shared"));
    }

    [Fact]
    public async Task InATeamsPersonalChatTheSummaryIsTheCardAlone()
    {
        var chat = host.NewHttpConversation(channelId: "msteams", conversationType: "personal");
        var play = new HandoverPlay(chat);
        await play.ToOutcomeAsync(new Dictionary<string, string> { ["pregnant"] = "yes" });

        var summary = SummaryOf(await play.SayAsync("Summary for my doctor"));

        var card = Assert.Single(summary.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Equal(ClinicalContent.Default.Text.Message("summary_sent_card_only"), summary.Text);
    }

    /// <summary>Every question asked has its item in the response, and every item is one of the questionnaire's, with answers it allows.</summary>
    internal static void AnswersMatchTheQuestionsAsked(QuestionnaireResponse response, IEnumerable<IReadOnlyList<string>> asked)
    {
        var content = ClinicalContent.Default;
        var questionnaire = TriageQuestionnaire.Build(content);
        Assert.Equal(FhirCanonical.QuestionnaireUrl + "|" + content.Version, response.Questionnaire);
        var items = questionnaire.Item.ToDictionary(i => i.LinkId!);
        foreach (var item in response.Item)
        {
            Assert.True(items.TryGetValue(item.LinkId!, out var defined), $"'{item.LinkId}' is not a questionnaire item");
            Assert.NotEmpty(item.Answer);
            Assert.True(item.Answer.Count == 1 || defined.Repeats == true, $"'{item.LinkId}' has several answers but does not repeat");
            foreach (var coding in item.Answer.Select(a => a.Value).OfType<Coding>())
            {
                Assert.Contains(defined.AnswerOption, o => o.Value is Coding c && c.System == coding.System && c.Code == coding.Code);
            }
        }

        var answered = response.Item.Select(i => i.LinkId).ToHashSet();
        foreach (var asks in asked)
        {
            if (content.Text.Questions.FirstOrDefault(q => q.Asks.SequenceEqual(asks)) is { } question && question.Id != "q_nsaid_which")
            {
                Assert.Contains(TriageQuestionnaire.LinkIdOf(question, content), answered);
            }
        }
    }

    private static Activity SummaryOf(IEnumerable<Activity> replies) =>
        Assert.Single(replies, r => (r.ChannelData as JObject)?["triage"]?["summary"]?.Value<bool>() == true);

    private static string FileText(Activity summary, string contentType)
    {
        var file = summary.Attachments.Single(a => a.ContentType == contentType);
        var prefix = $"data:{contentType};base64,";
        Assert.StartsWith(prefix, file.ContentUrl, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(file.Name));
        return Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl[prefix.Length..]));
    }
}
