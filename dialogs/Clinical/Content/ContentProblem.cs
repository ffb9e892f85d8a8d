namespace BackSpasmBot.Clinical.Content;

/// <summary>One thing wrong with the clinical content, where it is: the file (relative to the content folder) and line.</summary>
public sealed record ContentProblem(string File, int Line, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Problem}";
}

/// <summary>The clinical content cannot be used: the bot must not start. Lists every problem found.</summary>
public sealed class ContentException(IReadOnlyList<ContentProblem> problems)
    : Exception("The clinical content is invalid:\n" + string.Join("\n", problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}
