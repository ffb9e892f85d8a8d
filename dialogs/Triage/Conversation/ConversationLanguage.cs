using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
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
    private const string TurnStateKey = "BackSpasmBot.Triage.Language";

    /// <summary>Keeps the turn's language for the rest of the turn, so that a failure after it is told in it (<see cref="ForFailedTurn"/>).</summary>
    public static void Remember(ITurnContext turnContext, string code) => turnContext.TurnState[TurnStateKey] = code;

    /// <summary>
    /// The language to tell the person in that their turn failed (the turn's error handler runs outside the turn's
    /// language): the one the turn chose, else, when it failed before choosing (its state could not be read), a request
    /// in the message, the locale, or the message's language when clear; else the default.
    /// </summary>
    public static string ForFailedTurn(ITurnContext turnContext)
    {
        var text = turnContext.Activity is { } activity ? ActivityText.Of(activity) : null;
        return turnContext.TurnState.Get<string>(TurnStateKey)
            ?? LanguageChoice.Requested(text)
            ?? LanguageChoice.ForLocale(turnContext.Activity?.Locale)
            ?? LanguageChoice.Detect(text)
            ?? ClinicalContent.Current.Languages[0].Code;
    }

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
