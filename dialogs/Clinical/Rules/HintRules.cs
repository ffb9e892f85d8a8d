using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Hints;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>
/// The hint model's one power (docs/clinical-content.md, "When the bot cannot tell"; clinical-content/hints.yaml): a
/// red flag it scores at or above the threshold in a message, which nothing in the conversation has settled, becomes
/// hedged, so that the bot asks it plainly next. It never clears, confirms or escalates anything.
/// </summary>
public static class HintRules
{
    /// <summary>
    /// Runs the hint model over <paramref name="text"/>, after the recognizer's <paramref name="mentions"/> are applied:
    /// a red flag the person's own words name is theirs from then on, whatever the model said of it before.
    /// </summary>
    public static void Apply(SymptomReport report, string? text, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(mentions);
        if (report.Hinted.Count > 0)
        {
            report.Hinted.RemoveAll(id => mentions.Any(m => m.FindingId == id));
        }

        foreach (var id in Suggested(text))
        {
            if (report.StatusOf(id) == FindingStatus.Unknown && FindingCatalog.TryGet(id) is not null)
            {
                report.Findings[id] = FindingStatus.Hedged;
                report.HedgedByThisMessage.Add(id);
                report.Hinted.Add(id);
            }
        }
    }

    /// <summary>
    /// Of <paramref name="ids"/>, the red flags the hint model suggests in <paramref name="text"/>: the same model,
    /// threshold and minimum length as <see cref="Apply"/>, for an answer whose first word says no.
    /// </summary>
    public static IEnumerable<string> SuggestedAmong(IReadOnlyList<string> ids, string? text) => Suggested(text).Where(ids.Contains);

    /// <summary>
    /// The red flags the model scores at or above their threshold in a message long enough and about symptoms, or in
    /// one sentence of a long message (hints.yaml, sentences_from_words).
    /// </summary>
    private static HashSet<string> Suggested(string? text)
    {
        var suggested = new HashSet<string>();
        if (string.IsNullOrWhiteSpace(text) || IsAboutTheConversation(text))
        {
            return suggested;
        }

        var settings = ClinicalContent.Default.Hints;
        var words = HintFeatures.Words(text);
        if (words.Count < settings.MinWords)
        {
            return suggested;
        }

        suggested.UnionWith(HintModel.Current.Hinted(words, settings.ThresholdFor));
        if (words.Count >= settings.SentencesFromWords)
        {
            foreach (var sentence in SentenceBreak.Split(text))
            {
                var sentenceWords = HintFeatures.Words(sentence);
                if (sentenceWords.Count >= settings.SentenceMinWords && sentenceWords.Count < words.Count)
                {
                    suggested.UnionWith(HintModel.Current.Hinted(sentenceWords, settings.ThresholdFor));
                }
            }
        }

        return suggested;
    }

    /// <summary>Where one sentence ends and the next begins: a full stop, question or exclamation mark or semicolon before a space, or a line break.</summary>
    private static readonly Regex SentenceBreak = new(@"(?<=[.!?;])\s+|[\r\n]+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// A message that speaks to the bot rather than of symptoms: a command, a change of language, or "why?" about a
    /// question. The model was trained on statements about symptoms, and scored such messages as red flags ("en español
    /// por favor", "why are you asking me this?").
    /// </summary>
    private static bool IsAboutTheConversation(string text) =>
        CommandWords.Find(text) is not null || LanguageChoice.IsOnlyRequest(text) || Explanations.IsWhy(text);

    /// <summary>
    /// The person has answered a question about these red flags: whatever they said is theirs from now on (a first
    /// unclear answer to a suggested one has already been given its one more ask: <see cref="AnswerRules"/>).
    /// </summary>
    public static void Answered(SymptomReport report, Question question)
    {
        if (report.Hinted.Count > 0)
        {
            report.Hinted.RemoveAll(question.Asks.Contains);
        }
    }

    /// <summary>
    /// True while <paramref name="id"/> is hedged only because the model suggested it: the person has not yet answered
    /// its plain question (a "not sure" to it counts as theirs, and then it is no longer only hinted).
    /// </summary>
    public static bool OnlyHinted(SymptomReport report, string id) =>
        report.Hinted.Count > 0 && report.Hinted.Contains(id) && report.ReAsked.GetValueOrDefault(id) == 0;
}
