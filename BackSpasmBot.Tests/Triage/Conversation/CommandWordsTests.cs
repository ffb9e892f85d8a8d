using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Clinical.Content;
using BackSpasmBot.Triage.Conversation;

namespace BackSpasmBot.Tests.Triage.Conversation;

/// <summary>
/// The commands' words are content (&lt;language&gt;/messages.yaml, commands): every phrase of every language is its
/// command, a phrase in parts stands for each of its combinations, "please" may open or close one, accents and "¿" do
/// not matter, and only a whole message counts, so a symptom is never a command.
/// </summary>
public sealed class CommandWordsTests
{
    private static readonly Dictionary<string, TriageCommand> ByName = new(StringComparer.Ordinal)
    {
        [CommandWords.Help] = TriageCommand.Help,
        [CommandWords.Restart] = TriageCommand.Restart,
        [CommandWords.Cancel] = TriageCommand.Cancel,
        [CommandWords.ForgetMe] = TriageCommand.ForgetMe,
        [CommandWords.ShowPlan] = TriageCommand.ShowPlan,
        [CommandWords.StopCheckIns] = TriageCommand.StopCheckIns,
    };

    [Fact]
    public void EveryPhraseOfEveryLanguageIsItsCommandInAnyConversationLanguage()
    {
        var languages = ClinicalContent.Default.Languages;
        Assert.Equal(CommandWords.Names.Order(), ByName.Keys.Order());
        foreach (var words in languages)
        {
            Assert.All(CommandWords.Names, name => Assert.Contains(name, words.Commands.Phrases.Values));
            foreach (var conversation in languages)
            {
                using var language = ClinicalContent.UseLanguage(conversation.Code);
                Assert.All(words.Commands.Phrases, phrase => Assert.Equal(ByName[phrase.Value], TriageCommands.Parse(phrase.Key)));
            }
        }
    }

    [Theory]
    [InlineData("en", "No more follow-ups please", TriageCommand.StopCheckIns)]
    [InlineData("en", "turn off my reminders", TriageCommand.StopCheckIns)]
    [InlineData("es", "cancelar los recordatorios", TriageCommand.StopCheckIns)]
    [InlineData("es", "No quiero seguimiento", TriageCommand.StopCheckIns)]
    [InlineData("en", "please forget me", TriageCommand.ForgetMe)]
    [InlineData("en", "help, please", TriageCommand.Help)]
    [InlineData("es", "olvídame por favor", TriageCommand.ForgetMe)]
    [InlineData("es", "porfa borra todo", TriageCommand.ForgetMe)]
    [InlineData("es", "¡AYÚDAME!", TriageCommand.Help)]
    [InlineData("es", "¿?", TriageCommand.Help)]
    [InlineData("es", "Muestrame mi plan", TriageCommand.ShowPlan)]
    [InlineData("es", "start over", TriageCommand.Restart)]
    [InlineData("en", "empezar de nuevo", TriageCommand.Restart)]
    public void APhraseInPartsPoliteWordsAccentsAndAnotherLanguageAreUnderstood(string conversation, string text, TriageCommand expected)
    {
        using var language = ClinicalContent.UseLanguage(conversation);
        Assert.Equal(expected, TriageCommands.Parse(text));
    }

    [Theory]
    [InlineData("es", "no puedo parar de orinar")]
    [InlineData("es", "ayuda, no siento las piernas")]
    [InlineData("es", "para el dolor qué tomo")]
    [InlineData("es", "por favor")]
    [InlineData("en", "I can't stop peeing")]
    [InlineData("en", "stop the pain please")]
    [InlineData("en", "please")]
    [InlineData("en", "help me I can't feel my legs")]
    public void ASymptomOrAnyLongerMessageIsNeverACommand(string conversation, string text)
    {
        using var language = ClinicalContent.UseLanguage(conversation);
        Assert.Equal(TriageCommand.None, TriageCommands.Parse(text));
    }

    [Fact]
    public void ACommandPhraseThatReadsAsASymptomIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("es/messages.yaml", "  cancel: [cancelar,", "  cancel: [no puedo orinar, cancelar,");

        Assert.Contains(folder.Problems(), p => p.File == "es/messages.yaml" && p.Line == folder.LineOf("es/messages.yaml", "no puedo orinar")
            && p.Problem.Contains("'no puedo orinar' reads as bladder_bowel", StringComparison.Ordinal));
    }

    [Fact]
    public void APhraseGivenToTwoCommandsOrACommandWithoutWordsIsRefused()
    {
        using var twice = new ContentFolder().Replace("en/messages.yaml", "  cancel: [cancel, stop,", "  cancel: [cancel, restart, stop,");
        Assert.Contains(twice.Problems(), p => p.File == "en/messages.yaml" && p.Problem.Contains("'restart' is also a phrase of restart", StringComparison.Ordinal));

        using var missing = new ContentFolder().Replace("es/messages.yaml", "  help: [ayuda, ayúdame, menú, comandos, qué puedes hacer, qué sabes hacer]\n", string.Empty);
        Assert.Contains(missing.Problems(), p => p.File == "es/messages.yaml" && p.Problem.Contains("help should be a list", StringComparison.Ordinal));
    }

    [Fact]
    public void TheButtonsThatStandForACommandMustBeItsPhrases()
    {
        using var folder = new ContentFolder().Replace("es/messages.yaml", "show_plan_button: Ver mi plan otra vez", "show_plan_button: Enséñame el plan");

        Assert.Contains(folder.Problems(), p => p.File == "es/messages.yaml" && p.Problem.Contains("'Enséñame el plan' (show_plan_button) is not in commands show_plan", StringComparison.Ordinal));
    }
}
