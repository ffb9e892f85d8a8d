using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// A patient who gives the same answer every time a question comes back always reaches an outcome: two blind patient
/// cases had been asked the same questions without end (docs/recognition.md, "Blind patient cases").
/// </summary>
public sealed class NoEndlessQuestionTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    /// <summary>More answers than there are questions, confirmations and checks together.</summary>
    private const int Patience = 40;

    /// <summary>
    /// The answer to the weakness question cannot be taken, and each time it also hints at balance, whose plain check
    /// came in between and used to make the weakness question start afresh.
    /// </summary>
    [Fact]
    public async Task AnAnswerThatCannotBeTakenAndHintsAtAnotherSignEndsInAnOutcome()
    {
        var chat = new InProcessConversation(host.Host.Services.GetRequiredService<IBot>());
        var question = await QuietPatient.WalkToQuestionAboutAsync(chat, "limb_weakness");

        var outcome = await AnswerUntilOutcomeAsync(chat, question, asks =>
            asks.Contains("limb_weakness") ? "I keep tripping up, same as last week" : QuietPatient.AnswerTo(asks));

        Assert.NotNull(outcome);
        Assert.Contains(outcome!.Disposition, new[] { "urgent", "emergency" });
    }

    /// <summary>"A pain in the neck" leaves a stiff neck unclear; a plain "yes" to the symptoms list must still close it.</summary>
    [Fact]
    public async Task AYesToTheSymptomsListAfterAnUnclearSelfCareSymptomEndsInAnOutcome()
    {
        var chat = new InProcessConversation(host.Host.Services.GetRequiredService<IBot>());
        await chat.JoinAsync();
        var replies = await chat.SayAsync("my boss is a real pain in the neck and my back is in spasm since tuesday");

        var outcome = await AnswerUntilOutcomeAsync(chat, replies.Last(r => TriageData.Of(r)?.IsQuestion == true), asks =>
            asks.Contains("backache") ? "yes" : QuietPatient.AnswerTo(asks));

        Assert.NotNull(outcome);
        Assert.Equal("selfcare", outcome!.Disposition);
    }

    private static async Task<TriageData?> AnswerUntilOutcomeAsync(IChatDriver chat, Activity question, Func<IReadOnlyList<string>, string> answer)
    {
        for (var turn = 0; turn < Patience; turn++)
        {
            var replies = await chat.SayAsync(answer(TriageData.Of(question)!.Asks));
            if (replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true) is { } outcome)
            {
                return outcome;
            }

            question = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
        }

        return null;
    }
}
