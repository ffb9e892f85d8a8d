using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// How the hint model is used (clinical-content/hints.yaml): the probability at which a red flag it scores is asked
/// plainly, the corpora held out of its training, and the SHA-256 of the model that was reviewed with these settings.
/// </summary>
/// <param name="Threshold">Probability at or above which a red flag is asked (0 &lt; threshold &lt; 1).</param>
/// <param name="MinWords">Fewer words than this are never scored: a greeting, a command or a short answer is not what it was trained on.</param>
/// <param name="ModelSha256">SHA-256 of the model built into the bot (<see cref="Hints.HintModel.Sha256"/>).</param>
/// <param name="HeldOut">Corpus files never trained on: the untouched measure of what the model adds.</param>
public sealed record HintSettings(double Threshold, int MinWords, string ModelSha256, IReadOnlyList<string> HeldOut)
{
    internal static HintSettings Read(YamlFile file)
    {
        var root = file.Root;
        var thresholdText = file.Text(root, "threshold", "hints.yaml");
        if (!double.TryParse(thresholdText, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || threshold is <= 0 or >= 1)
        {
            file.Problem(YamlFile.Child(root, "threshold"), $"threshold '{thresholdText}' is not a probability between 0 and 1");
        }

        var minWordsText = file.Text(root, "min_words", "hints.yaml");
        if (!int.TryParse(minWordsText, NumberStyles.None, CultureInfo.InvariantCulture, out var minWords) || minWords < 1)
        {
            file.Problem(YamlFile.Child(root, "min_words"), $"min_words '{minWordsText}' is not a whole number of at least 1");
        }

        var sha = file.Text(root, "model_sha256", "hints.yaml");
        var heldOut = YamlFile.Child(root, "held_out") is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? string.Empty).ToArray()
            : [];
        return new HintSettings(threshold, minWords, sha, heldOut);
    }
}
