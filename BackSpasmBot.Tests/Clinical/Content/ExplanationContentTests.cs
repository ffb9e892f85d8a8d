namespace BackSpasmBot.Tests.Clinical.Content;

/// <summary>Every reason the bot gives for a question or a plan step is content, with its sources, checked at load.</summary>
public sealed class ExplanationContentTests
{
    private static void AssertProblem(ContentFolder folder, string file, string lineText, string says) =>
        Assert.Contains(folder.Problems(), p => p.File == file && p.Line == folder.LineOf(file, lineText) && p.Problem.Contains(says, StringComparison.Ordinal));

    [Fact]
    public void AQuestionWithoutAReasonIsRefused()
    {
        using var folder = new ContentFolder().Replace("en/questions.yaml", "  q_trauma:\n", "  q_trauma:\n    why_not: x\n");
        var why = File.ReadAllLines(Path.Combine(folder.Path, "en/questions.yaml")).First(l => l.StartsWith("    why: \"After a serious accident", StringComparison.Ordinal));
        folder.Replace("en/questions.yaml", why + "\n", string.Empty);

        Assert.Contains(folder.Problems(), p => p.File == "en/questions.yaml" && p.Problem.Contains("question 'q_trauma' has no why", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionNamingAnUnknownSourceIsRefusedAtItsLine()
    {
        using var folder = new ContentFolder().Replace("questions.yaml", "sources: [NHS-FAST]", "sources: [NHS-FASTER]");

        AssertProblem(folder, "questions.yaml", "NHS-FASTER", "unknown source 'NHS-FASTER'");
    }

    [Fact]
    public void APlanStepWithoutSourcesIsRefused()
    {
        using var folder = new ContentFolder().Replace("rules.yaml", "  - step: prevention\n    sources: [NG59, NHS-BP]\n", "  - step: prevention\n");

        Assert.Contains(folder.Problems(), p => p.File == "rules.yaml" && p.Problem.Contains("sources", StringComparison.Ordinal));
    }

    [Fact]
    public void APlanStepWithoutAnExplanationIsRefused()
    {
        using var folder = new ContentFolder().Replace("en/messages.yaml", "  hydration:\n    name: Drink water", "  hydrate:\n    name: Drink water");

        var problems = folder.Problems();

        Assert.Contains(problems, p => p.File == "en/messages.yaml" && p.Problem.Contains("no explanation for plan step 'hydration'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "en/messages.yaml" && p.Problem.Contains("unknown plan step 'hydrate'", StringComparison.Ordinal));
    }

    [Fact]
    public void ASourceWithoutAPlainNameForPeopleIsRefused()
    {
        using var folder = new ContentFolder().Replace("en/messages.yaml", "  NINDS: the US National", "  NINDX: the US National");

        Assert.Contains(folder.Problems(), p => p.File == "en/messages.yaml" && p.Problem.Contains("no wording for source 'NINDS'", StringComparison.Ordinal));
    }
}
