using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>Decides whether a matched phrase is present, negated (absent) or hedged, from the words around it.</summary>
internal static class Scope
{
    private const int WordsAfter = 3;

    /// <summary>"my little one has 38.5, not me": the finding is someone else's (language.yaml, scope).</summary>
    private static string[][] NotMeCues => Words.NotMe;

    private static LanguageWords Words => ClinicalContent.Current.Text.Words;

    private const int NotMeReach = 6;

    private static IReadOnlySet<string> AnswerWords => Words.AnswerWords;

    /// <summary>How far after a supposed finding a correction may stand ("I thought I had a fever but the thermometer said 36.9").</summary>
    private const int CorrectionReach = 14;

    private static string[][] HedgesAfter => Words.HedgesAfter;

    /// <summary>How far before "without" a word of not being able may stand ("no longer able to manage the stairs without…").</summary>
    private const int InabilityReach = 10;

    // skipped: words inside the phrase skipped by its gaps; cues there count too ("my back isn't stiff").
    public static FindingStatus Classify(
        IReadOnlyList<Token> tokens, int start, int end, string findingId, bool absentPhrase, IReadOnlyList<int> skipped)
    {
        var (windowStart, breakAt) = WindowBefore(tokens, start);
        var redFlag = FindingCatalog.TierOf(findingId) >= Tier.Urgent || ClarifyingQuestions.Find(findingId) is not null;

        // "I thought I'd wet myself but it was the ice pack": a correction, so the finding is absent.
        var supposedAt = ContainsCue(tokens, windowStart, start, Negation.SupposedCues);
        if (supposedAt >= 0 && CorrectedAfter(tokens, end))
        {
            // "le dije que no tenía problemas para orinar, pero ahora veo que me cuesta": what is corrected is the denial,
            // so the finding is asked about plainly, never taken as absent.
            if (ContainsCue(tokens, supposedAt, start, Negation.NegationCues, exceptPseudoNegations: true) >= 0)
            {
                return FindingStatus.Hedged;
            }

            // "it seemed he spoke oddly, but he was half asleep, now I couldn't say": a correction that ends unsure is
            // no correction; the finding is asked about plainly.
            return UnsureAfter(tokens, end) ? FindingStatus.Hedged : FindingStatus.Absent;
        }

        // "could it be meningitis??", "convinced it's cancer": a condition named in a question or a fear, asked plainly.
        if (!absentPhrase && (redFlag || Lexicon.HistoryFindings.Contains(findingId)) && SpeculatedBefore(tokens, start))
        {
            return FindingStatus.Hedged;
        }

        if (ContainsCue(tokens, windowStart, start, Negation.HedgeCues, exceptNonHedges: true) >= 0 || HedgedAfter(tokens, end)
            || InGap(tokens, skipped, Negation.HedgeCues, exceptNonHedges: true))
        {
            return FindingStatus.Hedged;
        }

        // Negative concord: "I can't feel neither of my legs", "no siento ninguna de las piernas". When the phrase says its
        // change with a negative of its own, another negative inside it or just before it repeats that negative and
        // denies nothing (docs/clinical-content.md, section 2).
        var saysItNegatively = !absentPhrase && SaysItsChangeNegatively(tokens, start, end, skipped);
        var negatedInGap = !absentPhrase && !saysItNegatively && InGap(tokens, skipped, Negation.NegationCues, exceptPseudoNegations: true);

        // "my legs, like they're not listening, both of them": a negative in a clause of its own between the phrase's two
        // halves (a gap across a comma) may deny something else; a red flag is asked about plainly, never cleared.
        if (negatedInGap && redFlag && GapCrossesAComma(tokens, start, end))
        {
            return FindingStatus.Hedged;
        }

        if (negatedInGap || (!absentPhrase && !saysItNegatively && DeniedAfter(tokens, end)))
        {
            return FindingStatus.Absent;
        }

        // Another person is the subject ("my mum had cancer", "my husband's legs are numb"): not the person's own
        // finding. A red flag or a history finding is asked about plainly rather than dropped, and so is half of a pair
        // that makes a red flag ("Nan is 88 and she fell", "he is 12, stiff neck, vomited": perhaps the person is writing
        // for them, so ask); anything else is ignored.
        if (AnyOtherPerson(tokens, SubjectFrom(tokens, windowStart), windowStart, start, end) || ContainsCue(tokens, end, Math.Min(tokens.Count, end + NotMeReach), NotMeCues) >= 0)
        {
            return redFlag || Lexicon.HistoryFindings.Contains(findingId) || Lexicon.IsPairPart(findingId) ? FindingStatus.Hedged : FindingStatus.Unknown;
        }

        var negationAt = ContainsCue(tokens, windowStart, start, Negation.NegationCues, exceptPseudoNegations: true);
        // "never had numbness like this before", "nunca me había dolido así la cabeza": the finding is new, not denied. Never
        // for a cancer, which counts if ever had (docs/clinical-content.md): "I've never had cancer before" denies it.
        if (negationAt >= 0 && Words.NeverWords.Contains(tokens[negationAt].Text) && findingId != FindingIds.CancerHistory
            && NewUntilNow(tokens, negationAt + 1, end))
        {
            negationAt = -1;
        }

        if (negationAt >= 0 && redFlag && LikeNow(tokens, negationAt + 1, end))
        {
            // "back then I wasn't staggering like I am now", "entonces no me tambaleaba como ahora": what was not so then is
            // so now; asked about plainly.
            return FindingStatus.Hedged;
        }

        if (negationAt >= 0 && OwnNegationAfterAnd(tokens, start))
        {
            // "no siento nada y no se me para", "no fever and no feeling in my legs": a phrase that says the finding with
            // its own negation, right after a comma or "and", is a clause of its own; the negation before it denies
            // something else and does not reach it.
            negationAt = -1;
        }

        if (negationAt >= 0 && Negation.IsUndoneByInability(tokens[negationAt].Text) && UnableBefore(tokens, negationAt))
        {
            negationAt = -1;
        }

        if (negationAt >= 0 && redFlag && Array.Exists(Negation.InabilityCues, cue => TokenRuns.StartsAt(tokens, negationAt, cue)))
        {
            // "I am not able to have erection": a word of not being able before a function is no denial of it; asked
            // about plainly.
            return FindingStatus.Hedged;
        }

        if (negationAt >= 0 && redFlag && OpensANegativeQuestion(tokens, negationAt))
        {
            // "Isn't everyone's back worse at night?": a question that opens with a negative asks for agreement and
            // denies nothing; asked about plainly.
            return FindingStatus.Hedged;
        }

        if (negationAt >= 0 && saysItNegatively)
        {
            // "I haven't got no feeling in my legs": concord in many dialects, a denial in others; asked plainly.
            return redFlag ? FindingStatus.Hedged : FindingStatus.Unknown;
        }

        if (absentPhrase)
        {
            // "my bladder isn't fine": unclear, so ask again about a red flag; otherwise ignore.
            return negationAt < 0 ? FindingStatus.Absent : redFlag ? FindingStatus.Hedged : FindingStatus.Unknown;
        }

        if (negationAt < 0)
        {
            // "I get up twice a night to pee, been the case for years, nothing new": long-standing, so asked plainly.
            // "used to have a weak leg, but that's long gone": over, so asked plainly.
            return redFlag && (NotNewAfter(tokens, end) || OverNowAfter(tokens, end)) ? FindingStatus.Hedged : FindingStatus.Present;
        }

        // "no fever and pain down both legs": does the "no" reach across "and"? Unclear, so never Absent for a red flag.
        return redFlag && breakAt > negationAt ? FindingStatus.Hedged : FindingStatus.Absent;
    }

