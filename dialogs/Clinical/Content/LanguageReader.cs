using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using YamlDotNet.RepresentationModel;
using static BackSpasmBot.Clinical.Content.ContentLoader;

namespace BackSpasmBot.Clinical.Content;

/// <summary>Reads one language's folder (en/…) and checks it words everything the language-free files declare.</summary>
internal static class LanguageReader
{
    public static LanguageContent? Read(
        string code, YamlNode codeNode, YamlFile main, Func<string, YamlFile?> open, CatalogData catalog, Ids ids, Structure structure, RuleSet rules,
        List<CommandWordsReader.Written> commandPhrases)
    {
        var findingsFile = open($"{code}/findings.yaml");
        var questionsFile = open($"{code}/questions.yaml");
        var messagesFile = open($"{code}/messages.yaml");
        var words = LanguageWordsReader.Read(open($"{code}/language.yaml"));
        var vocabulary = VocabularyReader.Read(open($"{code}/vocabulary.yaml"), ids, structure, words?.VerbForms ?? VerbForms.None);
        if (findingsFile is null || questionsFile is null || messagesFile is null || vocabulary is null || words is null)
        {
            main.Problem(codeNode, $"language '{code}' is incomplete: it needs {code}/findings.yaml, questions.yaml, messages.yaml, vocabulary.yaml and language.yaml");
            return null;
        }

        var messages = ReadMessages(messagesFile, rules);
        CheckFollowUpButtons(messagesFile, messages, words.FollowUp);
        var yesNo = messagesFile.Texts(messagesFile.Root, "yes_no_buttons").Select(t => t.Value).ToList();
        var findings = ReadFindings(findingsFile, catalog, rules);
        var (questions, clarifying) = ReadQuestions(questionsFile, structure, yesNo, vocabulary.Lists, words.VerbForms);
        var sourceNames = Map(messagesFile, "source_names", ids.Sources, "source");
        return new LanguageContent
        {
            Code = code,
            Questions = questions,
            Clarifying = clarifying,
            Findings = findings,
            Messages = messages,
            PlanSteps = Map(messagesFile, "plan_steps", rules.Plan.Select(p => p.StepId).Where(id => id != PlanSteps.SafetyNet), "plan step"),
            CautionReasons = Map(messagesFile, "medicine_caution_reasons", catalog.RecognisedCautions.Concat(catalog.DerivedCautions), "medicine caution"),
            Upgrade = Map(messagesFile, "upgrade", TriageRules.UpgradeCheckIds, "upgrade check"),
            YesNoButtons = yesNo,
            SafetyNetAfterSigns = [.. messagesFile.Texts(messagesFile.Root, "safety_net_after_signs").Select(t => t.Value)],
            StepExplanations = ReadStepExplanations(messagesFile, rules),
            SourceNames = sourceNames,
            WhyWords = Phrases(messagesFile, "why_words"),
            WhyOpeners = Phrases(messagesFile, "why_openers"),
            SummaryWords = Phrases(messagesFile, "summary_words"),
            Commands = ReadCommands(messagesFile, code, messages, commandPhrases),
            TriggerNames = Map(messagesFile, "trigger_names", Condition.TriggerIds, "trigger"),
            Phrases = vocabulary.Phrases.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            Vocabulary = vocabulary,
            Words = words,
            RegionNames = ReadRegionNames(messagesFile),
        };
    }

    /// <summary>Each of the check-in's buttons is one of the answers it stands for (language.yaml, follow_up): a tap is always understood.</summary>
    private static void CheckFollowUpButtons(YamlFile file, Dictionary<string, string> messages, FollowUpWords words)
    {
        (string Key, IReadOnlySet<string> Answers, string List)[] buttons =
        [
            ("follow_up_better_choice", words.Better, "better"),
            ("follow_up_same_choice", words.Same, "same"),
            ("follow_up_worse_choice", words.Worse, "worse"),
            ("follow_up_tomorrow_choice", words.Tomorrow, "tomorrow"),
            ("follow_up_in_two_days_choice", words.InTwoDays, "in_two_days"),
            ("follow_up_no_thanks_choice", words.NoThanks, "no_thanks"),
        ];
        foreach (var (key, answers, list) in buttons)
        {
            if (messages.TryGetValue(key, out var title) && !answers.Contains(WholeMessage.Normalize(title)))
            {
                file.Problem(YamlFile.Child(file.Root, key) ?? file.Root, $"the button '{title}' ({key}) is not in language.yaml follow_up {list}, so tapping it would not be understood");
            }
        }
    }

    /// <summary>The commands (messages.yaml, commands); the buttons that stand for a command must be one of its phrases.</summary>
    private static CommandWords ReadCommands(YamlFile file, string code, Dictionary<string, string> messages, List<CommandWordsReader.Written> commandPhrases)
    {
        var commands = CommandWordsReader.Read(file, code, commandPhrases);
        (string Key, string Command)[] buttons = [("show_plan_button", CommandWords.ShowPlan), ("start_again_button", CommandWords.Restart)];
        foreach (var (key, command) in buttons)
        {
            if (messages.TryGetValue(key, out var title) && commands.Phrases.GetValueOrDefault(CommandWords.Normalize(title)) != command)
            {
                file.Problem(YamlFile.Child(file.Root, key) ?? file.Root, $"the button '{title}' ({key}) is not in commands {command}, so tapping it would not be understood");
            }
        }

        return commands;
    }

