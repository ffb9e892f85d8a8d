using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// How the hint model is used (clinical-content/hints.yaml): the probabilities at which a red flag it scores is asked
/// plainly, the corpora held out of its training, and the SHA-256 of the model that was reviewed with these settings.
/// </summary>
/// <param name="Threshold">Probability at or above which an urgent red flag is asked (0 &lt; threshold &lt; 1).</param>
/// <param name="EmergencyThreshold">The same for an emergency red flag, whose question every conversation asks anyway.</param>
/// <param name="MinWords">Fewer words than this are never scored: a greeting, a command or a short answer is not what it was trained on.</param>
/// <param name="SentencesFromWords">A message of this many words or more is also scored one sentence at a time: the model
/// scores a message's words together, and a red flag told in one sentence of a long story scored below its threshold.</param>
/// <param name="SentenceMinWords">A sentence scored on its own has at least this many words.</param>
/// <param name="ModelSha256">SHA-256 of the model built into the bot (<see cref="Hints.HintModel.Sha256"/>).</param>
/// <param name="HeldOut">Corpus files never trained on: the untouched measure of what the model adds.</param>
public sealed record HintSettings(double Threshold, double EmergencyThreshold, int MinWords, int SentencesFromWords, int SentenceMinWords, string ModelSha256, IReadOnlyList<string> HeldOut)
{
    /// <summary>The probability at or above which the model's score of <paramref name="findingId"/> is asked.</summary>
    public double ThresholdFor(string findingId) =>
        Catalog.FindingCatalog.TierOf(findingId) == Tier.Emergency ? EmergencyThreshold : Threshold;

    internal static HintSettings Read(YamlFile file)
    {
        var root = file.Root;
        double Probability(string key)
        {
            var text = file.Text(root, key, "hints.yaml");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is <= 0 or >= 1)
            {
                file.Problem(YamlFile.Child(root, key), $"{key} '{text}' is not a probability between 0 and 1");
            }

            return value;
        }

        var threshold = Probability("threshold");
        var emergencyThreshold = Probability("emergency_threshold");
        int WholeNumber(string key)
        {
            var text = file.Text(root, key, "hints.yaml");
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                file.Problem(YamlFile.Child(root, key), $"{key} '{text}' is not a whole number of at least 1");
            }

            return value;
        }

        var minWords = WholeNumber("min_words");
        var sentencesFromWords = WholeNumber("sentences_from_words");
        var sentenceMinWords = WholeNumber("sentence_min_words");
        var sha = file.Text(root, "model_sha256", "hints.yaml");
        var heldOut = YamlFile.Child(root, "held_out") is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? string.Empty).ToArray()
            : [];
        return new HintSettings(threshold, emergencyThreshold, minWords, sentencesFromWords, sentenceMinWords, sha, heldOut);
    }
}
