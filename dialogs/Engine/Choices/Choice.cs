namespace BackSpasmBot.Dialogs.Engine.Choices;

/// <summary>One option a prompt offers. <see cref="Value"/> is both the button title and what it sends.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>Other words that pick this choice.</summary>
    public List<string> Synonyms { get; set; } = [];
}

/// <summary>The choice an answer picked.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its position among the offered choices.</param>
public sealed record FoundChoice(string Value, int Index);

/// <summary>How choices are shown.</summary>
public enum ListStyle
{
    /// <summary>Whatever the channel supports best: suggested actions, else card buttons, else text.</summary>
    Auto,
    None,
    Inline,
    SuggestedAction,
    HeroCard,
}