    /// <summary>Region code → the region's route names in this language (messages.yaml, region_names; optional).</summary>
    private static Dictionary<string, (string NonEmergencyName, string EmergencyDepartment)> ReadRegionNames(YamlFile file)
    {
        var names = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        if (file.Mapping(file.Root, "region_names", required: false) is not { } map)
        {
            return names;
        }

        foreach (var (code, _, value) in YamlFile.Entries(map))
        {
            if (value is YamlMappingNode region)
            {
                names[code] = (file.Text(region, "non_emergency_name", $"region_names '{code}'"), file.Text(region, "emergency_department", $"region_names '{code}'"));
            }
            else
            {
                file.Problem(value, $"region_names '{code}' should be a mapping (non_emergency_name, emergency_department)");
            }
        }

        return names;
    }

    private static Dictionary<string, string> ReadMessages(YamlFile file, RuleSet rules)
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, value) in YamlFile.Entries(file.Root))
        {
            if (value is YamlScalarNode { Value: { } text } && key != "region_names")
            {
                messages[key] = text;
                CheckPlaceholders(file, value, text);
            }
        }

        var needed = MessageKeys.Concat(Wording.FollowUpWording.MessageKeys).Concat(rules.EmergencyActions.SelectMany(a => new[] { a.Action, a.Extra }).OfType<string>()).Distinct();
        foreach (var key in needed.Where(k => !messages.ContainsKey(k)))
        {
            file.Problem(file.Root, $"no message '{key}'");
        }

        return messages;
    }

    /// <summary>A required list of whole-message phrases, kept as they are compared (<see cref="WholeMessage"/>): folded, no ¿ ¡ or ? . ! at the end.</summary>
    private static List<string> Phrases(YamlFile file, string key) =>
        [.. file.Texts(file.Root, key).Select(t => WholeMessage.Normalize(t.Value)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Why each plan step is there: a name, the words that pick it, the reason; every step must have one.</summary>
    private static Dictionary<string, StepExplanation> ReadStepExplanations(YamlFile file, RuleSet rules)
    {
        var result = new Dictionary<string, StepExplanation>(StringComparer.Ordinal);
        var map = file.Mapping(file.Root, "plan_step_explanations");
        if (map is null)
        {
            return result;
        }

        foreach (var (id, idNode, value) in YamlFile.Entries(map))
        {
            if (!rules.Plan.Any(p => p.StepId == id))
            {
                file.Problem(idNode, $"plan_step_explanations explains unknown plan step '{id}'");
                continue;
            }

            if (value is not YamlMappingNode step)
            {
                file.Problem(value, $"'{id}' should be a mapping (name, words, why)");
                continue;
            }

            var words = file.Texts(step, "words").Where(w => WholeMessage.Normalize(w.Value).Length > 0).Select(w => w.Value.Trim()).ToList();
            if (words.Count == 0)
            {
                file.Problem(step, $"plan step '{id}' has no words to ask about it by");
            }

            result[id] = new StepExplanation(file.Text(step, "name", $"plan step '{id}'"), words, file.Text(step, "why", $"plan step '{id}'"));
        }

        foreach (var missing in rules.Plan.Where(p => !result.ContainsKey(p.StepId)))
        {
            file.Problem(map, $"plan_step_explanations has no explanation for plan step '{missing.StepId}'");
        }

        return result;
    }

    /// <summary>A mapping of id → text that must word every expected id, and nothing else.</summary>
    private static Dictionary<string, string> Map(YamlFile file, string key, IEnumerable<string> expected, string what)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = file.Mapping(file.Root, key);
        if (map is null)
        {
            return result;
        }

        var wanted = expected.ToHashSet(StringComparer.Ordinal);
        foreach (var (id, idNode, value) in YamlFile.Entries(map))
        {
            if (!wanted.Contains(id))
            {
                file.Problem(idNode, $"{key} words unknown {what} '{id}'");
            }

            if (value is YamlScalarNode { Value: { } text })
            {
                result[id] = text;
                CheckPlaceholders(file, value, text);
            }
        }

        foreach (var id in wanted.Where(id => !result.ContainsKey(id)))
        {
            file.Problem(map, $"{key} has no wording for {what} '{id}'");
        }

        return result;
    }

    private static Dictionary<string, FindingText> ReadFindings(YamlFile file, CatalogData catalog, RuleSet rules)
    {
        var texts = new Dictionary<string, FindingText>(StringComparer.Ordinal);
        foreach (var (id, idNode, value) in YamlFile.Entries(file.Root))
        {
            var entry = catalog.Findings.FirstOrDefault(f => f.Finding.Id == id);
            if (entry is null)
            {
                file.Problem(idNode, $"wording for unknown finding '{id}'");
                continue;
            }

            if (value is not YamlMappingNode map)
            {
                file.Problem(value, $"'{id}' should be a mapping (name, reason, reask, sign)");
                continue;
            }

            var reask = file.OptionalText(map, "reask");
            if (reask is null && entry.Finding.Tier >= Tier.Gp)
            {
                file.Problem(idNode, $"finding '{id}' is a red flag ({entry.Finding.Tier}) but has no reask");
            }

            var sign = file.OptionalText(map, "sign");
            if (sign is null && rules.EmergencySigns.Contains(id))
            {
                file.Problem(idNode, $"finding '{id}' is in emergency_signs (rules.yaml) but has no sign");
            }

            texts[id] = new FindingText(file.Text(map, "name", $"finding '{id}'"), file.Text(map, "reason", $"finding '{id}'"), reask, sign);
        }

        foreach (var entry in catalog.Findings.Where(f => !texts.ContainsKey(f.Finding.Id)))
        {
            file.Problem(file.Root, $"no wording for finding '{entry.Finding.Id}'");
        }

        return texts;
    }

    private static (List<Question>, List<ClarifyingQuestion>) ReadQuestions(
        YamlFile file, Structure structure, IReadOnlyList<string> yesNo, IReadOnlyDictionary<string, string[]> lists, VerbForms verbForms)
    {
        var worded = file.Mapping(file.Root, "questions");
        var questions = new List<Question>();
        foreach (var shape in structure.Questions)
        {
            if (worded is null || YamlFile.Child(worded, shape.Id) is not YamlMappingNode map)
            {
                file.Problem(worded ?? file.Root, $"question '{shape.Id}' has no wording");
                continue;
            }

            var buttons = shape.Kind == AnswerKind.YesNo ? yesNo : [.. file.Texts(map, "buttons", required: shape.Kind == AnswerKind.Choice).Select(t => t.Value)];
            var group = file.OptionalText(map, "group");
            if (group is null && shape.Asks.Count > 1 && shape.Stage is Stage.Emergency or Stage.Urgent or Stage.Gp)
            {
                file.Problem(map, $"question '{shape.Id}' asks about several findings but has no group name");
            }

            questions.Add(new Question(shape.Id, shape.Stage, shape.Asks, file.Text(map, "text", $"question '{shape.Id}'"), file.Text(map, "retry", $"question '{shape.Id}'"), shape.Kind, buttons)
            {
                GroupName = group,
                Why = file.Text(map, "why", $"question '{shape.Id}'"),
                Sources = shape.Sources,
            });
        }

        if (worded is not null)
        {
            foreach (var (id, idNode, _) in YamlFile.Entries(worded).Where(e => !structure.Questions.Any(q => q.Id == e.Key)))
            {
                file.Problem(idNode, $"wording for unknown question '{id}'");
            }
        }

        return (questions, ReadClarifying(file, structure, lists, verbForms));
    }

    private static List<ClarifyingQuestion> ReadClarifying(YamlFile file, Structure structure, IReadOnlyDictionary<string, string[]> lists, VerbForms verbForms)
    {
        var clarifying = new List<ClarifyingQuestion>();
        var worded = file.Mapping(file.Root, "clarifying", required: structure.Clarifying.Count > 0);
        foreach (var shape in structure.Clarifying)
        {
            if (worded is null || YamlFile.Child(worded, shape.Id) is not YamlMappingNode map)
            {
                file.Problem(worded ?? file.Root, $"clarifying question '{shape.Id}' has no wording");
                continue;
            }

            var choiceMap = file.Mapping(map, "choices");
            var choices = new List<ClarifyingChoice>();
            foreach (var (choiceId, confirms) in shape.Choices)
            {
                if (choiceMap is null || YamlFile.Child(choiceMap, choiceId) is not YamlMappingNode choice)
                {
                    file.Problem(choiceMap ?? map, $"choice '{choiceId}' of '{shape.Id}' has no wording");
                    continue;
                }

                var phrases = file.Texts(choice, "phrases");
                var patterns = new List<Pattern>();
                foreach (var (phrase, phraseNode) in phrases)
                {
                    try
                    {
                        patterns.Add(Pattern.Compile(shape.Id, phrase, lists, verbForms));
                    }
                    catch (Exception e) when (e is InvalidOperationException or ArgumentException)
                    {
                        file.Problem(phraseNode, $"phrase does not parse: {e.Message}");
                    }
                }

                choices.Add(new ClarifyingChoice(file.Text(choice, "title", $"choice '{choiceId}'"), confirms, [.. phrases.Select(p => p.Value)]) { Patterns = patterns });
            }

            clarifying.Add(new ClarifyingQuestion(shape.Id, shape.Candidates, file.Text(map, "text", $"clarifying question '{shape.Id}'"), file.Text(map, "retry", $"clarifying question '{shape.Id}'"), choices)
            {
                Why = file.Text(map, "why", $"clarifying question '{shape.Id}'"),
                Sources = shape.Sources,
            });
        }

        return clarifying;
    }
}
