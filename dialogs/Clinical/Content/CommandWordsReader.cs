using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Recognition;
using YamlDotNet.RepresentationModel;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// Reads one language's commands (messages.yaml, commands) and checks them: every command has words, no phrase is two
/// commands, and (once the whole content is loaded) no phrase reads as a symptom.
/// </summary>
internal static class CommandWordsReader
{
    /// <summary>A phrase as written, kept with its file and line to check against the recognizer once the content is loaded.</summary>
    internal sealed record Written(string Language, string Phrase, string Command, YamlFile File, YamlNode Node);

    /// <summary>
    /// Each command is a list of whole messages. An item that is a list of lists is a message in parts: one choice from
    /// each list, in order, "" for none (<c>[[stop, cancel], ["", the, my], [check-ins, reminders]]</c>).
    /// </summary>
    public static CommandWords Read(YamlFile file, string language, List<Written> written)
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = file.Mapping(file.Root, "commands");
        if (map is null)
        {
            return new CommandWords { Phrases = phrases, Polite = [] };
        }

        var polite = file.Texts(map, "polite", required: false).Select(t => WholeMessage.Normalize(t.Value)).Where(p => p.Length > 0).ToList();
        foreach (var (name, nameNode, _) in YamlFile.Entries(map))
        {
            if (name != "polite" && !CommandWords.Names.Contains(name))
            {
                file.Problem(nameNode, $"commands: unknown command '{name}' (the commands are {string.Join(", ", CommandWords.Names)})");
            }
        }

        foreach (var command in CommandWords.Names)
        {
            foreach (var item in file.Sequence(map, command))
            {
                var (messages, toCheck) = Expand(file, item);
                foreach (var phrase in messages)
                {
                    if (phrase.Length == 0)
                    {
                        file.Problem(item, $"commands {command}: an empty phrase");
                    }
                    else if (phrases.TryGetValue(phrase, out var other) && other != command)
                    {
                        file.Problem(item, $"commands {command}: '{phrase}' is also a phrase of {other}");
                    }
                    else
                    {
                        phrases[phrase] = command;
                    }
                }

                written.AddRange(toCheck.Where(p => p.Length > 0).Select(p => new Written(language, p, command, file, item)));
            }

            if (!phrases.ContainsValue(command))
            {
                file.Problem(map, $"commands: no words for '{command}'");
            }
        }

        return new CommandWords { Phrases = phrases, Polite = polite };
    }

    /// <summary>
    /// The whole messages an item stands for, and the texts to check against the recognizer: a message in parts is
    /// checked part by part, each choice on its own, rather than in every combination.
    /// </summary>
    private static (IReadOnlyList<string> Messages, IReadOnlyList<string> ToCheck) Expand(YamlFile file, YamlNode item)
    {
        if (item is YamlScalarNode { Value: { } text })
        {
            var phrase = CommandWords.Normalize(text);
            return ([phrase], [phrase]);
        }

        if (item is not YamlSequenceNode { Children.Count: > 0 } parts || parts.Children.Any(p => p is not YamlSequenceNode))
        {
            file.Problem(item, "each command phrase should be a single value, or a list of lists (a phrase in parts)");
            return ([], []);
        }

        var choices = parts.Children.Cast<YamlSequenceNode>()
            .Select(part => part.Children.OfType<YamlScalarNode>().Select(c => WholeMessage.Normalize(c.Value)).Distinct(StringComparer.Ordinal).ToList())
            .ToList();
        IReadOnlyList<string> combined = [string.Empty];
        foreach (var part in choices)
        {
            combined = [.. combined.SelectMany(start => part.Select(choice => start.Length == 0 ? choice : choice.Length == 0 ? start : start + " " + choice))];
        }

        return ([.. combined.Distinct(StringComparer.Ordinal)], [.. choices.SelectMany(part => part).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A command phrase that the recognizer reads as a finding is refused: a person saying it about their body would
    /// have their words taken as a command ("parar de orinar" as a word of cancel would swallow a red flag).
    /// </summary>
    public static void CheckNoneIsASymptom(ClinicalContent content, IReadOnlyList<Written> written)
    {
        using var current = ClinicalContent.Use(content);
        foreach (var byLanguage in written.GroupBy(w => w.Language))
        {
            using var language = ClinicalContent.UseLanguage(byLanguage.Key);
            foreach (var phrase in byLanguage)
            {
                var read = SymptomRecognizer.Recognize(phrase.Phrase).Where(m => m.Status is FindingStatus.Present or FindingStatus.Hedged).ToList();
                if (read.Count > 0)
                {
                    phrase.File.Problem(phrase.Node, $"commands {phrase.Command}: '{phrase.Phrase}' reads as {string.Join(", ", read.Select(m => m.FindingId))}: a person saying it would have their symptom taken as a command");
                }
            }
        }
    }
}
