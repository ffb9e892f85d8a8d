using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// One content file read with YamlDotNet's representation model, so that every value keeps its line for the
/// problems it may cause. Reading never throws: what is missing or malformed is recorded as a problem.
/// </summary>
internal sealed class YamlFile
{
    private readonly List<ContentProblem> _problems;

    private YamlFile(string path, YamlMappingNode root, List<ContentProblem> problems)
    {
        Path = path;
        Root = root;
        _problems = problems;
    }

    public string Path { get; }

    public YamlMappingNode Root { get; }

    /// <summary>Parses a file; null (with a problem recorded) when it is not YAML or not a mapping at the top.</summary>
    public static YamlFile? Parse(string path, string text, List<ContentProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add(new ContentProblem(path, (int)e.Start.Line, "not valid YAML: " + e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some malformed input (an unclosed [ ) without saying where.
            problems.Add(new ContentProblem(path, 0, "not valid YAML (an unclosed bracket or quote?)"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new ContentProblem(path, 1, "expected a mapping of keys at the top of the file"));
            return null;
        }

        return new YamlFile(path, root, problems);
    }

    public void Problem(YamlNode? node, string problem) =>
        _problems.Add(new ContentProblem(Path, node is null ? 1 : (int)node.Start.Line, problem));

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A required string; empty (with a problem) when missing.</summary>
    public string Text(YamlMappingNode map, string key, string what)
    {
        var value = OptionalText(map, key);
        if (value is null)
        {
            Problem(map, $"{what} has no {key}");
        }

        return value ?? string.Empty;
    }

    public string? OptionalText(YamlMappingNode map, string key)
    {
        switch (Child(map, key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar.Value ?? string.Empty;
            case var other:
                Problem(other, $"{key} should be a single value");
                return null;
        }
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, bool required = true)
    {
        var node = Child(map, key);
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (node is not null || required)
        {
            Problem(node ?? map, $"{key} should be a mapping of keys");
        }

        return null;
    }

    /// <summary>The items of a sequence (an empty list, with a problem when required, if it is missing).</summary>
    public IReadOnlyList<YamlNode> Sequence(YamlMappingNode map, string key, bool required = true)
    {
        var node = Child(map, key);
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        if (node is not null || required)
        {
            Problem(node ?? map, $"{key} should be a list");
        }

        return [];
    }

    /// <summary>A list of single values, each with its node (for its line).</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> Texts(YamlMappingNode map, string key, bool required = true)
    {
        var items = new List<(string, YamlNode)>();
        foreach (var item in Sequence(map, key, required))
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                items.Add((value, item));
            }
            else
            {
                Problem(item, $"each item of {key} should be a single value");
            }
        }

        return items;
    }

    /// <summary>The entries of a mapping as key, key node and value node.</summary>
    public static IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(pair => ((pair.Key as YamlScalarNode)?.Value ?? string.Empty, pair.Key, pair.Value));
}
