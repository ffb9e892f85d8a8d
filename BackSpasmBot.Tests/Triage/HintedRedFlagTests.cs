using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// A red flag told in words no phrase names, which the hint model scores (clinical-content/hints.yaml), over the real
/// HTTP endpoint: asked first, plainly, and counted only as the person answers it.
/// </summary>
public sealed class HintedRedFlagTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    /// <summary>A past cancer told as its treatment: no phrase names it; the model scores it (HintRulesTests checks the premise).</summary>
    private const string Opening = "i had treatment for a lump in my breast a few years back and now my back hurts";

    private static TriageData? LastQuestion(IEnumerable<Activity> replies) =>
        replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true);

    private static async Task<TriageData> AnswerToTheEndAsync(IChatDriver chat, IReadOnlyList<Activity> replies)
    {
        for (var turn = 0; turn < 40; turn++)
        {
            if (replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true) is { } outcome)
            {
                return outcome;
            }

            replies = await chat.SayAsync(QuietPatient.AnswerTo(LastQuestion(replies)!.Asks));
        }

        throw new InvalidOperationException("No outcome.");
    }

    [Fact]
    public async Task TheSuggestedRedFlagIsAskedFirstPlainlyAndAYesMakesItCount()
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();

        var replies = await chat.SayAsync(Opening);

        var asked = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
        Assert.Equal(["cancer_history"], TriageData.Of(asked)!.Asks);
        Assert.StartsWith(ClinicalContent.Default.Text.Message("confirm_prefix"), asked.Text, StringComparison.Ordinal);

        var afterYes = await chat.SayAsync("yes");

        Assert.Equal(["bladder_bowel"], LastQuestion(afterYes)!.Asks);
        var outcome = await AnswerToTheEndAsync(chat, afterYes);
        Assert.Equal("urgent", outcome.Disposition);
        Assert.Contains("cancer_history", outcome.Findings);
    }

    [Fact]
    public async Task NoRulesItOutAndItIsNeverAReason()
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();
        await chat.SayAsync(Opening);

        var afterNo = await chat.SayAsync("no");

        Assert.Equal(["bladder_bowel"], LastQuestion(afterNo)!.Asks);
        var outcome = await AnswerToTheEndAsync(chat, afterNo);
        Assert.NotEqual("urgent", outcome.Disposition);
        Assert.DoesNotContain("cancer_history", outcome.Findings);
    }
}
