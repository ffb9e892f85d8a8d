using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// What the triage has worked out about the message of this turn, kept in the turn state so that it is worked out once:
/// the message's text and what the symptom recognizer found in it. The interruption hook reads every message for red
/// flags before the step sees it, and the step then applies the same message as an answer: both use this one result.
/// </summary>
/// <remarks>
/// Nothing here depends on the stored state, so it stays right when the turn is run again after a state conflict.
/// </remarks>
public sealed class TriageTurn
{
    private const string Key = "BackSpasmBot.Triage.Turn";

    private readonly string? _text;
    private IReadOnlyList<Mention>? _mentions;
    private IReadOnlyList<Mention>? _mentionsExpectingTemperature;

    private TriageTurn(string? text)
    {
        _text = text;
    }

    /// <summary>This turn's, created on first use.</summary>
    public static TriageTurn Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<TriageTurn>(Key) is not { } turn)
        {
            turn = new TriageTurn(ActivityText.Of(turnContext.Activity));
            turnContext.TurnState[Key] = turn;
        }

        return turn;
    }

    /// <summary>The message's text, or the answer a value-only submit carries (<see cref="ActivityText.Of"/>).</summary>
    public string? Text => _text;

    /// <summary>
    /// What the recognizer finds in <paramref name="text"/>: recognized once per turn for this turn's message, and
    /// afresh for any other text (a step's result that is not the message).
    /// </summary>
    public IReadOnlyList<Mention> Mentions(string? text, bool temperatureExpected = false)
    {
        if (!string.Equals(text, _text, StringComparison.Ordinal))
        {
            return SymptomRecognizer.Recognize(text, temperatureExpected);
        }

        return temperatureExpected
            ? _mentionsExpectingTemperature ??= SymptomRecognizer.Recognize(text, temperatureExpected: true)
            : _mentions ??= SymptomRecognizer.Recognize(text, temperatureExpected: false);
    }
}
