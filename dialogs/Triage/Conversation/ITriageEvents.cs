using BackSpasmBot.Clinical;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// Structured, personal-data-free events, so operators can count outcomes without reading conversations.
/// </summary>
public interface ITriageEvents
{
    /// <summary>
    /// An outcome was given. <paramref name="early"/> is true when a red flag ended the questioning;
    /// <paramref name="contentVersion"/> is the clinical content that decided it.
    /// </summary>
    void OutcomeGiven(Disposition disposition, string? channelId, bool early, string contentVersion);

    /// <summary>The person erased what was stored about them.</summary>
    void DataErased(string? channelId);
}

/// <summary>Events that go nowhere (library default; the host logs them).</summary>
public sealed class NoTriageEvents : ITriageEvents
{
    public static readonly NoTriageEvents Instance = new();

    public void OutcomeGiven(Disposition disposition, string? channelId, bool early, string contentVersion)
    {
    }

    public void DataErased(string? channelId)
    {
    }
}
