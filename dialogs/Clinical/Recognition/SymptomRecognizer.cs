using System.Runtime.CompilerServices;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>Reads findings out of free text: present, negated (absent) or hedged. Typo-tolerant.</summary>
public static class SymptomRecognizer
{
    /// <summary>Each vocabulary's phrases and clarifier triggers, split into groups once rather than on every message.</summary>
    private static readonly ConditionalWeakTable<Vocabulary, PatternGroup[][]> Split = [];

    /// <summary>The findings' phrases by finding, in vocabulary order (compiled when the content was loaded).</summary>
    private static PatternGroup[] Groups => GroupsFor(ClinicalContent.Current.Text.Vocabulary)[0];

    /// <summary>The clarifying questions' triggers, split the same way.</summary>
    private static PatternGroup[] ClarifierGroups => GroupsFor(ClinicalContent.Current.Text.Vocabulary)[1];

    private static PatternGroup[][] GroupsFor(Vocabulary vocabulary) =>
        Split.GetValue(vocabulary, v => [GroupsOf(v.CompiledPhrases), GroupsOf(v.CompiledClarifiers)]);

    private static PatternGroup[] GroupsOf(IReadOnlyList<IReadOnlyList<Pattern>> compiled) => compiled
        .Select(patterns => new PatternGroup(
            patterns[0].FindingId,
            [.. patterns.Where(p => p.Kind == PatternKind.Suppress)],
            [.. patterns.Where(p => p.Kind != PatternKind.Suppress)]))
        .ToArray();

    /// <summary>The words around a number that make it a temperature or an age, and the units of a duration (language.yaml).</summary>
    private static LanguageWords Words => ClinicalContent.Current.Text.Words;

    /// <summary>
    /// Every finding the text mentions. Never returns the same id twice; Present wins over Hedged wins over Absent.
    /// May also return the fact ids "dehydration" and "nsaid_caution" and the modifier id "osteoporosis"
    /// (<see cref="FindingCatalog.FactIds"/>, <see cref="FindingCatalog.ModifierIds"/>); <see cref="TriageRules.ApplyMentions"/>
    /// stores them as facts. Use <see cref="FindingCatalog.TryGet"/> when looking ids up.
    /// </summary>
    public static IReadOnlyList<Mention> Recognize(string? text) => Recognize(text, temperatureExpected: false);

