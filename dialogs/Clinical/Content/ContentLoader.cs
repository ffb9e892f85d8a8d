using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;
using YamlDotNet.RepresentationModel;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// Reads the content files into <see cref="ClinicalContent"/> and validates them: every problem is collected, with its
/// file and line, and the content is refused if there is any (<see cref="ContentException"/>).
/// </summary>
internal static partial class ContentLoader
{
    /// <summary>The message keys the code uses (Wording, TurnErrorMessage); every language must have each.</summary>
    internal static readonly string[] MessageKeys =
    [
        "disclaimer", "help", "region_changed", "local_number", "emergency_reason", "urgent_opening", "urgent_where",
        "urgent_no_driving", "urgent_worse", "gp_opening", "self_care_opening", "no_reasons", "group_reason",
        "worsening_weakness_reason", "confirm_prefix", "confirm_suffix", "upgrade_prefix", "safety_net_heading",
        "turn_failed", "store_unavailable", "replies_not_delivered", "not_sure_button", "dont_wait", "cauda_equina_tell",
        "ask_opening", "after_outcome", "restarting", "shared_conversation_note", "private_chat_button", "no_plan_yet",
        "stopped", "erased", "show_plan_button", "start_again_button", "and", "route_with_number", "language_changed",
        .. Wording.Explanations.MessageKeys, .. Wording.SummaryWording.MessageKeys,
    ];

    private static readonly string[] Placeholders =
        ["emergency", "ed", "nonEmergency", "local", "reasons", "signs", "group", "why", "sources", "step", "count", "name", "number"];

    private static readonly Dictionary<string, Tier> Tiers = new(StringComparer.Ordinal)
    {
        ["emergency"] = Tier.Emergency, ["urgent"] = Tier.Urgent, ["gp"] = Tier.Gp, ["none"] = Tier.None,
    };

    private static readonly Dictionary<string, Stage> Stages = new(StringComparer.Ordinal)
    {
        ["emergency"] = Stage.Emergency, ["urgent"] = Stage.Urgent, ["gp"] = Stage.Gp, ["symptoms"] = Stage.Symptoms, ["facts"] = Stage.Facts,
    };

