using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// The language of a conversation (docs/configuration.md, "Language"), kept in its state:
/// <list type="number">
/// <item>a request at any time ("en español", "in English please") switches it;</item>
/// <item>otherwise the language already asked for (or read from an earlier message) stays;</item>
/// <item>otherwise the activity's locale chooses it when the content has that language (any es-* gives Spanish);</item>
/// <item>otherwise a message clearly written in one of the content's languages chooses it, and it is kept;</item>
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

        // The locale is read afresh every turn (a person may change their browser's language); only a request or a
        // clear message, chosen where no locale helped, is kept.
        if (LanguageChoice.ForLocale((activity as Activity)?.Locale) is { } fromLocale)
        {
            return (fromLocale, false);
        }

        if (LanguageChoice.Detect(text) is { } detected)
        {
            session.Language = detected;
            return (detected, false);
        }

        return (ClinicalContent.Current.Languages[0].Code, false);
    }
}