    /// <summary>
    /// The first index of the negation/hedge window before <paramref name="start"/>, and the index of the nearest
    /// bare "and" or comma inside it (-1 if none). The window stops at a sentence end, a clause break word, or a
    /// comma/"and" that starts a new subject ("…, and I…").
    /// </summary>
    private static (int WindowStart, int ConjunctionAt) WindowBefore(IReadOnlyList<Token> tokens, int start)
    {
        var conjunctionAt = -1;
        var words = 0;
        var i = start - 1;
        for (; i >= 0 && words < Negation.Window; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.SentenceEnd || Negation.IsClauseBreak(token.Text)
                || Words.ApartFrom.Any(cue => i >= cue.Length - 1 && TokenRuns.StartsAt(tokens, i - cue.Length + 1, cue)))
            {
                break;
            }

            // "no, peeing is normal": a bare answer word and a comma answer the question; they negate nothing after them.
            if (token.Kind == TokenKind.Comma && i > 0 && AnswerWords.Contains(tokens[i - 1].Text)
                && (i == 1 || tokens[i - 2].Kind is TokenKind.SentenceEnd or TokenKind.Comma))
            {
                break;
            }

            if (token.Kind == TokenKind.Comma || Words.Conjunctions.Contains(token.Text))
            {
                if (i + 1 < start && Negation.StartsNewSubject(tokens[i + 1].Text))
                {
                    break;
                }

                if (conjunctionAt < 0)
                {
                    conjunctionAt = i;
                }
            }

            if (token.Kind != TokenKind.Comma)
            {
                words++;
            }
        }

