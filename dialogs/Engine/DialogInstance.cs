using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// One entry of the persisted dialog stack. Everything in it is plain JSON, so the stack survives a round
/// trip through any <c>IStorage</c> (with or without type names) exactly as it was.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog this entry runs.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own state (step index, prompt options, values…).</summary>
    public JObject State { get; set; } = [];

    /// <summary>The inner stack of a <see cref="ComponentDialog"/>; null for other dialogs.</summary>
    public DialogState? Inner { get; set; }
}

/// <summary>The whole persisted dialog stack. Index 0 is the top (the active dialog).</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