    /// <summary>
    /// As <see cref="Recognize(string?)"/>; with <paramref name="temperatureExpected"/> (the person is answering the
    /// fever question) a bare number such as "38.5" is read as a temperature.
    /// </summary>
    public static IReadOnlyList<Mention> Recognize(string? text, bool temperatureExpected)
    {
        var mentions = RecognizeInCurrentLanguage(text, temperatureExpected);

        // A message that mixes in another of the bot's languages ("tengo back pain y ahora I can't pee") is read in that
        // language too, and the more telling status of each finding wins: a red flag is never lost to a switch of words.
        if (LanguageChoice.MixedIn(text, ClinicalContent.Current.Text.Code) is not { } other)
        {
            return mentions;
        }

        IReadOnlyList<Mention> inOther;
        using (ClinicalContent.UseLanguage(other))
        {
            inOther = RecognizeInCurrentLanguage(text, temperatureExpected);
        }

        var merged = mentions.ToDictionary(m => m.FindingId, m => m.Status, StringComparer.Ordinal);
        foreach (var mention in inOther)
        {
            Merge(merged, mention.FindingId, mention.Status);
        }

        return merged
            .OrderBy(pair => FindingCatalog.OrderOf(pair.Key))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Mention(pair.Key, pair.Value))
            .ToArray();
    }

    private static IReadOnlyList<Mention> RecognizeInCurrentLanguage(string? text, bool temperatureExpected)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, FindingStatus>(StringComparer.Ordinal);
        var explained = new bool[tokens.Count];
        var words = MessageWords.Of(tokens, ClinicalContent.Current.Text.Vocabulary.StartIndex);
        // Where denials end is kept only when a clause takes back what came before (most messages allocate nothing for it).
        var takenBackAt = FirstTakingBack(tokens);
        var deniedUpTo = takenBackAt is null ? null : new Dictionary<string, int>(StringComparer.Ordinal);
        var retractedAt = LastRetraction(tokens);
        var affirmedUpTo = retractedAt is null ? null : new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var echoes = EchoedQuestionAnswers(tokens);
        foreach (var group in Groups)
        {
            RecognizePhrases(tokens, words, group, found, explained, deniedUpTo: deniedUpTo, affirmedUpTo: affirmedUpTo, echoes: echoes);
        }

        if (takenBackAt is { } at && deniedUpTo is not null)
        {
            AskAboutDenialsTakenBack(found, deniedUpTo, at);
        }

        if (retractedAt is { } retracted && affirmedUpTo is not null)
        {
            AskAboutFindingsRetracted(found, affirmedUpTo, retracted);
        }

        foreach (var group in ClarifierGroups)
        {
            RecognizePhrases(tokens, words, group, found, explained, onlyUnexplained: true);
        }

        RecognizeTemperature(tokens, temperatureExpected, found, takesBack: takenBackAt is not null || retractedAt is not null || Negation.CorrectsANumber(tokens)
            || Negation.RetakesAReading(tokens));
        RecognizeRisingPainScore(tokens, found);
        RecognizeLongDuration(tokens, found);
        RecognizeFallFromHeight(tokens, found);
        // By index: a foreach over the interface would box an enumerator on every message.
        var coOccurrences = Lexicon.CoOccurrences;
        for (var c = 0; c < coOccurrences.Count; c++)
        {
            var (findingId, first, second, onlyAsks) = coOccurrences[c];
            // Both said plainly: present. Either said with a hedge: asked about plainly.
            var (a, b) = (found.GetValueOrDefault(first), found.GetValueOrDefault(second));
            if (a is FindingStatus.Present or FindingStatus.Hedged && b is FindingStatus.Present or FindingStatus.Hedged)
            {
                var plain = a == FindingStatus.Present && b == FindingStatus.Present && !onlyAsks;
                Merge(found, findingId, plain ? FindingStatus.Present : FindingStatus.Hedged);
            }
        }

        // Said plainly but made less by another word of the message ("not fast though, just a wobble"): asked plainly.
        var softeners = Lexicon.Softeners;
        for (var c = 0; c < softeners.Count; c++)
        {
            var (findingId, cue, unless) = softeners[c];
            if (AnySaid(found, unless))
            {
                continue;
            }

            // The cue may be hedged itself ("me he mareado un poco al levantarme rápido"): it still makes the finding less sure.
            if (found.GetValueOrDefault(findingId) == FindingStatus.Present && found.GetValueOrDefault(cue) is FindingStatus.Present or FindingStatus.Hedged)
            {
                found[findingId] = FindingStatus.Hedged;
            }
        }

        // A medicine-caution reason ("nsaid_caution:kidney") is also the caution itself.
        foreach (var (id, status) in found.Where(pair => MedicineCautions.FromMention(pair.Key) is not null).ToArray())
        {
            Merge(found, FindingIds.NsaidCaution, status);
        }

        return found
            .Where(pair => !Lexicon.IsCue(pair.Key))
            .OrderBy(pair => FindingCatalog.OrderOf(pair.Key))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Mention(pair.Key, pair.Value))
            .ToArray();
    }

    /// <summary>Any of <paramref name="ids"/> said, plainly or hedged; by index, as it runs for every softener of every message.</summary>
    private static bool AnySaid(Dictionary<string, FindingStatus> found, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (found.GetValueOrDefault(ids[i]) is FindingStatus.Present or FindingStatus.Hedged)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How <paramref name="text"/> says one half of a pair (a finding or a cue such as "cue:sudden_onset") by that half's
    /// own phrases: Present, Hedged, Absent, or Unknown when it does not say it. For a pair whose other half was said in
    /// an earlier message or by a "yes" to a question (<see cref="Rules.PairRules"/>).
    /// </summary>
    internal static FindingStatus PartStatus(string? text, string partId)
    {
        var group = Array.Find(Groups, g => g.FindingId == partId);
        var tokens = group is null ? [] : Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return FindingStatus.Unknown;
        }

        var found = new Dictionary<string, FindingStatus>(StringComparer.Ordinal);
        RecognizePhrases(tokens, MessageWords.Of(tokens, ClinicalContent.Current.Text.Vocabulary.StartIndex), group!, found, new bool[tokens.Count]);
        return found.GetValueOrDefault(partId);
    }

    /// <summary>
    /// Matches one finding's phrases and merges what they say. <paramref name="explained"/> marks the words a finding's
    /// phrase accounted for; a clarifier (<paramref name="onlyUnexplained"/>) counts only where no finding did.
    /// </summary>
    private static void RecognizePhrases(
        IReadOnlyList<Token> tokens, MessageWords words, PatternGroup group, Dictionary<string, FindingStatus> found, bool[] explained,
        bool onlyUnexplained = false, Dictionary<string, int>? deniedUpTo = null, Dictionary<string, (int Start, int End)>? affirmedUpTo = null,
        List<EchoAnswer>? echoes = null)
    {
        var findingId = group.FindingId;
        List<Pattern.PatternMatch>? suppressors = null;
        foreach (var suppressor in group.Suppressors)
        {
            if (suppressor.Matches(tokens, words) is { } matches)
            {
                // A cancelling phrase with a negation inside it cancels nothing: "lost weight without dieting".
                foreach (var match in matches)
                {
                    if (!SkipsANegation(tokens, match))
                    {
                        (suppressors ??= []).Add(match);
                    }
                }
            }
        }

        foreach (var pattern in group.Phrases)
        {
            if (pattern.Matches(tokens, words) is not { } spans)
            {
                continue;
            }

            foreach (var span in spans)
            {
                // A suppressor that starts at or before the phrase and overlaps it explains it away ("one of my legs is numb").
                if (suppressors is not null && Overlaps(suppressors, span))
                {
                    continue;
                }

                if (onlyUnexplained && AnyExplained(explained, span))
                {
                    continue;
                }

                var status = Scope.Classify(tokens, span.Start, span.End, findingId, pattern.Kind == PatternKind.Absent, span.Skipped);
                if (echoes is not null && status != FindingStatus.Unknown && AnsweredEcho(echoes, span) is { } answered)
                {
                    status = answered;
                }

                // Suggested only, or true only while it lasts and said of another time ("steroid tablets in 2017"): asked plainly.
                if (status == FindingStatus.Present
                    && (pattern.Kind == PatternKind.Vague || Lexicon.CurrentFindings.Contains(findingId) && InPast(tokens, span.Start)
                        || findingId == FindingIds.MajorTrauma && SaidWithAYear(tokens, span.Start)))
                {
                    status = FindingStatus.Hedged;
                }

                if (status == FindingStatus.Absent && deniedUpTo is not null)
                {
                    deniedUpTo[findingId] = Math.Max(deniedUpTo.GetValueOrDefault(findingId), span.End);
                }

                if (status == FindingStatus.Present && affirmedUpTo is not null
                    && (!affirmedUpTo.TryGetValue(findingId, out var said) || span.End > said.End))
                {
                    affirmedUpTo[findingId] = (span.Start, span.End);
                }

                if (status != FindingStatus.Unknown)
                {
                    Merge(found, findingId, status);
                    // A cue (a fall, a sudden start) is half of a pair, not a finding: it leaves its words to the safety net.
                    if (!onlyUnexplained && !Lexicon.IsCue(findingId))
                    {
                        Array.Fill(explained, true, span.Start, span.End - span.Start);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "cancer? no no no", "numb legs? yes": a finding named only in a question the message repeats, at its start or at a
    /// sentence's, is what the answer after it says: a yes says it, and anything unclear (a no after a repeated question is
    /// taken as unclear, see <see cref="Answers.AnswerParser.ParseYesNo(string?)"/>) leaves it to be asked plainly. Null
    /// when the message has no such question with one of these answers (the words are then read as they stand).
    /// </summary>
    private static List<EchoAnswer>? EchoedQuestionAnswers(IReadOnlyList<Token> tokens)
    {
        List<EchoAnswer>? echoes = null;
        for (var from = 0; from < tokens.Count; from++)
        {
            if (from > 0 && tokens[from - 1].Kind != TokenKind.SentenceEnd || EchoedQuestion.AnswerStartAt(tokens, from) is not { } start)
            {
                continue;
            }

            FindingStatus? status = Answers.AnswerParser.ParseEchoAnswer(tokens, start) switch
            {
                YesNo.Yes => FindingStatus.Present,
                YesNo.Unsure => FindingStatus.Hedged,
                _ => null,
            };
            if (status is { } answered)
            {
                (echoes ??= []).Add(new EchoAnswer(from, start - 1, answered));
            }
        }

        return echoes;
    }

    /// <summary>What the answer to the repeated question <paramref name="span"/> lies in says of it, if it lies in one.</summary>
    private static FindingStatus? AnsweredEcho(List<EchoAnswer> echoes, Pattern.PatternMatch span)
    {
        foreach (var echo in echoes)
        {
            if (span.Start >= echo.Start && span.End <= echo.QuestionEnd)
            {
                return echo.Status;
            }
        }

        return null;
    }

    /// <summary>What the answer after a repeated question says of the findings named between <c>Start</c> and <c>QuestionEnd</c>.</summary>
    private readonly record struct EchoAnswer(int Start, int QuestionEnd, FindingStatus Status);

    /// <summary>Whether a gap of <paramref name="match"/> skipped a one-word negation ("lost weight [without] dieting").</summary>
    private static bool SkipsANegation(IReadOnlyList<Token> tokens, Pattern.PatternMatch match)
    {
        foreach (var i in match.Skipped)
        {
            if (Negation.IsSingleWordCue(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a suppressor starts at or before <paramref name="span"/> and reaches into it.</summary>
    private static bool Overlaps(List<Pattern.PatternMatch> suppressors, Pattern.PatternMatch span)
    {
        foreach (var suppressor in suppressors)
        {
            if (suppressor.Start <= span.Start && suppressor.End > span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a finding's phrase already accounted for a word of <paramref name="span"/> that its gaps did not skip.</summary>
    private static bool AnyExplained(bool[] explained, Pattern.PatternMatch span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (explained[i] && !span.Skipped.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "No fever. Oh wait, I did wake up drenched", "no tengo problemas para orinar... bueno, en realidad hoy me costó
    /// arrancar": a sentence or clause that starts by taking back what came before (vocabulary, negation: taken_back) leaves
    /// every finding denied before it unsettled, so it is asked about plainly rather than taken as absent.
    /// </summary>
    private static void AskAboutDenialsTakenBack(Dictionary<string, FindingStatus> found, Dictionary<string, int> deniedUpTo, int takenBackAt)
    {
        foreach (var (findingId, end) in deniedUpTo)
        {
            if (end <= takenBackAt && found.GetValueOrDefault(findingId) == FindingStatus.Absent)
            {
                found[findingId] = FindingStatus.Hedged;
            }
        }
    }

    /// <summary>
    /// "me duelen las dos piernas, perdón, solo la derecha", "yes both - sorry no, just the right": the finding said last
    /// before words that take it back (vocabulary, negation: retraction), and only it, is unsettled, so it is asked about
    /// plainly rather than taken as present. One said again after them stands, and so does one said earlier ("I can't pee
    /// and both legs are numb, sorry no, just the left": the bladder stands, both legs are asked). Findings read in the
    /// same words as the last are taken back with it ("me duele el pecho de reírme, es broma": the chest pain and the
    /// laughing that hurts it are one thing said).
    /// </summary>
    private static void AskAboutFindingsRetracted(Dictionary<string, FindingStatus> found, Dictionary<string, (int Start, int End)> affirmedUpTo, int retractedAt)
    {
        var lastEnd = -1;
        var lastStart = int.MaxValue;
        foreach (var (start, end) in affirmedUpTo.Values)
        {
            if (end <= retractedAt && (end > lastEnd || end == lastEnd && start < lastStart))
            {
                (lastStart, lastEnd) = (start, end);
            }
        }

        foreach (var (findingId, (_, end)) in affirmedUpTo)
        {
            if (end <= retractedAt && end > lastStart && found.GetValueOrDefault(findingId) == FindingStatus.Present)
            {
                found[findingId] = FindingStatus.Hedged;
            }
        }
    }

    /// <summary>Where the last words that take back what was just said begin, commas between them passed over; null if none.</summary>
    private static int? LastRetraction(IReadOnlyList<Token> tokens)
    {
        var cues = Negation.RetractionCues;
        if (cues.Length == 0)
        {
            return null;
        }

        for (var start = tokens.Count - 1; start > 0; start--)
        {
            if (tokens[start].Kind == TokenKind.Comma)
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (TokenRuns.StartsAtPassingCommas(tokens, start, cue) && !InsideAPseudoNegation(tokens, start))
                {
                    return start;
                }
            }
        }

        return null;
    }

    /// <summary>"Me duele el pecho y no es broma": words that take back ("es broma") inside words that insist ("no es broma").</summary>
    private static bool InsideAPseudoNegation(IReadOnlyList<Token> tokens, int at)
    {
        for (var from = Math.Max(0, at - 3); from < at; from++)
        {
            foreach (var cue in Negation.PseudoNegations)
            {
                if (from + cue.Length > at && TokenRuns.StartsAt(tokens, from, cue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the first clause that starts by taking back what came before begins, after any openers ("bueno,").</summary>
    private static int? FirstTakingBack(IReadOnlyList<Token> tokens)
    {
        for (var start = 1; start < tokens.Count; start++)
        {
            if (tokens[start - 1].Kind is not (TokenKind.SentenceEnd or TokenKind.Comma))
            {
                continue;
            }

            // An opener may be the cue's own first word ("bueno, sí"), so the cue is tried at each opener too.
            for (var at = start; at < tokens.Count; at++)
            {
                if (Array.Exists(Negation.TakenBackCues, cue => TokenRuns.StartsAtPassingCommas(tokens, at, cue)))
                {
                    return start;
                }

                if (tokens[at].Kind != TokenKind.Comma && !Words.Openers.Contains(tokens[at].Text))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "38.5 and shivering", "temp 101", "treinta y nueve y medio": a body temperature of 38 °C / 100.4 °F or more is a
    /// fever (NHS; Mayo); a lower reading says there is none. Needs temperature context; the weather, a room, a bath or an
    /// oven is no body temperature, and someone else's is not the person's (docs/clinical-content.md, "Numbers in context").
    /// </summary>
    private static void RecognizeTemperature(IReadOnlyList<Token> tokens, bool temperatureExpected, Dictionary<string, FindingStatus> found, bool takesBack)
    {
        var fromWords = found.GetValueOrDefault(FindingIds.Fever);
        var fromReadings = new Dictionary<string, FindingStatus>(StringComparer.Ordinal);
        var (sawFebrile, sawNormal) = (false, false);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReadTemperature(tokens, i) is not var (value, end))
            {
                continue;
            }

            var celsius = value is >= 34 and <= 45;
            var fahrenheit = value is >= 93 and <= 110;
            // A reading with a decimal is never an age ("tengo 38,5" is a fever, "tengo 38" may be an age).
            var bodyDecimal = IsBodyTemperatureDecimal(tokens[i].Text, value) || (value % 1 != 0 && IsInBodyRange(value));
            // "RN here, 44F", "38F": a whole number with a scale that does not fit it is an age and sex, no temperature
            // ("38.5 F" is still a reading, the letter a slip).
            if (!bodyDecimal && ScaleAfter(tokens, end) is { } scale && !(scale == 'f' ? fahrenheit : celsius))
            {
                continue;
            }

            if (!(celsius || fahrenheit) || (LooksLikeAge(tokens, i, end) && !bodyDecimal)
                || !(temperatureExpected || HasTemperatureContext(tokens, i, end) || bodyDecimal)
                || InSentence(tokens, i, Lexicon.SurroundingsWords) || InPast(tokens, i)
                || Words.WeatherAfterReading.Any(weather => TokenRuns.StartsAt(tokens, end, weather)))
            {
                continue;
            }

            var febrile = celsius ? value >= 38 : value >= 100.4;
            var status = Scope.Classify(tokens, i, end, FindingIds.Fever, absentPhrase: false, skipped: []);
            if (!febrile)
            {
                // A normal reading says there is no fever, unless it is someone else's or hedged. A reading just under the
                // line that the person doubts ("37.8, does that count?") is asked about plainly: chills or feeling hot and
                // shivery are a fever too.
                var justUnder = celsius ? value >= 37.5 : value >= 99.5;
                status = status is FindingStatus.Present or FindingStatus.Absent ? FindingStatus.Absent
                    : status == FindingStatus.Hedged && justUnder ? FindingStatus.Hedged : FindingStatus.Unknown;
                if (justUnder && status == FindingStatus.Absent && SentenceDoubts(tokens, i))
                {
                    status = FindingStatus.Hedged;
                }
            }

            if (status != FindingStatus.Unknown)
            {
                Merge(fromReadings, FindingIds.Fever, status);
                sawFebrile |= status == FindingStatus.Present;
                sawNormal |= status == FindingStatus.Absent;
            }
        }

        // "38.5, wait, it's 36.5, I misread it", "38, ah no, era 37.8": two readings that disagree in a message that takes
        // something back are asked about plainly. Without words that take back ("39 this morning, 36.9 after paracetamol")
        // the fever stands.
        if (sawFebrile && sawNormal && takesBack)
        {
            fromReadings[FindingIds.Fever] = FindingStatus.Hedged;
        }

        var reading = fromReadings.GetValueOrDefault(FindingIds.Fever);
        if ((reading, fromWords) is (FindingStatus.Present, FindingStatus.Absent) or (FindingStatus.Absent, FindingStatus.Present))
        {
            // "no fever, it's 38 degrees today", "felt feverish but it was 37.4": the words and the reading disagree, so
            // the fever is asked about plainly.
            found[FindingIds.Fever] = FindingStatus.Hedged;
        }
        else if (reading != FindingStatus.Unknown)
        {
            Merge(found, FindingIds.Fever, reading);
        }
    }

    /// <summary>The scale written straight after a reading ("101 F", "38.5°C"): 'f', 'c', or null when none is.</summary>
    private static char? ScaleAfter(IReadOnlyList<Token> tokens, int end)
    {
        var at = end < tokens.Count && tokens[end].Text == "°" ? end + 1 : end;
        return at >= tokens.Count ? null
            : tokens[at].Text is "f" or "fahrenheit" ? 'f'
            : tokens[at].Text is "c" or "celsius" or "centigrade" or "centigrados" ? 'c'
            : null;
    }

    /// <summary>
    /// A reading at <paramref name="i"/> and the index just after it: digits ("38.5"), or tens in words ("treinta y
    /// nueve"), with a half after a joiner ("39 y medio", "treinta y ocho y media"). Null when no reading starts there.
    /// </summary>
    private static (double Value, int End)? ReadTemperature(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number && !Words.NumberTens.ContainsKey(tokens[i].Text) && !Words.Hundred.Contains(tokens[i].Text)
            && !(i + 1 < tokens.Count && Words.Hundred.Contains(tokens[i + 1].Text)))
        {
            return null;
        }

        if (NumberWords.Read(tokens, i) is not var (value, length))
        {
            return null;
        }

        var end = i + length;
        if (end + 1 < tokens.Count && Words.NumberJoiners.Contains(tokens[end].Text) && Words.Half.Contains(tokens[end + 1].Text))
        {
            return (value + 0.5, end + 2);
        }

        // "thirty eight point nine", "treinta y ocho coma cinco": a decimal point said in words, then one digit.
        if (value % 1 == 0 && end + 1 < tokens.Count && Words.DecimalPoint.Contains(tokens[end].Text) && DigitAt(tokens, end + 1) is { } tenth)
        {
            return (value + (tenth / 10.0), end + 2);
        }

        return (value, end);
    }

    /// <summary>
    /// "4 out of 10 this morning and 9 now": pain scores that rise by 3 or more in one message suggest pain getting
    /// worse quickly, which is asked about plainly (docs/clinical-content.md, "Numbers in context").
    /// </summary>
    private static void RecognizeRisingPainScore(IReadOnlyList<Token> tokens, Dictionary<string, FindingStatus> found)
    {
        var outOfTen = false;
        var scores = new List<double>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Words.OutOfTen.FirstOrDefault(cue => TokenRuns.StartsAt(tokens, i, cue)) is { } cue)
            {
                outOfTen = true;
                i += cue.Length - 1;
                continue;
            }

            if (tokens[i].Kind == TokenKind.Number && tokens[i].NumberValue is >= 0 and <= 10)
            {
                scores.Add(tokens[i].NumberValue);
            }
        }

        if (outOfTen && scores.Count >= 2 && scores[^1] - scores[0] >= 3)
        {
            Merge(found, FindingIds.SuddenSevere, FindingStatus.Hedged);
        }
    }

    /// <summary>
    /// "tengo 69 años, la espalda…", "im 70 years, and…": a count of years after a word that gives an age, and closing
    /// its clause, is the person's age, not how long the pain has lasted ("tengo 2 años con este dolor" is a duration).
    /// </summary>
    private static bool SaysAnAge(IReadOnlyList<Token> tokens, int numberIndex, int unitIndex) =>
        numberIndex > 0 && Words.AgeBefore.Contains(tokens[numberIndex - 1].Text) && Words.AgeAfter.Contains(tokens[unitIndex].Text)
        && (unitIndex + 1 == tokens.Count || tokens[unitIndex + 1].Kind != TokenKind.Word || Words.Conjunctions.Contains(tokens[unitIndex + 1].Text));

    /// <summary>The sentence around token <paramref name="i"/> holds a doubt ("does that count?", "no idea if that's high").</summary>
    private static bool SentenceDoubts(IReadOnlyList<Token> tokens, int i) =>
        TokenRuns.AnyInSentence(tokens, i, j => Words.DoubtAfterNo.Any(cue => TokenRuns.StartsAt(tokens, j, cue))
            || Negation.HedgeCues.Any(cue => TokenRuns.StartsAt(tokens, j, cue)));

    /// <summary>
    /// A reading from another time: the sentence names a year, says "ago", or a year or more ago ("39 when I had covid in
    /// 2022", "el año pasado tuve una infección de orina"); "for years" is no other time ("steroid tablets for years").
    /// </summary>
    private static bool InPast(IReadOnlyList<Token> tokens, int i) =>
        !SaidAsNow(tokens, i) && InSentence(tokens, i, Lexicon.PastTimeWords)
        || TokenRuns.AnyInSentence(tokens, i, j => IsAYear(tokens[j]) || IsYearsAgo(tokens, j));

    /// <summary>
    /// "two years ago", "el año pasado": a unit of a year or more with time_after straight after it (the part of
    /// <see cref="IsYearsAway"/> that is surely past: "for years" may still be going on).
    /// </summary>
    private static bool IsYearsAgo(IReadOnlyList<Token> tokens, int j) =>
        Words.DurationWeeks.GetValueOrDefault(tokens[j].Text) >= 52 && j + 1 < tokens.Count && Words.TimeAfter.Contains(tokens[j + 1].Text);

    private static bool IsAYear(Token token) => token.Kind == TokenKind.Number && token.NumberValue is >= 1950 and <= 2100;

    /// <summary>
    /// "a bad fall off a ladder back in 2008", "crashed the car years ago": an injury said with a year is most likely not
    /// what started this pain, so it is asked about plainly (docs/clinical-content.md, "Numbers in context").
    /// </summary>
    private static bool SaidWithAYear(IReadOnlyList<Token> tokens, int i) =>
        // Any year named: this year's injury is asked about too, which costs a question and never drops it.
        TokenRuns.AnyInSentence(tokens, i, j => IsAYear(tokens[j]) || IsYearsAway(tokens, j));

    /// <summary>
    /// "two years ago", "last year", "hace años", "el año pasado": a year or more said as a time (language.yaml, numbers:
    /// time_before one or two words before the unit, or time_after straight after it).
    /// </summary>
    private static bool IsYearsAway(IReadOnlyList<Token> tokens, int j) =>
        IsYearsAgo(tokens, j)
        || (Words.DurationWeeks.GetValueOrDefault(tokens[j].Text) >= 52
            && ((j >= 1 && Words.TimeBefore.Contains(tokens[j - 1].Text))
                || (j >= 2 && Words.TimeBefore.Contains(tokens[j - 2].Text) && tokens[j - 1].IsWordLike)));

    /// <summary>"still at 38.1", "38.4 now": a word for now within three words before or one after the reading.</summary>
    private static bool SaidAsNow(IReadOnlyList<Token> tokens, int i) =>
        Enumerable.Range(i - 3, 5).Any(j => j >= 0 && j < tokens.Count && j != i && Lexicon.NowWords.Contains(tokens[j].Text));

    /// <summary>True when a word of <paramref name="words"/> stands in the sentence around token <paramref name="i"/>.</summary>
    private static bool InSentence(IReadOnlyList<Token> tokens, int i, IReadOnlySet<string> words) =>
        TokenRuns.AnyInSentence(tokens, i, j => words.Contains(tokens[j].Text));

    /// <summary>The words of the clause around token <paramref name="i"/> (up to a sentence end or a clause break).</summary>
    private static IEnumerable<string> ClauseAround(IReadOnlyList<Token> tokens, int i, int skip = -1)
    {
        var start = i;
        while (start > 0 && tokens[start - 1].Kind != TokenKind.SentenceEnd && !Negation.IsClauseBreak(tokens[start - 1].Text))
        {
            start--;
        }

        var end = i;
        while (end + 1 < tokens.Count && tokens[end + 1].Kind != TokenKind.SentenceEnd && !Negation.IsClauseBreak(tokens[end + 1].Text))
        {
            end++;
        }

        for (var j = start; j <= end; j++)
        {
            if (j != skip)
            {
                yield return tokens[j].Text;
            }
        }
    }

    /// <summary>The number in [<paramref name="i"/>, <paramref name="end"/>) reads as an age or a count ("tengo 39", "39 años", "40 kilos").</summary>
    private static bool LooksLikeAge(IReadOnlyList<Token> tokens, int i, int end) =>
        (i > 0 && Words.AgeWords.Contains(tokens[i - 1].Text) && Words.AgeBefore.Contains(tokens[i - 1].Text))
        || Words.AgeBeforePairs.Any(pair => i >= pair.Length && TokenRuns.StartsAt(tokens, i - pair.Length, pair))
        || (end < tokens.Count && Words.AgeWords.Contains(tokens[end].Text));

    /// <summary>"it was 37.4", "99.8": a reading with one decimal in the range of a body temperature needs no other word.</summary>
    private static bool IsBodyTemperatureDecimal(string text, double value) =>
        text.Contains('.') && text.Length - text.IndexOf('.') == 2 && IsInBodyRange(value);

    private static bool IsInBodyRange(double value) => value is >= 35 and < 43 || value is >= 95 and < 109;

    /// <summary>One digit, written as a figure or a word ("9", "nine", "nueve"), at <paramref name="i"/>.</summary>
    private static int? DigitAt(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && tokens[i].NumberValue is >= 0 and <= 9 && tokens[i].NumberValue % 1 == 0 ? (int)tokens[i].NumberValue
        : Words.NumberUnits.TryGetValue(tokens[i].Text, out var unit) && unit is >= 0 and <= 9 && !Words.Articles.Contains(tokens[i].Text)
            && !Words.Vague.Contains(tokens[i].Text) ? unit : null;

    /// <summary>A temperature word within three words of the reading in [<paramref name="i"/>, <paramref name="end"/>).</summary>
    private static bool HasTemperatureContext(IReadOnlyList<Token> tokens, int i, int end)
    {
        for (var j = Math.Max(0, i - 3); j <= Math.Min(tokens.Count - 1, end + 2); j++)
        {
            if ((j < i || j >= end) && Words.TemperatureWords.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "for 8 weeks", "six months": this pain lasting 4 weeks or more is not improving (NHS; Mayo: within 4 weeks). Only a
    /// duration of this pain counts: its clause must speak of the pain or the back, and not of a past illness, a
    /// medicine or an old injury ("an ulcer two years ago", "on steroids for years"), nor of pain that comes and goes.
    /// </summary>
    private static void RecognizeLongDuration(IReadOnlyList<Token> tokens, Dictionary<string, FindingStatus> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = NumberWords.Read(tokens, i);
            if (number is null || Words.Articles.Contains(tokens[i].Text) || i + number.Value.Length >= tokens.Count)
            {
                continue;
            }

            var unitIndex = i + number.Value.Length;
            var unit = tokens[unitIndex].Text;
            var weeks = Words.DurationWeeks.TryGetValue(unit, out var perUnit) ? number.Value.Value * perUnit : 0;
            var next = unitIndex + 1 < tokens.Count ? tokens[unitIndex + 1].Text : string.Empty;
            if (weeks < 4 || Words.NotThisPainAfter.Contains(next) || Words.OfAge.Any(cue => TokenRuns.StartsAt(tokens, unitIndex + 1, cue))
                || SaysAnAge(tokens, i, unitIndex) || Words.AgeAfterPhrases.Any(age => TokenRuns.StartsAt(tokens, unitIndex, age))
                || !IsAboutThisPain(tokens, i, unitIndex))
            {
                continue;
            }

            var status = Scope.Classify(tokens, i, unitIndex + 1, FindingIds.NotImproving, absentPhrase: false, skipped: []);
            Merge(found, FindingIds.NotImproving, status);
        }
    }

    /// <summary>
    /// "fell about ten feet", "me caí de dos metros y medio": a fall from a metre or more is major trauma (NICE CG176: a
    /// fall from more than 1 metre or 5 stairs is a dangerous mechanism; the Canadian C-spine rule uses 3 feet). A word of
    /// falling must stand up to fourteen words before the height, in its sentence; a height of the person or a distance
    /// walked is none (docs/clinical-content.md, "Numbers in context").
    /// </summary>
    private static void RecognizeFallFromHeight(IReadOnlyList<Token> tokens, Dictionary<string, FindingStatus> found)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!Words.HeightMetres.TryGetValue(tokens[i].Text, out var metresPerUnit))
            {
                continue;
            }

            for (var start = Math.Max(0, i - 3); start < i; start++)
            {
                if (NumberWords.Read(tokens, start) is not var (value, length) || start + length != i)
                {
                    continue;
                }

                // "dos metros y medio": a half after the unit.
                var end = i + 1;
                if (end + 1 < tokens.Count && Words.NumberJoiners.Contains(tokens[end].Text) && Words.Half.Contains(tokens[end + 1].Text))
                {
                    value += 0.5;
                    end += 2;
                }

                if (value * metresPerUnit >= 0.9 && value * metresPerUnit <= 60 && FallWordBefore(tokens, start)
                    && !(end < tokens.Count && Words.NotAFallHeight.Contains(tokens[end].Text)))
                {
                    Merge(found, FindingIds.MajorTrauma, Scope.Classify(tokens, start, end, FindingIds.MajorTrauma, absentPhrase: false, skipped: []));
                }

                break;
            }
        }
    }

    /// <summary>How far before a height a word of falling may stand: a sentence's length ("me caí de la azotea de mi casa ayer arreglando el tinaco, como 3 metros").</summary>
    private const int FallWordReach = 14;

    /// <summary>A word of falling up to fourteen words before <paramref name="start"/>, with no word of a distance or of the person's height between.</summary>
    private static bool FallWordBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var j = start - 1; j >= Math.Max(0, start - FallWordReach) && tokens[j].Kind != TokenKind.SentenceEnd; j--)
        {
            if (Words.NotAFallHeight.Contains(tokens[j].Text))
            {
                return false;
            }

            if (Words.FallWords.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause speaks of this pain, not of a past illness or of pain that comes and goes; a word of time just after the
    /// unit is not the back ("a few years back"); and the stretch between commas is not about another complaint ("my knee
    /// has been bad for 2 months, the back since Friday").
    /// </summary>
    private static bool IsAboutThisPain(IReadOnlyList<Token> tokens, int i, int unitIndex)
    {
        var timeWordAfter = unitIndex + 1 < tokens.Count && Words.TimeAfter.Contains(tokens[unitIndex + 1].Text) ? unitIndex + 1 : -1;
        var clause = string.Join(' ', ClauseAround(tokens, i, skip: timeWordAfter));
        var words = clause.Split(' ');
        var stretch = BetweenCommas(tokens, i);
        return words.Any(Lexicon.ThisPainWords.Contains) && !words.Any(Lexicon.PastHistoryWords.Contains)
            && !Lexicon.ComesAndGoes.Any(phrase => clause.Contains(phrase, StringComparison.Ordinal))
            && !(stretch.Any(Lexicon.OtherComplaintWords.Contains) && !stretch.Any(Lexicon.TheBackWords.Contains));
    }

    private static List<string> BetweenCommas(IReadOnlyList<Token> tokens, int i)
    {
        var start = i;
        while (start > 0 && tokens[start - 1].Kind is TokenKind.Word or TokenKind.Number)
        {
            start--;
        }

        var stretch = new List<string>();
        for (var j = start; j < tokens.Count && tokens[j].Kind is TokenKind.Word or TokenKind.Number; j++)
        {
            stretch.Add(tokens[j].Text);
        }

        return stretch;
    }

    /// <summary>Present beats Hedged beats Absent: one mention of a red flag is enough.</summary>
    private static void Merge(Dictionary<string, FindingStatus> found, string id, FindingStatus status)
    {
        if (!found.TryGetValue(id, out var existing) || Rank(status) > Rank(existing))
        {
            found[id] = status;
        }
    }

    internal static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.Present => 3,
        FindingStatus.Hedged => 2,
        FindingStatus.Absent => 1,
        _ => 0,
    };

    /// <summary>One finding's patterns: those that explain a match away, and the rest.</summary>
    private sealed record PatternGroup(string FindingId, Pattern[] Suppressors, Pattern[] Phrases);
}
