using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Tests.Clinical.Content;

/// <summary>
/// The content is refused, naming the file, the line and the problem, for every kind of mistake an edit can make; the
/// content version changes with every edit.
/// </summary>
public sealed partial class ContentValidationTests
{
    [GeneratedRegex(@"^\d+\.\d+\.\d+\+[0-9a-f]{7}$")]
    private static partial Regex VersionShape();

    private static void AssertProblem(IReadOnlyList<ContentProblem> problems, string file, int line, string says) =>
        Assert.Contains(problems, p => p.File == file && p.Line == line && p.Problem.Contains(says, StringComparison.Ordinal));

    [Fact]
    public void TheBuiltInContentIsValidAndTheRepositorysCopyIsTheSame()
    {
        using var folder = new ContentFolder();
        var fromFolder = folder.Load();

        Assert.Matches(VersionShape(), ClinicalContent.Default.Version);
        Assert.Equal(ClinicalContent.Default.Version, fromFolder.Version);
        Assert.Equal(ClinicalContent.Default.Version, Wording.ContentVersion);
    }

    [Fact]
    public void AQuestionAskingAboutAnUnknownIdIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("questions.yaml", "asks: [major_trauma]", "asks: [major_truama]");

        AssertProblem(folder.Problems(), "questions.yaml", folder.LineOf("questions.yaml", "major_truama"), "unknown id 'major_truama'");
    }

    [Fact]
    public void AnEntryOfSeveralWordsInAListReadWordByWordIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("en/vocabulary.yaml", "  other_people: [mum,", "  other_people: [my old man, mum,");

        AssertProblem(folder.Problems(), "en/vocabulary.yaml", folder.LineOf("en/vocabulary.yaml", "my old man"), "'my old man' in negation: other_people is read one word at a time");
    }

    [Fact]
    public void AGapInsideBracesIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("en/vocabulary.yaml", "\"{weight loss|weightloss}\"", "\"{weight loss|weight * gone}\"");

        AssertProblem(folder.Problems(), "en/vocabulary.yaml", folder.LineOf("en/vocabulary.yaml", "weight * gone"), "A gap cannot stand inside");
    }

    [Fact]
    public void AFindingThatNoQuestionAsksIsRefused()
    {
        using var folder = new ContentFolder()
            .Replace("findings.yaml", "  - id: fever\n", "  - id: spinal_abscess\n    tier: urgent\n    why: test\n    sources: test\n  - id: fever\n")
            .Append("en/findings.yaml", "\nspinal_abscess:\n  name: an abscess\n  reason: you may have an abscess\n  reask: do you have an abscess?\n");

        AssertProblem(folder.Problems(), "findings.yaml", folder.LineOf("findings.yaml", "id: spinal_abscess"), "'spinal_abscess' is asked by no question");
    }

    [Fact]
    public void AQuestionWithNoWordingInALanguageIsRefused()
    {
        using var folder = new ContentFolder().Replace("en/questions.yaml", "  q_trauma:\n", "  q_trauma_unused:\n");

        var problems = folder.Problems();

        Assert.Contains(problems, p => p.File == "en/questions.yaml" && p.Problem.Contains("question 'q_trauma' has no wording", StringComparison.Ordinal));
        AssertProblem(problems, "en/questions.yaml", folder.LineOf("en/questions.yaml", "q_trauma_unused"), "unknown question 'q_trauma_unused'");
    }

    [Fact]
    public void ARuleNamingAMissingFindingIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("rules.yaml", "    findings: [major_trauma]", "    findings: [major_trauma, spinal_fracture]");

        AssertProblem(folder.Problems(), "rules.yaml", folder.LineOf("rules.yaml", "spinal_fracture"), "unknown finding 'spinal_fracture'");
    }

    [Fact]
    public void ASoftenerNamingAnUnknownFindingOrACueWithNoPhrasesIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("en/vocabulary.yaml", "  - {finding: major_trauma, by: \"cue:low_energy\"}",
            "  - {finding: major_truama, by: \"cue:low_energy\"}\n  - {finding: major_trauma, by: \"cue:slow_speed\"}");

        AssertProblem(folder.Problems(), "en/vocabulary.yaml", folder.LineOf("en/vocabulary.yaml", "major_truama"), "softener names unknown finding 'major_truama'");
        AssertProblem(folder.Problems(), "en/vocabulary.yaml", folder.LineOf("en/vocabulary.yaml", "cue:slow_speed"), "softener cue 'cue:slow_speed' has no phrases");
    }

    [Fact]
    public void ASoftenersListOfExceptionsNamingACueWithNoPhrasesIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("en/vocabulary.yaml", "  - {finding: immune_risk, by: \"cue:inhaled_steroid\"}",
            "  - {finding: immune_risk, by: \"cue:inhaled_steroid\", unless: [\"cue:heart_spread\", \"cue:tablets_too\"]}");

        AssertProblem(folder.Problems(), "en/vocabulary.yaml", folder.LineOf("en/vocabulary.yaml", "cue:tablets_too"), "softener's 'unless' cue 'cue:tablets_too' has no phrases");
    }

    [Fact]
    public void APronounThatIsNotAnotherPersonIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("en/vocabulary.yaml", "  pronouns: [he, she,", "  pronouns: [yall, he, she,");

        AssertProblem(folder.Problems(), "en/vocabulary.yaml", folder.LineOf("en/vocabulary.yaml", "pronouns: [yall"), "pronoun 'yall' is not in other_people");
    }

    [Fact]
    public void AConditionThatDoesNotParseIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("rules.yaml", "when: [age < 16]", "when: [age under 16]");

        AssertProblem(folder.Problems(), "rules.yaml", folder.LineOf("rules.yaml", "age under 16"), "does not parse");
    }

    [Fact]
    public void APhraseThatDoesNotParseIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("en/questions.yaml", "          - \"@wetself\"\n      not_that:", "          - \"@wetselves\"\n      not_that:");

        AssertProblem(folder.Problems(), "en/questions.yaml", folder.LineOf("en/questions.yaml", "@wetselves"), "phrase does not parse");
    }

    [Fact]
    public void AMessageWithAnUnknownPlaceholderOrMissingIsRefused()
    {
        using var folder = new ContentFolder()
            .Replace("en/messages.yaml", "call {emergency} now.\"", "call {emergencynumber} now.\"")
            .Replace("en/messages.yaml", "dont_wait: ", "dont_wait_any_more: ");

        var problems = folder.Problems();

        Assert.Contains(problems, p => p.File == "en/messages.yaml" && p.Problem.Contains("unknown placeholder {emergencynumber}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "en/messages.yaml" && p.Problem.Contains("no message 'dont_wait'", StringComparison.Ordinal));
    }

    [Fact]
    public void ARedFlagWithoutAReAskAndAnEmergencySignWithoutWordsAreRefused()
    {
        using var folder = new ContentFolder().Replace("en/findings.yaml", "  sign: chest pain\n", "\n");

        AssertProblem(folder.Problems(), "en/findings.yaml", folder.LineOf("en/findings.yaml", "chest_pain:"), "'chest_pain' is in emergency_signs (rules.yaml) but has no sign");
    }

    [Fact]
    public void AFileThatIsNotYamlIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("regions.yaml", "  - code: CA ", "  -code: CA ");

        Assert.Contains(folder.Problems(), p => p.File == "regions.yaml" && p.Line == folder.LineOf("regions.yaml", "-code: CA") && p.Problem.StartsWith("not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIdTheCodeReliesOnCannotBeRemoved()
    {
        using var folder = new ContentFolder().Replace("findings.yaml", "modifiers: [osteoporosis, meningitis_companion, weakness_worsening]", "modifiers: [osteoporosis, meningitis_companion]");

        Assert.Contains(folder.Problems(), p => p.File == "findings.yaml" && p.Problem.Contains("the code relies on 'weakness_worsening'", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyEditChangesTheContentVersionsHashButNotItsSemanticVersion()
    {
        using var folder = new ContentFolder().Replace("en/messages.yaml", "gentle walks for a few minutes", "gentle walks for some minutes");

        var edited = folder.Load();

        Assert.Equal(ClinicalContent.Default.SemanticVersion, edited.SemanticVersion);
        Assert.NotEqual(ClinicalContent.Default.Version, edited.Version);
    }
}