    private static readonly Dictionary<string, AnswerKind> Kinds = new(StringComparer.Ordinal)
    {
        ["yes_no"] = AnswerKind.YesNo, ["number"] = AnswerKind.Number, ["choice"] = AnswerKind.Choice, ["free_text"] = AnswerKind.FreeText,
    };

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    public static ClinicalContent Load(IReadOnlyList<ContentFile> files)
    {
        var problems = new List<ContentProblem>();
        var texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        YamlFile? Open(string path)
        {
            if (texts.TryGetValue(path, out var text))
            {
                return YamlFile.Parse(path, text, problems);
            }

            problems.Add(new ContentProblem(path, 0, "file is missing"));
            return null;
        }

        var main = Open("content.yaml");
        var findingsFile = Open("findings.yaml");
        var questionsFile = Open("questions.yaml");
        var rulesFile = Open("rules.yaml");
        var regionsFile = Open("regions.yaml");
        var hintsFile = Open("hints.yaml");
        if (main is null || findingsFile is null || questionsFile is null || rulesFile is null || regionsFile is null || hintsFile is null)
        {
            throw new ContentException(problems);
        }

        var version = main.Text(main.Root, "version", "content.yaml");
        if (!SemVer().IsMatch(version))
        {
            main.Problem(YamlFile.Child(main.Root, "version"), $"version '{version}' is not a semantic version (major.minor.patch)");
        }

        var languages = main.Texts(main.Root, "languages");
        var sources = main.Mapping(main.Root, "sources") is { } sourceMap
            ? YamlFile.Entries(sourceMap).ToDictionary(e => e.Key, e => (e.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.Ordinal)
            : [];

        var catalog = ReadCatalog(findingsFile);
        var ids = new Ids(catalog) { Sources = sources.Keys.ToHashSet(StringComparer.Ordinal) };
        var structure = ReadQuestions(questionsFile, ids);
        var rules = ReadRules(rulesFile, ids);
        var regions = ReadRegions(regionsFile);
        var hints = HintSettings.Read(hintsFile);
        CheckCodeIds(findingsFile, rulesFile, ids, rules);
        CheckEveryFindingIsAsked(findingsFile, catalog, structure, rules);

        var wording = new List<LanguageContent>();
        var commandPhrases = new List<CommandWordsReader.Written>();
        foreach (var (code, node) in languages)
        {
            if (LanguageReader.Read(code, node, main, Open, catalog, ids, structure, rules, commandPhrases) is { } language)
            {
                wording.Add(language);
            }
        }

        if (languages.Count == 0)
        {
            main.Problem(main.Root, "no languages");
        }

        if (problems.Count > 0)
        {
            throw new ContentException(problems);
        }

        var text = wording[0];
        var content = new ClinicalContent
        {
            Version = version + "+" + HashOf(files),
            SemanticVersion = version,
            Hash = HashOf(files),
            Languages = wording,
            Findings = [.. catalog.Findings.Select(f => f.Finding with { PlainName = text.Findings[f.Finding.Id].Name })],
            FactIds = catalog.Facts,
            ModifierIds = catalog.Modifiers,
            RecognisedCautions = catalog.RecognisedCautions,
            DerivedCautions = catalog.DerivedCautions,
            Derived = rules.Derived,
            Plan = rules.Plan,
            EmergencyActions = rules.EmergencyActions,
            EmergencySigns = rules.EmergencySigns,
            Regions = regions,
            Hints = hints,
            Sources = sources,
            Files = files,
        };

        CommandWordsReader.CheckNoneIsASymptom(content, commandPhrases);
        return problems.Count > 0 ? throw new ContentException(problems) : content;
    }

    /// <summary>A short hash of every content file (path and text, line endings normalised), so any edit shows.</summary>
    internal static string HashOf(IReadOnlyList<ContentFile> files)
    {
        var all = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            all.Append(file.Path).Append('\n').Append(file.Text.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..7];
    }

    internal sealed record CatalogEntry(Finding Finding, YamlNode Node);

    internal sealed record CatalogData(
        IReadOnlyList<CatalogEntry> Findings,
        IReadOnlyList<string> Facts,
        IReadOnlyList<string> Modifiers,
        IReadOnlyList<string> RecognisedCautions,
        IReadOnlyList<string> DerivedCautions);

    /// <summary>The ids the content declares, by kind.</summary>
    internal sealed class Ids(CatalogData catalog)
    {
        public HashSet<string> Findings { get; } = catalog.Findings.Select(f => f.Finding.Id).ToHashSet(StringComparer.Ordinal);

        public HashSet<string> Facts { get; } = catalog.Facts.ToHashSet(StringComparer.Ordinal);

        public HashSet<string> Modifiers { get; } = catalog.Modifiers.ToHashSet(StringComparer.Ordinal);

        public HashSet<string> Cautions { get; } = catalog.RecognisedCautions.Concat(catalog.DerivedCautions).ToHashSet(StringComparer.Ordinal);

        /// <summary>The source abbreviations (content.yaml, sources).</summary>
        public HashSet<string> Sources { get; init; } = new(StringComparer.Ordinal);

        public Tier TierOf(string id) => catalog.Findings.FirstOrDefault(f => f.Finding.Id == id)?.Finding.Tier ?? Tier.None;
    }

    internal sealed record QuestionShape(string Id, Stage Stage, IReadOnlyList<string> Asks, AnswerKind Kind, YamlNode Node)
    {
        public IReadOnlyList<string> Sources { get; init; } = [];
    }

    internal sealed record ClarifyingShape(string Id, IReadOnlyList<string> Candidates, IReadOnlyList<(string Id, string? Confirms)> Choices, YamlNode Node)
    {
        public IReadOnlyList<string> Sources { get; init; } = [];
    }

    internal sealed record Structure(IReadOnlyList<QuestionShape> Questions, IReadOnlyList<ClarifyingShape> Clarifying);

    internal sealed record RuleSet(
        IReadOnlyList<DerivedFinding> Derived,
        IReadOnlyList<PlanStepRule> Plan,
        IReadOnlyList<EmergencyAction> EmergencyActions,
        IReadOnlyList<string> EmergencySigns);

    private static CatalogData ReadCatalog(YamlFile file)
    {
        var findings = new List<CatalogEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in file.Sequence(file.Root, "findings"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each finding should be a mapping (id, tier, why, sources)");
                continue;
            }

            var id = file.Text(map, "id", "a finding");
            if (!seen.Add(id))
            {
                file.Problem(map, $"finding '{id}' is declared twice");
            }

            var tierText = file.Text(map, "tier", $"finding '{id}'");
            if (!Tiers.TryGetValue(tierText, out var tier))
            {
                file.Problem(YamlFile.Child(map, "tier"), $"finding '{id}' has unknown tier '{tierText}' (emergency, urgent, gp or none)");
            }

            var finding = new Finding(id, tier, id, file.Text(map, "sources", $"finding '{id}'"))
            {
                Why = file.Text(map, "why", $"finding '{id}'"),
            };
            findings.Add(new CatalogEntry(finding, map));
        }

        var facts = file.Texts(file.Root, "facts").Select(t => t.Value).ToList();
        var modifiers = file.Texts(file.Root, "modifiers").Select(t => t.Value).ToList();
        var cautions = file.Mapping(file.Root, "medicine_cautions");
        var recognised = cautions is null ? [] : file.Texts(cautions, "recognised").Select(t => t.Value).ToList();
        var derived = cautions is null ? [] : file.Texts(cautions, "derived").Select(t => t.Value).ToList();
        foreach (var twice in facts.Concat(modifiers).Where(seen.Contains))
        {
            file.Problem(file.Root, $"'{twice}' is both a finding and a fact or modifier");
        }

        return new CatalogData(findings, facts, modifiers, recognised, derived);
    }

