using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace BackSpasmBot.Clinical.Content;

/// <summary>Reads and checks one language's language.yaml: every list present, numbers that are numbers, regular expressions that compile.</summary>
internal static class LanguageWordsReader
{
    public static LanguageWords? Read(YamlFile? file)
    {
        if (file is null)
        {
            return null;
        }

        var root = file.Root;
        var answers = file.Mapping(root, "answers") ?? new YamlMappingNode();
        var numbers = file.Mapping(root, "numbers") ?? new YamlMappingNode();
        var units = file.Mapping(root, "units") ?? new YamlMappingNode();
        var triggers = file.Mapping(root, "triggers") ?? new YamlMappingNode();
        var facts = file.Mapping(root, "free_text_facts") ?? new YamlMappingNode();
        var scope = file.Mapping(root, "scope") ?? new YamlMappingNode();
        var followUp = file.Mapping(root, "follow_up") ?? new YamlMappingNode();

        string[] List(YamlMappingNode map, string key) => [.. file.Texts(map, key).Select(t => Recognition.Tokenizer.Fold(t.Value))];
        IReadOnlySet<string> Set(YamlMappingNode map, string key) => List(map, key).ToHashSet(StringComparer.Ordinal);
        string[][] Phrases(YamlMappingNode map, string key) => [.. List(map, key).Select(p => p.Split(' '))];
        string[] Whole(YamlMappingNode map, string key) => [.. file.Texts(map, key).Select(t => Answers.WholeMessage.Normalize(t.Value)).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

        Dictionary<string, T> Numbers<T>(YamlMappingNode map, string key, Func<string, T?> parse)
            where T : struct
        {
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            if (file.Mapping(map, key) is not { } entries)
            {
                return result;
            }

            foreach (var (word, _, value) in YamlFile.Entries(entries))
            {
                if (value is YamlScalarNode { Value: { } text } && parse(text) is { } number)
                {
                    result[Recognition.Tokenizer.Fold(word)] = number;
                }
                else
                {
                    file.Problem(value, $"{key}: '{word}' should be a number");
                }
            }

            return result;
        }

        Regex Pattern(YamlMappingNode map, string key)
        {
            var text = file.Text(map, key, "language.yaml");
            try
            {
                return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                file.Problem(YamlFile.Child(map, key), $"{key} is not a regular expression: {e.Message}");
                return new Regex("(?!)");
            }
        }

        var onsetPhrases = new List<(string, double)>();
        foreach (var node in file.Sequence(root, "onset_phrases"))
        {
            if (node is YamlSequenceNode { Children: [YamlScalarNode { Value: { } phrase }, YamlScalarNode { Value: { } hours }] }
                && Hours(hours) is { } value)
            {
                onsetPhrases.Add((Recognition.Tokenizer.Fold(phrase), value));
            }
            else
            {
                file.Problem(node, "each onset phrase should be [phrase, hours]");
            }
        }

        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Mapping(root, "places") is { } placeMap)
        {
            foreach (var (place, _, code) in YamlFile.Entries(placeMap))
            {
                places[place] = (code as YamlScalarNode)?.Value ?? string.Empty;
            }
        }

        var respellings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (file.Mapping(root, "respellings") is { } respellMap)
        {
            foreach (var (typed, _, words) in YamlFile.Entries(respellMap))
            {
                respellings[Recognition.Tokenizer.Fold(typed)] = Recognition.Tokenizer.Fold((words as YamlScalarNode)?.Value ?? typed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        var elidedEndings = new List<(string Typed, string Written)>();
        if (file.Mapping(root, "elided_endings", required: false) is { } endingMap)
        {
            foreach (var (typed, _, written) in YamlFile.Entries(endingMap))
            {
                elidedEndings.Add((Recognition.Tokenizer.Fold(typed), Recognition.Tokenizer.Fold((written as YamlScalarNode)?.Value ?? typed)));
            }
        }

        var syllableEndSounds = new List<(char Typed, char Written)>();
        if (file.Mapping(root, "syllable_end_sounds", required: false) is { } soundMap)
        {
            foreach (var (typed, _, written) in YamlFile.Entries(soundMap))
            {
                var said = Recognition.Tokenizer.Fold(typed);
                var spelt = Recognition.Tokenizer.Fold((written as YamlScalarNode)?.Value ?? typed);
                if (said.Length == 1 && spelt.Length == 1)
                {
                    syllableEndSounds.Add((said[0], spelt[0]));
                }
                else
                {
                    file.Problem(written, $"syllable_end_sounds: '{typed}' should be one letter said for one letter");
                }
            }
        }

        var fuzzyMinLength = int.TryParse(file.Text(root, "fuzzy_min_length", "language.yaml"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var shortest) ? shortest : 4;

        return new LanguageWords
        {
            UnsureAnswers = Phrases(answers, "unsure"),
            YesAnswers = Phrases(answers, "yes"),
            NoAnswers = Phrases(answers, "no"),
            YesTypos = Set(answers, "yes_typos"),
            NoTypos = Set(answers, "no_typos"),
            BareNoNegatesNextWord = file.OptionalText(answers, "bare_no_negates_next_word") == "true",
            DoubtAfterNo = Phrases(answers, "doubt_after_no"),
            YesOnlyClosingClause = [.. file.Texts(answers, "yes_only_closing_clause", required: false).Select(t => Recognition.Tokenizer.Fold(t.Value).Split(' '))],
            TakenBackAfterYes = [.. file.Texts(answers, "taken_back_after_yes", required: false).Select(t => Recognition.Tokenizer.Fold(t.Value).Split(' '))],
            Openers = Set(answers, "openers"),
            NoneOfThese = Set(answers, "none_of_these"),
            SaidNormal = Phrases(answers, "said_normal"),
            SaidNormalUnless = Set(answers, "said_normal_unless"),
            NumberUnits = Numbers<int>(numbers, "units", t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null),
            NumberTens = Numbers<int>(numbers, "tens", t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null),
            NumberJoiners = Set(numbers, "joiners"),
            Hundred = Set(numbers, "hundred"),
            HundredJoiners = Set(numbers, "hundred_joiners"),
            Half = Set(numbers, "half"),
            DecimalPoint = Set(numbers, "decimal_point"),
            AgeAfterPhrases = Phrases(numbers, "age_after_phrases"),
            Articles = Set(numbers, "articles"),
            Vague = Set(numbers, "vague"),
            Of = Set(numbers, "of"),
            NotAnAge = Set(numbers, "not_an_age"),
            TimeBefore = Set(numbers, "time_before"),
            TimeAfter = Set(numbers, "time_after"),
            OnsetHours = Numbers<double>(units, "onset_hours", Hours),
            DurationWeeks = Numbers<double>(units, "duration_weeks", Hours),
            HeightMetres = Numbers<double>(units, "height_metres", Hours),
            FallWords = Set(units, "fall_words"),
            NotAFallHeight = Set(units, "not_a_fall_height"),
            NotThisPainAfter = Set(units, "not_this_pain_after"),
            OfAge = Phrases(units, "of_age"),
            AgeAfter = Set(units, "age_after"),
            NotAgeAfter = Set(units, "not_age_after"),
            OnsetPhrases = onsetPhrases,
            FallTriggers = List(triggers, "fall"),
            ExerciseTriggers = List(triggers, "exercise"),
            LiftingTriggers = List(triggers, "lifting"),
            StrainTriggers = List(triggers, "strain"),
            NoTriggers = List(triggers, "none"),
            AgeStatement = Pattern(facts, "age"),
            AgeCorrection = Pattern(facts, "age_correction"),
            FirstEpisode = Pattern(facts, "first_episode"),
            Recurrence = Pattern(facts, "recurrence"),
            NegatedTrigger = Pattern(facts, "negated_trigger"),
            TemperatureWords = Set(root, "temperature_words"),
            WeatherAfterReading = Phrases(root, "weather_after_reading"),
            AgeWords = Set(root, "age_words"),
            AgeBefore = Set(root, "age_before"),
            AgeBeforeWords = file.Texts(root, "age_before_words", required: false).Select(t => Recognition.Tokenizer.Fold(t.Value)).ToHashSet(StringComparer.Ordinal),
            DeniedAfterPhrases = [.. file.Texts(scope, "denied_after_phrases", required: false).Select(t => Recognition.Tokenizer.Fold(t.Value).Split(' '))],
            AgeBeforePairs = Phrases(root, "age_before_pairs"),
            OutOfTen = Phrases(root, "out_of_ten"),
            NotMe = Phrases(scope, "not_me"),
            AnswerWords = Set(scope, "answer_words"),
            HedgesAfter = Phrases(scope, "hedges_after"),
            DeniedAfter = Set(scope, "denied_after"),
            NeverWords = Set(scope, "never_word"),
            NegativeQuestionOpeners = Set(scope, "negative_question_openers"),
            NewUntilNow = Phrases(scope, "new_until_now"),
            LikeNow = Phrases(scope, "like_now"),
            ApartFrom = Phrases(scope, "apart_from"),
            NotNew = Phrases(scope, "not_new"),
            OverNow = Phrases(scope, "over_now"),
            OverNowTimeWords = Set(scope, "over_now_time_words"),
            Speculation = Phrases(scope, "speculation"),
            SpeculationInQuestion = Phrases(scope, "speculation_in_question"),
            SpeculationPasses = Phrases(scope, "speculation_passes"),
            FalseFriends = Set(root, "false_friends"),
            VerbForms = ReadVerbForms(file, root),
            FuzzyMinLength = fuzzyMinLength,
            WordEndings = [.. file.Texts(root, "word_endings", required: false).Select(t => t.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            Respellings = respellings,
            ElidedEndings = [.. elidedEndings.OrderByDescending(e => e.Typed.Length)],
            SyllableEndSounds = syllableEndSounds,
            Conjunctions = Set(scope, "conjunctions"),
            Fillers = Set(root, "fillers"),
            FillerHosts = Set(root, "filler_hosts"),
            KeepApostropheS = Set(root, "keep_apostrophe_s"),
            FinalApostropheFor = Recognition.Tokenizer.Fold(file.OptionalText(root, "final_apostrophe_for") ?? string.Empty),
            Appositives = Phrases(root, "appositives"),
            Places = places,
            PlaceStatement = Pattern(root, "place_statement"),
            PlaceFiller = Pattern(root, "place_filler"),
            SwitchTo = List(root, "switch_to"),
            Markers = Set(root, "markers"),
            FollowUp = new FollowUpWords
            {
                Better = Whole(followUp, "better").ToHashSet(StringComparer.Ordinal),
                Same = Whole(followUp, "same").ToHashSet(StringComparer.Ordinal),
                Worse = Whole(followUp, "worse").ToHashSet(StringComparer.Ordinal),
                NotBetter = Pattern(followUp, "not_better"),
                WorseWithin = Whole(followUp, "worse_within"),
                SameWithin = Whole(followUp, "same_within"),
                BetterWithin = Whole(followUp, "better_within"),
                Tomorrow = Whole(followUp, "tomorrow").ToHashSet(StringComparer.Ordinal),
                InTwoDays = Whole(followUp, "in_two_days").ToHashSet(StringComparer.Ordinal),
                NoThanks = Whole(followUp, "no_thanks").ToHashSet(StringComparer.Ordinal),
            },
        };
    }

    /// <summary>verb_forms: the progressive and past endings, the third person's, and the irregular verbs (base first).</summary>
    private static Recognition.VerbForms ReadVerbForms(YamlFile file, YamlMappingNode root)
    {
        if (file.Mapping(root, "verb_forms", required: false) is not { } map)
        {
            return Recognition.VerbForms.None;
        }

        var irregular = new List<string[]>();
        foreach (var (verb, node) in file.Texts(map, "irregular"))
        {
            var forms = Recognition.Tokenizer.Fold(verb).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (forms.Length < 2)
            {
                file.Problem(node, $"irregular verb '{verb}' should list its base and at least one other form");
                continue;
            }

            irregular.Add(forms);
        }

        // Endings are optional together: a language may list only its verbs' persons (es/language.yaml).
        var progressive = file.OptionalText(map, "progressive");
        var past = file.OptionalText(map, "past");
        if (progressive is null != past is null)
        {
            file.Problem(map, "verb_forms has one of progressive and past without the other");
        }

        return new Recognition.VerbForms(
            progressive,
            past,
            [.. file.Texts(map, "third_person", required: progressive is not null).Select(t => t.Value)],
            irregular);
    }

    /// <summary>"24", "4.3" or a fraction such as "1/60".</summary>
    private static double? Hours(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var top)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var bottom) && bottom != 0)
        {
            return top / bottom;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
