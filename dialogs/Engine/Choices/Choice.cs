namespace BackSpasmBot.Dialogs.Engine.Choices;

/// <summary>One option a prompt offers. <see cref="Value"/> is both the button title and what it sends.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value)
    {
        Value = value;
    }

    public string Value { get; set; } = string.Empty;
}

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