    private static Structure ReadQuestions(YamlFile file, Ids ids)
    {
        var questions = new List<QuestionShape>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in file.Sequence(file.Root, "questions"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each question should be a mapping (id, stage, asks, answer)");
                continue;
            }

            var id = file.Text(map, "id", "a question");
            if (!seen.Add(id))
            {
                file.Problem(map, $"question '{id}' is declared twice");
            }

            var stageText = file.Text(map, "stage", $"question '{id}'");
            if (!Stages.TryGetValue(stageText, out var stage))
            {
                file.Problem(YamlFile.Child(map, "stage"), $"question '{id}' has unknown stage '{stageText}'");
            }

            var kindText = file.Text(map, "answer", $"question '{id}'");
            if (!Kinds.TryGetValue(kindText, out var kind))
            {
                file.Problem(YamlFile.Child(map, "answer"), $"question '{id}' has unknown answer kind '{kindText}' (yes_no, number, choice or free_text)");
            }

            var asks = file.Texts(map, "asks");
            foreach (var (asked, askNode) in asks)
            {
                if (!ids.Findings.Contains(asked) && !ids.Facts.Contains(asked))
                {
                    file.Problem(askNode, $"question '{id}' asks about unknown id '{asked}'");
                }
            }

            if (asks.Count == 0)
            {
                file.Problem(map, $"question '{id}' asks about nothing");
            }

            questions.Add(new QuestionShape(id, stage, [.. asks.Select(a => a.Value)], kind, map) { Sources = ReadSources(file, map, $"question '{id}'", ids) });
        }

