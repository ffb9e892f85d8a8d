using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// The language of a conversation (docs/configuration.md, "Language"), kept in its state:
/// <list type="number">
/// <item>a request at any time ("en español", "in English please") switches it;</item>
/// <item>otherwise the language already chosen stays;</item>
/// <item>otherwise the activity's locale chooses it when the content has that language (any es-* gives Spanish);</item>
/// <item>otherwise a first message clearly written in one of the content's languages chooses it;</item>
/// <item>otherwise the content's default language, not kept, so that a later clear message can still choose.</item>
/// </list>
/// The language never chooses the region: the emergency number comes from where the person is (<see cref="Regions.RegionResolver"/>).
/// </summary>
public static class ConversationLanguage
{
    /// <summary>Chooses and records the turn's language; returns its code, and whether the message was only a request to switch.</summary>
    public static (string Code, bool OnlySwitch) ForTurn(IActivity activity, TriageSession session, string? text)
    {
        if (LanguageChoice.Requested(text) is { } requested)
        {
            var switched = session.Language != requested || LanguageChoice.ForLocale((activity as Activity)?.Locale) != requested;
            session.Language = requested;
            return (requested, switched && LanguageChoice.IsOnlyRequest(text));
        }

        if (session.Language is { } kept && ClinicalContent.Current.HasLanguage(kept))
        {
            return (kept, false);
        }

        var chosen = LanguageChoice.ForLocale((activity as Activity)?.Locale) ?? LanguageChoice.Detect(text);
        if (chosen is not null)
        {
            session.Language = chosen;
            return (chosen, false);
        }

        return (ClinicalContent.Current.Languages[0].Code, false);
    }
}
