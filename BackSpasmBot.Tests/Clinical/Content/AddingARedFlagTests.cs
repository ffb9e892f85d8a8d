using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Clinical.Content;

/// <summary>
/// Adding a red flag is a content edit (and a patient case), never a code change: a new finding written only into a
/// copy of clinical-content/ is asked, recognised in free text and escalated by the real bot.
/// </summary>
public sealed class AddingARedFlagTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private const string NewFinding = "cold_pale_leg";

    /// <summary>Acute limb ischaemia as a clinician would add it: a finding, its question (with why it is asked), and its words and phrases in every language.</summary>
    private static ContentFolder WithNewRedFlag() => new ContentFolder()
        .Replace("findings.yaml", "  - id: major_trauma\n", """
              - id: cold_pale_leg
                tier: emergency
                why: A leg or foot that has suddenly gone cold, pale or blue may have lost its blood supply.
                sources: test fixture (acute limb ischaemia)
              - id: major_trauma

            """)
        .Replace("questions.yaml", "  - id: q_trauma\n", """
              - id: q_cold_leg
                stage: emergency
                asks: [cold_pale_leg]
                answer: yes_no
                sources: [NHS-BP]
              - id: q_trauma

            """)
        .Replace("en/questions.yaml", "  q_trauma:\n", """
              q_cold_leg:
                text: Has a leg or foot suddenly gone cold, pale or blue?
                retry: "Please answer yes or no: is a leg or foot cold, pale or blue?"
                why: A leg or foot that suddenly goes cold, pale or blue may have lost its blood supply, which needs help at once.
              q_trauma:

            """)
        .Append("en/findings.yaml", """

            cold_pale_leg:
              name: a cold, pale or blue leg or foot
              reason: your leg or foot has gone cold, pale or blue
              reask: has a leg or foot gone cold, pale or blue?

            """)
        .Replace("en/vocabulary.yaml", "\nphrases:\n", """

            phrases:
              cold_pale_leg:
                - "{cold|pale|white|blue|icy} * {leg|foot|toes}"
                - "{leg|foot|toes} * {cold|pale|white|blue|icy}"

            """)
        .Replace("es/questions.yaml", "  q_trauma:\n", """
              q_cold_leg:
                text: ¿Se te ha puesto una pierna o un pie frío, pálido o azulado de repente?
                retry: "Responde sí o no, por favor: ¿tienes una pierna o un pie frío, pálido o azulado?"
                why: Una pierna o un pie que se pone frío, pálido o azulado de repente puede haberse quedado sin riego, y eso necesita ayuda de inmediato.
              q_trauma:

            """)
        .Append("es/findings.yaml", """

            cold_pale_leg:
              name: una pierna o un pie frío, pálido o azulado
              reason: se te ha puesto una pierna o un pie frío, pálido o azulado
              reask: ¿se te ha puesto una pierna o un pie frío, pálido o azulado?

            """)
        .Replace("es/vocabulary.yaml", "\nphrases:\n", """

            phrases:
              cold_pale_leg:
                - "{fria|frio|palida|palido|azul|azulada|azulado|helada|helado} * {pierna|pie|dedos}"
                - "{pierna|pie|dedos} * {fria|frio|palida|palido|azul|azulada|azulado|helada|helado}"

            """)
        .Replace("rules.yaml", "    findings: [one_side_weakness,", "    findings: [cold_pale_leg, one_side_weakness,");

    private IBot Bot => host.Host.Services.GetRequiredService<IBot>();

    private static TriageData? LastQuestion(IEnumerable<Activity> replies) => replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true);

    private static TriageData? Outcome(IEnumerable<Activity> replies) => replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true);

    [Fact]
    public void TheBuiltInContentDoesNotKnowTheNewRedFlag()
    {
        Assert.Null(FindingCatalog.TryGet(NewFinding));
        Assert.DoesNotContain(SymptomRecognizer.Recognize("my left foot has gone cold and pale"), m => m.FindingId == NewFinding);
    }

    [Fact]
    public void ANewRedFlagInContentIsRecognisedInFreeTextIncludingNegation()
    {
        using var folder = WithNewRedFlag();
        using var _ = ClinicalContent.Use(folder.Load());

        Assert.Contains(new BackSpasmBot.Clinical.Mention(NewFinding, FindingStatus.Present), SymptomRecognizer.Recognize("my left foot has gone cold and pale"));
        Assert.Contains(new BackSpasmBot.Clinical.Mention(NewFinding, FindingStatus.Absent), SymptomRecognizer.Recognize("my foot is not cold or pale"));
        Assert.Equal(Tier.Emergency, FindingCatalog.TierOf(NewFinding));
    }

    [Fact]
    public async Task ANewRedFlagInContentIsAskedAmongTheEmergencyQuestionsAndAYesEscalates()
    {
        using var folder = WithNewRedFlag();
        using var _ = ClinicalContent.Use(folder.Load());
        var chat = new InProcessConversation(Bot);
        await chat.JoinAsync();

        var replies = await chat.SayAsync("my back has gone into spasm");
        var asked = new List<string>();
        for (var turn = 0; turn < 20 && LastQuestion(replies) is { } question && !question.Asks.Contains(NewFinding); turn++)
        {
            asked.AddRange(question.Asks);
            replies = await chat.SayAsync("no");
        }

        Assert.Contains(NewFinding, LastQuestion(replies)!.Asks);
        Assert.Contains("bladder_bowel", asked);
        Assert.DoesNotContain("limb_weakness", asked);
        Assert.Contains("Has a leg or foot suddenly gone cold, pale or blue?", replies[^1].Text, StringComparison.Ordinal);

        var outcome = await chat.SayAsync("yes");

        Assert.Equal("emergency", Outcome(outcome)!.Disposition);
        Assert.Equal([NewFinding], Outcome(outcome)!.Findings);
        var text = string.Join("\n", outcome.Select(a => a.Text));
        Assert.Contains("because your leg or foot has gone cold, pale or blue", text, StringComparison.Ordinal);
        Assert.Contains("ask for an ambulance", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewRedFlagInContentVolunteeredInTheFirstMessageEndsTheTriageAtOnce()
    {
        using var folder = WithNewRedFlag();
        using var _ = ClinicalContent.Use(folder.Load());
        var chat = new InProcessConversation(Bot);
        await chat.JoinAsync();

        var replies = await chat.SayAsync("my back went into spasm and now my right foot is cold and white");

        Assert.Equal("emergency", Outcome(replies)!.Disposition);
        Assert.Contains(NewFinding, Outcome(replies)!.Findings);
        Assert.Equal(ClinicalContent.Current.Version, Outcome(replies)!.ContentVersion);
    }
}
