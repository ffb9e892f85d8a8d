namespace BackSpasmBot.Clinical.Hints;

/// <summary>
/// Trains the <see cref="HintModel"/>: for each red flag, a logistic regression over the hashed features of every
/// statement (AdaGrad over passes in an order shuffled with a fixed seed, with a weight decay and a reported red flag
/// weighed more than a statement without it, to favour asking over missing: <see cref="HintTraining.Chosen"/>). A statement reports a red flag when its author marked it
/// present or unsure. The same statements always give the same model.
/// </summary>
public static class HintTrainer
{
    /// <param name="statements">Each statement's text and the red flags its author read in it.</param>
    /// <param name="findings">The red flags to score, in the model's order.</param>
    public static HintModel Train(IReadOnlyList<(string Text, IReadOnlySet<string> Reported)> statements, IReadOnlyList<string> findings) =>
        Train(statements, findings, HintTraining.Chosen);

    public static HintModel Train(IReadOnlyList<(string Text, IReadOnlySet<string> Reported)> statements, IReadOnlyList<string> findings, HintTraining options)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(findings);
        var size = 1 << HintModel.Bits;
        var weights = findings.Select(_ => new float[size]).ToArray();
        var squares = findings.Select(_ => new float[size]).ToArray();
        var features = statements.Select(s =>
        {
            var buckets = new HashSet<int>();
            HintFeatures.Of(HintFeatures.Words(s.Text), HintModel.Bits, buckets);
            return buckets.Order().ToArray();
        }).ToArray();

        var order = Enumerable.Range(0, statements.Count).ToArray();
        var random = new Random(1);
        for (var pass = 0; pass < options.Passes; pass++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                for (var c = 0; c < findings.Count; c++)
                {
                    Step(features[i], statements[i].Reported.Contains(findings[c]), weights[c], squares[c], options);
                }
            }
        }

        return Quantised(findings, weights);
    }

    private static void Step(int[] buckets, bool reported, float[] weights, float[] squares, HintTraining options)
    {
        var bias = HintFeatures.BiasBucket(HintModel.Bits);
        var each = buckets.Length == 0 ? 0f : 1 / MathF.Sqrt(buckets.Length);
        double sum = 0;
        foreach (var j in buckets)
        {
            sum += weights[j];
        }

        var score = (sum * each) + weights[bias];
        var gradient = (float)((1 / (1 + Math.Exp(-score))) - (reported ? 1 : 0));
        if (reported)
        {
            gradient *= options.ReportedWeight;
        }

        Update(bias, gradient);
        foreach (var j in buckets)
        {
            Update(j, gradient * each);
        }

        void Update(int j, float step)
        {
            squares[j] += step * step;
            weights[j] -= (options.LearningRate * step / MathF.Sqrt(squares[j] + 1e-6f)) + (options.Decay * weights[j]);
        }
    }

    /// <summary>Each red flag's weights as signed bytes, scaled by its largest weight, laid out feature by feature.</summary>
    private static HintModel Quantised(IReadOnlyList<string> findings, float[][] weights)
    {
        var size = 1 << HintModel.Bits;
        var count = findings.Count;
        var scales = new float[count];
        var stored = new sbyte[size * count];
        for (var c = 0; c < count; c++)
        {
            var largest = weights[c].Max(MathF.Abs);
            scales[c] = largest == 0 ? 1 : largest / 127f;
            for (var j = 0; j < size; j++)
            {
                stored[(j * count) + c] = (sbyte)Math.Clamp(MathF.Round(weights[c][j] / scales[c]), -127, 127);
            }
        }

        return new HintModel(findings, scales, stored);
    }
}

/// <summary>
/// The training's settings. <see cref="Chosen"/>, the one the built-in model is trained with, was chosen on eight read
/// corpora held out of a trial training (en-25 to en-28, es-15 to es-18): of the settings tried, the one that kept most
/// of the recognizer's misses asked for the fewest questions on statements with no red flag (docs/recognition.md,
/// "The hint model").
/// </summary>
public sealed record HintTraining(int Passes, float LearningRate, float ReportedWeight, float Decay)
{
    public static HintTraining Chosen { get; } = new(Passes: 5, LearningRate: 0.3f, ReportedWeight: 3f, Decay: 1e-5f);
}
