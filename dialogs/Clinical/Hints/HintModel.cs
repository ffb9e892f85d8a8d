using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BackSpasmBot.Clinical.Hints;

/// <summary>
/// The hint model: one logistic regression per red flag over <see cref="HintFeatures"/>, trained on the project's blind
/// corpora (<see cref="HintTrainer"/>, clinical-content/hints.yaml). It only ever makes the bot ask: a red flag it
/// scores at or above the threshold, which the recognizer left unknown, is asked plainly next (docs/clinical-content.md,
/// "When the bot cannot tell"). It never clears a red flag and never escalates on its own.
/// Weights are stored one signed byte each, feature by feature, with a scale per red flag; a message's features are
/// each weighed 1/√n (n their number), its bias 1.
/// </summary>
public sealed class HintModel
{
    /// <summary>2^Bits hashed feature buckets.</summary>
    public const int Bits = 16;

    private const string Magic = "BSBHINT2";
    private const string ResourceName = "BackSpasmBot.Clinical.HintModel.bin";

    [ThreadStatic] private static HashSet<int>? _buckets;

    private static readonly Lazy<HintModel> BuiltIn = new(LoadBuiltIn);

    private readonly sbyte[] _weights;
    private readonly float[] _scales;

    internal HintModel(IReadOnlyList<string> findings, float[] scales, sbyte[] weights)
    {
        Findings = findings;
        _scales = scales;
        _weights = weights;
    }

    /// <summary>The model built into the bot.</summary>
    public static HintModel Current => BuiltIn.Value;

    /// <summary>The red flags it scores, in the order of its weights.</summary>
    public IReadOnlyList<string> Findings { get; }

    /// <summary>The model's weight of <paramref name="finding"/> on bucket <paramref name="bucket"/>, as stored (tests compare models with it).</summary>
    public sbyte WeightAt(int bucket, int finding) => _weights[(bucket * Findings.Count) + finding];

    /// <summary>The score (log-odds) of every red flag for a message's <paramref name="words"/> (<see cref="HintFeatures.Words"/>), in the order of <see cref="Findings"/>.</summary>
    public double[] Scores(IReadOnlyList<string> words)
    {
        var buckets = _buckets ??= [];
        HintFeatures.Of(words, Bits, buckets);
        var count = Findings.Count;
        var sums = new int[count];
        foreach (var bucket in buckets)
        {
            var row = bucket * count;
            for (var c = 0; c < count; c++)
            {
                sums[c] += _weights[row + c];
            }
        }

        var each = buckets.Count == 0 ? 0 : 1 / Math.Sqrt(buckets.Count);
        var biasRow = HintFeatures.BiasBucket(Bits) * count;
        var scores = new double[count];
        for (var c = 0; c < count; c++)
        {
            scores[c] = ((sums[c] * each) + _weights[biasRow + c]) * _scales[c];
        }

        return scores;
    }

    /// <summary>The red flags whose probability for <paramref name="text"/> is at least their threshold (<paramref name="thresholdOf"/>).</summary>
    public IEnumerable<string> Hinted(string text, Func<string, double> thresholdOf) => Hinted(HintFeatures.Words(text), thresholdOf);

    /// <summary>As <see cref="Hinted(string, Func{string, double})"/>, for a message already split into its <paramref name="words"/>.</summary>
    public IEnumerable<string> Hinted(IReadOnlyList<string> words, Func<string, double> thresholdOf)
    {
        ArgumentNullException.ThrowIfNull(thresholdOf);
        var scores = Scores(words);
        for (var c = 0; c < scores.Length; c++)
        {
            var threshold = thresholdOf(Findings[c]);
            if (scores[c] >= Math.Log(threshold / (1 - threshold)))
            {
                yield return Findings[c];
            }
        }
    }

    /// <summary>The model as bytes: a header, the red flags and their scales, then the weights; gzip-compressed.</summary>
    public byte[] ToBytes()
    {
        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zip.Write(Payload());
        }

        return compressed.ToArray();
    }

    /// <summary>SHA-256 of the uncompressed model (hints.yaml records it, so the content's hash covers the model).</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Payload()));

    public static HintModel FromBytes(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new BinaryReader(zip, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Bits)
        {
            throw new InvalidDataException("Not a hint model of this version.");
        }

        var count = reader.ReadInt32();
        var findings = new string[count];
        var scales = new float[count];
        for (var c = 0; c < count; c++)
        {
            findings[c] = reader.ReadString();
            scales[c] = reader.ReadSingle();
        }

        var weights = new sbyte[(1 << Bits) * count];
        var read = 0;
        var span = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
        while (read < span.Length)
        {
            var n = zip.Read(span[read..]);
            if (n == 0)
            {
                throw new InvalidDataException("The hint model is cut short.");
            }

            read += n;
        }

        return new HintModel(findings, scales, weights);
    }

    private byte[] Payload()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Bits);
            writer.Write(Findings.Count);
            for (var c = 0; c < Findings.Count; c++)
            {
                writer.Write(Findings[c]);
                writer.Write(_scales[c]);
            }

            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_weights.AsSpan()));
        }

        return buffer.ToArray();
    }

    private static HintModel LoadBuiltIn()
    {
        using var stream = typeof(HintModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The hint model ({ResourceName}) is not built into the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return FromBytes(copy.ToArray());
    }
}