        var clarifying = new List<ClarifyingShape>();
        foreach (var node in file.Sequence(file.Root, "clarifying", required: false))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each clarifying question should be a mapping (id, candidates, choices)");
                continue;
            }

            var id = file.Text(map, "id", "a clarifying question");
            var candidates = file.Texts(map, "candidates");
            foreach (var (candidate, candidateNode) in candidates.Where(c => !ids.Findings.Contains(c.Value)))
            {
                file.Problem(candidateNode, $"clarifying question '{id}' names unknown finding '{candidate}'");
            }

            var choices = new List<(string, string?)>();
            foreach (var choiceNode in file.Sequence(map, "choices"))
            {
                if (choiceNode is not YamlMappingNode choice)
                {
                    file.Problem(choiceNode, "each choice should be a mapping (id, and confirms when it confirms a finding)");
                    continue;
                }

                var choiceId = file.Text(choice, "id", $"a choice of '{id}'");
                var confirms = file.OptionalText(choice, "confirms");
                if (confirms is not null && !candidates.Any(c => c.Value == confirms))
                {
                    file.Problem(choice, $"choice '{choiceId}' of '{id}' confirms '{confirms}', which is not one of its candidates");
                }

                choices.Add((choiceId, confirms));
            }

            clarifying.Add(new ClarifyingShape(id, [.. candidates.Select(c => c.Value)], choices, map) { Sources = ReadSources(file, map, $"clarifying question '{id}'", ids) });
        }

        return new Structure(questions, clarifying);
    }

    private static RuleSet ReadRules(YamlFile file, Ids ids)
    {
        bool IsKnown(string id) => ids.Findings.Contains(id) || ids.Modifiers.Contains(id);

        var derived = new List<DerivedFinding>();
        foreach (var node in file.Sequence(file.Root, "derived"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each derived finding should be a mapping (finding, when)");
                continue;
            }

            var findingId = file.Text(map, "finding", "a derived finding");
            if (!ids.Findings.Contains(findingId))
            {
                file.Problem(map, $"rule derives unknown finding '{findingId}'");
            }

            derived.Add(new DerivedFinding(findingId, ReadConditions(file, map, IsKnown)));
        }

        var plan = new List<PlanStepRule>();
        foreach (var node in file.Sequence(file.Root, "plan"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each plan step should be a mapping (step, when)");
                continue;
            }

            var step = file.Text(map, "step", "a plan step");
            if (plan.Any(p => p.StepId == step))
            {
                file.Problem(map, $"plan step '{step}' is listed twice");
            }

            plan.Add(new PlanStepRule(step, ReadConditions(file, map, IsKnown)) { Sources = ReadSources(file, map, $"plan step '{step}'", ids) });
        }

        var actions = new List<EmergencyAction>();
        foreach (var node in file.Sequence(file.Root, "emergency_actions"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each emergency action should be a mapping (action, extra, findings)");
                continue;
            }

            var findings = file.Texts(map, "findings");
            foreach (var (findingId, findingNode) in findings.Where(f => !ids.Findings.Contains(f.Value)))
            {
                file.Problem(findingNode, $"emergency action names unknown finding '{findingId}'");
            }

            actions.Add(new EmergencyAction(file.Text(map, "action", "an emergency action"), file.OptionalText(map, "extra"), [.. findings.Select(f => f.Value)]));
        }

        var signs = file.Texts(file.Root, "emergency_signs");
        foreach (var (findingId, signNode) in signs.Where(s => !ids.Findings.Contains(s.Value)))
        {
            file.Problem(signNode, $"emergency_signs names unknown finding '{findingId}'");
        }

        return new RuleSet(derived, plan, actions, [.. signs.Select(s => s.Value)]);
    }

    /// <summary>A required list of source abbreviations, each declared in content.yaml: an explanation always names where it comes from.</summary>
    private static IReadOnlyList<string> ReadSources(YamlFile file, YamlMappingNode map, string what, Ids ids)
    {
        var sources = file.Texts(map, "sources");
        if (sources.Count == 0 && YamlFile.Child(map, "sources") is { } empty)
        {
            file.Problem(empty, $"{what} names no sources");
        }

        foreach (var (source, node) in sources.Where(s => !ids.Sources.Contains(s.Value)))
        {
            file.Problem(node, $"{what} names unknown source '{source}' (content.yaml, sources)");
        }

        return [.. sources.Select(s => s.Value)];
    }

    private static IReadOnlyList<Condition> ReadConditions(YamlFile file, YamlMappingNode map, Func<string, bool> isKnown)
    {
        var when = YamlFile.Child(map, "when");
        if (when is null)
        {
            return [];
        }

        if (when is not YamlSequenceNode list)
        {
            file.Problem(when, "when should be a list of conditions");
            return [];
        }

        return [.. list.Children.Select(node => ReadCondition(file, node, isKnown)).OfType<Condition>()];
    }

    private static Condition? ReadCondition(YamlFile file, YamlNode node, Func<string, bool> isKnown)
    {
        if (node is YamlMappingNode { Children.Count: 1 } any && YamlFile.Child(any, "any") is YamlSequenceNode options)
        {
            var parts = options.Children.Select(option => ReadCondition(file, option, isKnown)).ToList();
            return parts.Any(p => p is null)
                ? null
                : new AnyCondition([.. parts.OfType<Condition>()]) { Text = "(" + string.Join(" or ", parts.Select(p => p!.Text)) + ")" };
        }

        if (node is not YamlScalarNode { Value: { } text })
        {
            file.Problem(node, "a condition should be a phrase such as 'age >= 16', or any: [...]");
            return null;
        }

        var condition = Condition.Parse(text, isKnown, out var problem);
        if (problem is not null)
        {
            file.Problem(node, problem);
        }

        return condition;
    }

    private static RegionTable ReadRegions(YamlFile file)
    {
        var regions = new List<RegionContacts>();
        foreach (var node in file.Sequence(file.Root, "regions"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each region should be a mapping");
                continue;
            }

            var code = file.Text(map, "code", "a region");
            var region = new RegionContacts(
                code,
                file.Text(map, "emergency_number", $"region '{code}'"),
                file.OptionalText(map, "non_emergency_number") ?? string.Empty,
                file.Text(map, "non_emergency_name", $"region '{code}'"),
                file.Text(map, "emergency_department", $"region '{code}'"));
            if (region.EmergencyNumber.Length == 0 || !region.EmergencyNumber.All(c => char.IsAsciiDigit(c) || c == ' '))
            {
                file.Problem(map, $"region '{code}' has emergency number '{region.EmergencyNumber}', which is not a number");
            }

            regions.Add(region);
        }

        var defaultCode = file.Text(file.Root, "default", "regions.yaml");
        if (!regions.Any(r => r.Code == defaultCode))
        {
            file.Problem(YamlFile.Child(file.Root, "default"), $"default region '{defaultCode}' is not one of the regions");
        }

        var aliases = file.Mapping(file.Root, "aliases", required: false) is { } aliasMap
            ? YamlFile.Entries(aliasMap).ToDictionary(e => e.Key, e => (e.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, target) in aliases.Where(a => !regions.Any(r => r.Code == a.Value)))
        {
            file.Problem(file.Root, $"alias '{alias}' names unknown region '{target}'");
        }

        var eu = file.Texts(file.Root, "eu_countries", required: false).Select(t => t.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new RegionTable(regions, defaultCode, aliases, eu);
    }

    /// <summary>The ids the code names (FindingIds, MedicineCautions, PlanSteps) must all be in the content.</summary>
    private static void CheckCodeIds(YamlFile findingsFile, YamlFile rulesFile, Ids ids, RuleSet rules)
    {
        foreach (var id in ConstantsOf(typeof(FindingIds)).Where(id => !ids.Findings.Contains(id) && !ids.Facts.Contains(id) && !ids.Modifiers.Contains(id)))
        {
            findingsFile.Problem(findingsFile.Root, $"the code relies on '{id}', which is neither a finding, a fact nor a modifier here");
        }

        foreach (var id in ConstantsOf(typeof(MedicineCautions)).Where(id => id != MedicineCautions.MentionPrefix && !ids.Cautions.Contains(id)))
        {
            findingsFile.Problem(findingsFile.Root, $"the code relies on medicine caution '{id}', which is not in medicine_cautions");
        }

        foreach (var id in ConstantsOf(typeof(PlanSteps)).Where(id => !rules.Plan.Any(p => p.StepId == id)))
        {
            rulesFile.Problem(rulesFile.Root, $"the code relies on plan step '{id}', which is not in plan");
        }
    }

    private static void CheckEveryFindingIsAsked(YamlFile file, CatalogData catalog, Structure structure, RuleSet rules)
    {
        foreach (var entry in catalog.Findings)
        {
            var id = entry.Finding.Id;
            if (!structure.Questions.Any(q => q.Asks.Contains(id)) && !rules.Derived.Any(d => d.FindingId == id))
            {
                file.Problem(entry.Node, $"finding '{id}' is asked by no question (questions.yaml) and derived by no rule (rules.yaml)");
            }
        }
    }

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>Records a problem for every {placeholder} the code does not fill.</summary>
    internal static void CheckPlaceholders(YamlFile file, YamlNode node, string text)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!Placeholders.Contains(match.Groups[1].Value))
            {
                file.Problem(node, $"unknown placeholder {match.Value} (known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))})");
            }
        }
    }
}
