namespace BackSpasmBot.Dialogs.Engine;

/// <summary>A set of dialogs that can call each other by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog. Adding the same instance twice is a no-op; another dialog with the same id throws.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"A different dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    /// <summary>The dialog with this id, or null.</summary>
    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;
}