        return (i + 1, conjunctionAt);
    }

    /// <summary>
    /// Index of the last cue lying wholly in [from, to), or -1; with <paramref name="exceptPseudoNegations"/>, not one
    /// inside "no joke" and the like; with <paramref name="exceptNonHedges"/>, not the half of a number ("39 y medio")
    /// nor one inside a pseudo-hedge ("no se me duerme" is not "no sé").
    /// </summary>
    private static int ContainsCue(IReadOnlyList<Token> tokens, int from, int to, string[][] cues, bool exceptPseudoNegations = false, bool exceptNonHedges = false)
    {
        for (var i = to - 1; i >= from; i--)
        {
            foreach (var cue in cues)
            {
                if (i + cue.Length <= to && TokenRuns.StartsAt(tokens, i, cue)
                    && !(exceptPseudoNegations && InPseudoNegation(tokens, i) && !OutreachesAPseudoNegation(tokens, i, cue.Length))
                    && !(exceptNonHedges && (IsHalfOfANumber(tokens, i, cue.Length) || InAny(tokens, i, Negation.PseudoHedges))))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "nothing to do with fever": a negation cue that starts where a pseudo-negation starts ("nothing to") and runs
    /// past it is the cue meant.
    /// </summary>
    private static bool OutreachesAPseudoNegation(IReadOnlyList<Token> tokens, int index, int cueLength)
    {
        foreach (var pseudo in Negation.PseudoNegations)
        {
            if (pseudo.Length < cueLength && TokenRuns.StartsAt(tokens, index, pseudo))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="index"/> is part of a pseudo-negation ("no joke", "from nothing to", "oh no").</summary>
    private static bool InPseudoNegation(IReadOnlyList<Token> tokens, int index) =>
        InAny(tokens, index, Negation.PseudoNegations) || IsExclaimedNo(tokens, index) || ContinuesInability(tokens, index)
        || IsExclamationGoingOn(tokens, index);

    /// <summary>
    /// "un dolor que va empeorando": a cue that denies only as an exclamation ("¡qué va!") is no denial when a word of
    /// its own follows it; "que va, no" and "que va no" still deny.
    /// </summary>
    private static bool IsExclamationGoingOn(IReadOnlyList<Token> tokens, int index) =>
        CueCovering(tokens, index, Negation.ExclamationOnlyCues) is { } next
        && next < tokens.Count && tokens[next].IsWordLike && !Negation.IsNegativeWord(tokens[next].Text);

    /// <summary>How far before a "nor" a word of not being able may stand and still be what it carries on.</summary>
    private const int ContinuerReach = 8;

    /// <summary>
    /// "no pude levantar el brazo ni mover la pierna", "couldn't lift my arm nor move my leg": a "nor" after a word of not
    /// being able says one more thing the person cannot do; it denies nothing.
    /// </summary>
    private static bool ContinuesInability(IReadOnlyList<Token> tokens, int index)
    {
        if (!Negation.IsContinuer(tokens[index].Text))
        {
            return false;
        }

        for (var i = index - 1; i >= 0 && index - i <= ContinuerReach && tokens[i].Kind != TokenKind.SentenceEnd; i--)
        {
            if (Array.Exists(Negation.InabilityCues, cue => i + cue.Length <= index && TokenRuns.StartsAt(tokens, i, cue)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"oh no my back has gone", "uy no parce": a bare "no" right after a word of alarm denies nothing.</summary>
    private static bool IsExclaimedNo(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index].Text == "no" && Negation.IsInterjection(tokens[index - 1].Text);

    /// <summary>True when token <paramref name="index"/> is part of one of <paramref name="phrases"/> in the message.</summary>
    private static bool InAny(IReadOnlyList<Token> tokens, int index, string[][] phrases) => CueCovering(tokens, index, phrases) is not null;

    /// <summary>Where the first of <paramref name="cues"/> that covers token <paramref name="index"/> ends (the index after it); null if none does.</summary>
    private static int? CueCovering(IReadOnlyList<Token> tokens, int index, string[][] cues)
    {
        foreach (var cue in cues)
        {
            for (var start = Math.Max(0, index - cue.Length + 1); start <= index; start++)
            {
                if (TokenRuns.StartsAt(tokens, start, cue))
                {
                    return start + cue.Length;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when a word the phrase itself matched, not one its gaps skipped, is a negative: "can't feel", "no siento",
    /// "feel nothing" say the finding by denying a function.
    /// </summary>
    private static bool SaysItsChangeNegatively(IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<int> skipped)
    {
        for (var i = start; i < end; i++)
        {
            if (!skipped.Contains(i) && Array.Exists(Negation.ConcordCues, cue => TokenRuns.StartsAt(tokens, i, cue)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma stands inside the match, between its first and its last word.</summary>
    private static bool GapCrossesAComma(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i < end - 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Comma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a cue lies wholly within consecutive skipped words (pseudo-negations and halves left out as in <see cref="ContainsCue"/>).</summary>
    private static bool InGap(IReadOnlyList<Token> tokens, IReadOnlyList<int> skipped, string[][] cues, bool exceptPseudoNegations = false, bool exceptNonHedges = false)
    {
        foreach (var index in skipped)
        {
            foreach (var cue in cues)
            {
                if (index + cue.Length <= tokens.Count && TokenRuns.StartsAt(tokens, index, cue)
                    && Enumerable.Range(index, cue.Length).All(skipped.Contains)
                    && !(exceptPseudoNegations && InPseudoNegation(tokens, index))
                    && !(exceptNonHedges && (IsHalfOfANumber(tokens, index, cue.Length) || InAny(tokens, index, Negation.PseudoHedges))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "39 y medio", "hora y media": a one-word cue that is the half of a number or of a unit of time after a joiner is part
    /// of the number, not a hedge ("medio tieso" is one).
    /// </summary>
    private static bool IsHalfOfANumber(IReadOnlyList<Token> tokens, int index, int cueLength) =>
        cueLength == 1 && index >= 2 && Words.Half.Contains(tokens[index].Text) && Words.NumberJoiners.Contains(tokens[index - 1].Text)
        && (tokens[index - 2].Kind == TokenKind.Number || Words.NumberUnits.ContainsKey(tokens[index - 2].Text)
            || Words.NumberTens.ContainsKey(tokens[index - 2].Text) || Words.OnsetHours.ContainsKey(tokens[index - 2].Text));

    /// <summary>A word of not being able in the clause before the cue at <paramref name="cueAt"/> ("can't walk without…").</summary>
    private static bool UnableBefore(IReadOnlyList<Token> tokens, int cueAt)
    {
        var from = cueAt;
        while (from > 0 && cueAt - from < InabilityReach && tokens[from - 1].Kind != TokenKind.SentenceEnd && !Negation.IsClauseBreak(tokens[from - 1].Text))
        {
            from--;
        }

        return ContainsCue(tokens, from, cueAt, Negation.InabilityCues) >= 0;
    }

    /// <summary>A correction later in the message: "but it was…", "turned out", "checked", "false alarm".</summary>
    private static bool CorrectedAfter(IReadOnlyList<Token> tokens, int end)
    {
        var limit = Math.Min(tokens.Count, end + CorrectionReach);
        return ContainsCue(tokens, end, limit, Negation.CorrectionCues) >= 0;
    }

    /// <summary>The phrase starts with a one-word negation of its own, straight after a comma or "and".</summary>
    private static bool OwnNegationAfterAnd(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && Negation.IsSingleWordCue(tokens[start].Text)
        && (tokens[start - 1].Kind == TokenKind.Comma || Words.Conjunctions.Contains(tokens[start - 1].Text));

    /// <summary>
    /// A hedge of more than one word after the phrase, within the reach of a correction and its sentence ("…, ahora no
    /// sabría decirle"). One-word hedges ("algo", "medio", "igual") are as often a quantity in the correction itself.
    /// </summary>
    private static bool UnsureAfter(IReadOnlyList<Token> tokens, int end)
    {
        var limit = end;
        while (limit < tokens.Count && limit - end < CorrectionReach && tokens[limit].Kind != TokenKind.SentenceEnd)
        {
            limit++;
        }

        return ContainsCue(tokens, end, limit, MultiWordHedges, exceptNonHedges: true) >= 0;
    }

    private static string[][] MultiWordHedges => [.. Negation.HedgeCues.Where(cue => cue.Length > 1)];

    /// <summary>
    /// "…like this before", "…until now": a cue anywhere from the word after "never" (<paramref name="from"/>) to a little
    /// after the phrase, so before it too ("never before had…", "nunca antes…", "nunca me había dolido así la cabeza"):
    /// the finding is new.
    /// </summary>
    /// <summary>A comparison with now (the language's like_now) from the negation to a little after the phrase.</summary>
    private static bool LikeNow(IReadOnlyList<Token> tokens, int from, int end)
    {
        var limit = Math.Min(tokens.Count, end + CorrectionReach);
        for (var i = from; i < limit && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (Words.LikeNow.Any(cue => TokenRuns.StartsAt(tokens, i, cue)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NewUntilNow(IReadOnlyList<Token> tokens, int from, int end)
    {
        var limit = Math.Min(tokens.Count, end + CorrectionReach);
        for (var i = from; i < limit && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            // "never had cancer myself, never had back trouble before either": after the phrase, a comma and a negation
            // start a denial of their own, and the "before" is that one's.
            if (i >= end && tokens[i].Kind == TokenKind.Comma && i + 1 < limit
                && ContainsCue(tokens, i + 1, i + 2, Negation.NegationCues, exceptPseudoNegations: true) >= 0)
            {
                return false;
            }

            if (Words.NewUntilNow.Any(cue => i >= cue.Length - 1 && TokenRuns.StartsAt(tokens, i - cue.Length + 1, cue)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "slurred speech no, chest pain no": a bare no right after a finding, closing its clause, denies it, after a comma
    /// too ("actual chest pain, no."). Never asked of a finding said with a negative of its own: "can't feel the paper,
    /// no" and "al limpiarme no noto nada" repeat the negative, they deny nothing.
    /// </summary>
    internal static bool DeniedAfter(IReadOnlyList<Token> tokens, int end) =>
        DeniedStraightAfter(tokens, end)
        || (end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Comma && DeniedStraightAfter(tokens, end + 1));

    // "1. Numbness around bottom - no 2. Pee problems - no": the next item's number closes the clause too; "fiebre no
    // tengo ni nada": a word that carries the negative on ("ni", "nor") does not reopen it.
    private static bool DeniedStraightAfter(IReadOnlyList<Token> tokens, int end) =>
        (end < tokens.Count && Words.DeniedAfter.Contains(tokens[end].Text)
            && (end + 1 == tokens.Count || !tokens[end + 1].IsWordLike || IsListNumber(tokens, end + 1) || Negation.IsContinuer(tokens[end + 1].Text)))
        || Words.DeniedAfterPhrases.Any(cue => end + cue.Length <= tokens.Count && TokenRuns.StartsAt(tokens, end, cue)
            && (end + cue.Length == tokens.Count || !tokens[end + cue.Length].IsWordLike || Negation.IsClauseBreak(tokens[end + cue.Length].Text)
                || Words.Conjunctions.Contains(tokens[end + cue.Length].Text) || Negation.IsContinuer(tokens[end + cue.Length].Text)));

    /// <summary>A whole number that numbers an item in a list: a full stop straight after it, and no digit before.</summary>
    private static bool IsListNumber(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Kind == TokenKind.Number && !tokens[at].Text.Contains('.') && at + 1 < tokens.Count && tokens[at + 1].Text == ".";

    /// <summary>
    /// A cue that the finding is long-standing and unchanged, later in its sentence or as the whole of the next ("weak flow,
    /// doctor knows. Nothing new.") (language.yaml, scope: not_new).
    /// </summary>
    private static bool NotNewAfter(IReadOnlyList<Token> tokens, int end)
    {
        var sentenceEnd = TokenRuns.SentenceEndFrom(tokens, end);
        if (ContainsCue(tokens, end, sentenceEnd, Words.NotNew) >= 0)
        {
            return true;
        }

        var next = sentenceEnd + 1;
        var nextLength = TokenRuns.SentenceEndFrom(tokens, next) - next;
        foreach (var cue in Words.NotNew)
        {
            if (cue.Length == nextLength && TokenRuns.StartsAt(tokens, next, cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A cue that the finding is over, later in its sentence and closing its clause (language.yaml, scope: over_now):
    /// "but that's long gone." counts; "it's gone numb" does not. A time after the cue still closes it ("ya se me quitó
    /// hace cinco días": over_now_time_words and numbers).
    /// </summary>
    private static bool OverNowAfter(IReadOnlyList<Token> tokens, int end)
    {
        var limit = TokenRuns.SentenceEndFrom(tokens, end);
        for (var i = end; i < limit; i++)
        {
            foreach (var cue in Words.OverNow)
            {
                var after = i + cue.Length;
                if (after > limit || !TokenRuns.StartsAt(tokens, i, cue))
                {
                    continue;
                }

                while (after < limit && (tokens[after].Kind == TokenKind.Number || Words.OverNowTimeWords.Contains(tokens[after].Text)))
                {
                    after++;
                }

                if (after == tokens.Count || !tokens[after].IsWordLike)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A speculation straight before the phrase at <paramref name="start"/>, an article or two between (language.yaml,
    /// scope: speculation; speculation_in_question only in a sentence that ends with a question mark).
    /// </summary>
    private static bool SpeculatedBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var at = start; at >= 0 && start - at <= 3; at--)
        {
            if (at < start && !Passes(tokens, at, start))
            {
                continue;
            }

            if (EndsAt(tokens, at, Words.Speculation) || (EndsAt(tokens, at, Words.SpeculationInQuestion) && EndsWithAQuestion(tokens, start)))
            {
                return true;
            }
        }

        return false;

        // The words from "from" up to "to" are all passes ("a", "some kind of").
        static bool Passes(IReadOnlyList<Token> tokens, int from, int to)
        {
            // Longest first at each word, so "some kind of" is one pass rather than "some" and two words that are none.
            var i = from;
            while (i < to)
            {
                var length = 0;
                foreach (var pass in Words.SpeculationPasses)
                {
                    if (pass.Length > length && i + pass.Length <= to && TokenRuns.StartsAt(tokens, i, pass))
                    {
                        length = pass.Length;
                    }
                }

                if (length == 0)
                {
                    return false;
                }

                i += length;
            }

            return true;
        }

        // A cue whose last word stands just before "at".
        static bool EndsAt(IReadOnlyList<Token> tokens, int at, string[][] cues) =>
            Array.Exists(cues, cue => at - cue.Length >= 0 && TokenRuns.StartsAt(tokens, at - cue.Length, cue));

        static bool EndsWithAQuestion(IReadOnlyList<Token> tokens, int from) =>
            TokenRuns.SentenceEndFrom(tokens, from) is var end && end < tokens.Count && tokens[end].Text == "?";
    }

    /// <summary>
    /// The negative at <paramref name="at"/> opens its sentence (openers such as "well" before it pass), is one of
    /// language.yaml's negative_question_openers, and the sentence runs on without a comma to a question mark.
    /// </summary>
    private static bool OpensANegativeQuestion(IReadOnlyList<Token> tokens, int at)
    {
        if (!Words.NegativeQuestionOpeners.Contains(tokens[at].Text))
        {
            return false;
        }

        var before = at - 1;
        while (before >= 0 && (tokens[before].Kind == TokenKind.Comma || Words.Openers.Contains(tokens[before].Text)))
        {
            before--;
        }

        if (before >= 0 && tokens[before].Kind != TokenKind.SentenceEnd)
        {
            return false;
        }

        var end = TokenRuns.SentenceEndFrom(tokens, at);
        for (var i = at + 1; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Comma)
            {
                return false;
            }
        }

        return end < tokens.Count && tokens[end].Text == "?";
    }

    private static bool HedgedAfter(IReadOnlyList<Token> tokens, int end)
    {
        var limit = end;
        while (limit < tokens.Count && limit - end < WordsAfter && tokens[limit].IsWordLike && !Negation.IsClauseBreak(tokens[limit].Text))
        {
            limit++;
        }

        return ContainsCue(tokens, end, limit, HedgesAfter) >= 0;
    }

    /// <summary>
    /// Where to look for the subject of a phrase: back past its negation window to the start of its sentence, at most
    /// <see cref="SubjectReach"/> tokens. A subject carries over a clause with none of its own ("my dad had back pain and
    /// then couldn't control his bladder", "mi marido tiene dolor de espalda y le cuesta orinar"); a person named later,
    /// "I" or another, takes over from it (<see cref="AnyOtherPerson"/>). Before the window only a person named, never a
    /// pronoun, is a subject (<see cref="Negation.Pronouns"/>).
    /// </summary>
    private static int SubjectFrom(IReadOnlyList<Token> tokens, int windowStart)
    {
        var i = windowStart;
        while (i > 0 && windowStart - i < SubjectReach && tokens[i - 1].Kind != TokenKind.SentenceEnd)
        {
            i--;
        }

        return i;
    }

    private const int SubjectReach = 16;

    /// <summary>
    /// Another person stands before the phrase (from <see cref="SubjectFrom"/>; a pronoun only inside the negation window,
    /// from <paramref name="windowStart"/>), and the last person named from there to the phrase's end is
    /// not the writer ("my mum had cancer", "Gerald told me he lost control of his bowels", but not "the kids say I
    /// can't control my bladder").
    /// </summary>
    private static bool AnyOtherPerson(IReadOnlyList<Token> tokens, int from, int windowStart, int to, int end)
    {
        for (var i = from; i < to; i++)
        {
            if (i < windowStart && Negation.Pronouns.Contains(tokens[i].Text))
            {
                continue;
            }

            if (Negation.OtherPeople.Contains(tokens[i].Text) || i + 1 < to && Negation.IsOtherPersonPair(tokens[i].Text, tokens[i + 1].Text))
            {
                var other = true;
                for (var j = i + 1; j < end; j++)
                {
                    if (Negation.FirstPerson.Contains(tokens[j].Text))
                    {
                        other = false;
                    }
                    else if (!other && Negation.OtherPeople.Contains(tokens[j].Text))
                    {
                        other = true;
                    }
                }

                return other;
            }
        }

        return false;
    }
}
