using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// "Why?" over the Bot Framework protocol: at a question it explains from the content, names its sources, asks the same
/// question again and is never taken as an answer; after the outcome it says what decided it and why each plan step is
/// there; a red flag in the same message still escalates.
/// </summary>
public sealed class ExplanationTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private static IReadOnlyList<string> Explains(Activity activity) =>
        (activity.ChannelData as JObject)?["triage"]?["explains"] is JArray ids ? [.. ids.Values<string>().OfType<string>()] : [];

    private static Activity Explanation(IEnumerable<Activity> replies) =>
        Assert.Single(replies, r => (r.ChannelData as JObject)?["triage"]?["explains"] is not null);

    [Theory]
    [InlineData("bladder_bowel", "why?")]
    [InlineData("saddle_numbness", "Why do you ask")]
    [InlineData("sexual_dysfunction", "why are you asking me this?")]
    [InlineData("fever", "how come")]
    [InlineData("age", "Why?")]
    [InlineData("trigger", "what's that for")]
    [InlineData("nsaid_caution", "why")]
    public async Task WhyAtAQuestionExplainsItNamesItsSourcesAndAsksTheSameQuestionAgain(string asked, string why)
    {
        var chat = host.NewHttpConversation();
        var question = await QuietPatient.WalkToAsync(chat, [asked]);
        var content = ClinicalContent.Default.Text.Questions.First(q => q.Asks.SequenceEqual([asked]));

        var replies = await chat.SayAsync(why);

        var explanation = Explanation(replies);
        Assert.Equal([asked], Explains(explanation));
        Assert.Contains(content.Why, explanation.Text, StringComparison.Ordinal);
        foreach (var source in content.Sources)
        {
            Assert.Contains(ClinicalContent.Default.Text.SourceNames[source], explanation.Text, StringComparison.Ordinal);
        }

        Assert.Null(TriageData.Of(explanation)?.Disposition);
        var again = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
        Assert.Equal([asked], TriageData.Of(again)!.Asks);
        Assert.Equal(question.Text, again.Text);
    }

    [Fact]
    public async Task WhyIsNeverTakenAsAnAnswerEvenTwiceAndTheRealAnswerStillCounts()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["bladder_bowel"]);

        await chat.SayAsync("why?");
        var second = await chat.SayAsync("why?");

        // Two answers that are not understood escalate a red-flag question; two "why?"s are not answers at all.
        Assert.DoesNotContain(second, r => TriageData.Of(r)?.IsOutcome == true);
        Assert.Equal(["bladder_bowel"], TriageData.Of(second.Last(r => TriageData.Of(r)?.IsQuestion == true))!.Asks);

        var next = await chat.SayAsync("no");
        Assert.Equal(["saddle_numbness"], TriageData.Of(next.Last(r => TriageData.Of(r)?.IsQuestion == true))!.Asks);
    }

    [Theory]
    [InlineData("why? I can't feel my bum")]
    [InlineData("why do you ask, I've wet myself")]
    public async Task ARedFlagInTheSameMessageAsWhyStillEscalates(string message)
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["fever"]);

        var replies = await chat.SayAsync(message);

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Fact]
    public async Task WhyAfterAnEmergencySaysWhichAnswerDecidedIt()
    {
        var chat = host.NewHttpConversation();
        var play = new HandoverPlay(chat);
        await play.ToOutcomeAsync(new Dictionary<string, string> { ["saddle_numbness"] = "yes" });

        var explanation = Explanation(await chat.SayAsync("why?"));

        Assert.Contains(ClinicalContent.Default.Text.Findings["saddle_numbness"].Name, explanation.Text, StringComparison.Ordinal);
        Assert.Contains("saddle_numbness", Explains(explanation));
        Assert.DoesNotContain("Why each step", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyAfterSelfCareExplainsEveryStepOfThePlanAndWhyIceExplainsIce()
    {
        var chat = host.NewHttpConversation();
        var outcome = await new HandoverPlay(chat).ToOutcomeAsync();
        Assert.Equal("selfcare", outcome.Disposition);
        var text = ClinicalContent.Default.Text;

        var why = Explanation(await chat.SayAsync("why?"));
        foreach (var step in outcome.Plan)
        {
            Assert.Contains(text.StepExplanations[step].Why, why.Text, StringComparison.Ordinal);
        }

        var ice = Explanation(await chat.SayAsync("why ice?"));
        Assert.Equal(["ice_first"], Explains(ice));
        Assert.Contains(text.StepExplanations["ice_first"].Why, ice.Text, StringComparison.Ordinal);
        Assert.Contains(text.SourceNames["seed"], ice.Text, StringComparison.Ordinal);

        var walks = Explanation(await chat.SayAsync("Why should I walk?"));
        Assert.Equal(["gentle_walks"], Explains(walks));
    }

    [Fact]
    public async Task WhyAfterAGpOutcomeNamesTheAnswerAndThePlan()
    {
        var chat = host.NewHttpConversation();
        var outcome = await new HandoverPlay(chat).ToOutcomeAsync(new Dictionary<string, string> { ["pregnant"] = "yes" });
        Assert.Equal("gp", outcome.Disposition);

        var why = Explanation(await chat.SayAsync("why"));

        Assert.Contains(ClinicalContent.Default.Text.Findings["pregnant"].Name, why.Text, StringComparison.Ordinal);
        Assert.Contains(ClinicalContent.Default.Text.StepExplanations["relative_rest"].Why, why.Text, StringComparison.Ordinal);
    }
}
