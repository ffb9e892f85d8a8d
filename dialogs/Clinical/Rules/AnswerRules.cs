using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>How an answer to one question changes the report (the mechanics behind <see cref="TriageRules.ApplyAnswer(SymptomReport, Question, string?)"/>).</summary>
internal static class AnswerRules
{
    public static bool ApplyFindingAnswer(SymptomReport report, Question question, string? text, IReadOnlyList<Mention> mentions)
    {
        var asked = mentions.Where(m => question.Asks.Contains(m.FindingId)).ToArray();
        var namedPresent = asked.Where(m => m.Status == FindingStatus.Present).Select(m => m.FindingId).ToArray();
        switch (AnswerParser.ParseYesNo(text))
        {
            case YesNo.Yes:
                // "yes, I can't pee" names one finding. A bare "yes" to a grouped question counts at the group's tier
                // but confirms none of its findings (docs/clinical-content.md §3: never report what the person did not say).
                if (namedPresent.Length == 0 && question.Asks.Count == 1 && asked.Length > 0 && asked.All(m => m.Status == FindingStatus.Absent))
                {
                    // "Sí, 38. Perdón, 36,8", "tengo 37,3": a yes whose own words deny the one finding asked ("yes" to a fever
                    // with a reading under 38 °C) says two things, so it is asked again plainly (docs/clinical-content.md, "When
                    // the bot cannot tell"): never taken as present, nor cleared.
                    MarkUnsure(report, question.Asks);
                }
                else if (namedPresent.Length == 0 && SaidLessSure(question, asked, text) is { Length: > 0 } hedged)
                {
                    // "Sí, bajé 5 kilos, pero porque estoy a dieta" to "cancer, or weight loss?", "yes, sudden, but it's not
                    // that bad": the yes is about what its words name, and they make it less sure, so it is asked plainly
                    // rather than taken as said (docs/clinical-content.md, "When the bot cannot tell"). A yes to an emergency
                    // question still counts at once.
                    MarkUnsure(report, hedged);
                }
                else if (namedPresent.Length > 0 || question.Asks.Count == 1)
                {
                    foreach (var id in namedPresent.Length > 0 ? namedPresent : question.Asks)
                    {
                        TriageRules.SetStatus(report, id, FindingStatus.Present);
                    }
                }
                else
                {
                    ConfirmGroup(report, question);
                }

                return true;
            case YesNo.No:
                // "no, but both my legs are numb": the named finding is applied as present afterwards and wins. "Not
                // normal, it feels numb": a change the asked red flag could be, said beside the "no", leaves it unclear.
                var contradicted = ClarificationRules.RaisedFor(question, mentions).SelectMany(raised => raised.FindingIds).ToHashSet(StringComparer.Ordinal);

                // "Noo ye mention it, wipin's felt a bit no right": a no followed by words the hint model reads as the red
                // flag asked, words that deny nothing themselves ("no, not numb at all" does), leaves it unclear too, so it
                // is asked once more plainly; the model never clears anything.
                // "No, passing urine well, stool is normal": a no that says all is as usual is a plain no.
                if (!mentions.Any(m => m.Status == FindingStatus.Absent) && !SaysAllIsUsual(text))
                {
                    contradicted.UnionWith(HintRules.SuggestedAmong(question.Asks, text));
                }
                foreach (var id in question.Asks)
                {
                    if (report.StatusOf(id) is FindingStatus.Unknown or FindingStatus.Hedged)
                    {
                        report.Findings[id] = contradicted.Contains(id) ? FindingStatus.Hedged : FindingStatus.Absent;
                    }
                }

                return true;
            case YesNo.Unsure:
                MarkUnsure(report, question.Asks.Except(namedPresent));
                return true;
            default:
                if (asked.Length == 0)
                {
                    return false;
                }

                MarkUnsure(report, asked.Where(m => m.Status == FindingStatus.Hedged).Select(m => m.FindingId));
                return true;
        }
    }

    /// <summary>
    /// A fall or a knock, given as the cause or said in any message, is asked about once more, plainly: was it a serious
    /// accident? (docs/clinical-content.md, "When the bot cannot tell": the words for how it happened are endless, the
    /// question is one.) Nothing changes when the message already said whether it was.
    /// </summary>
    public static void AskWhetherTheFallWasSerious(SymptomReport report)
    {
        if (report.StatusOf(FindingIds.MajorTrauma) == FindingStatus.Unknown)
        {
            report.Findings[FindingIds.MajorTrauma] = FindingStatus.Hedged;
        }
    }

    /// <summary>
    /// The answer to the one plain re-ask of a hedged finding: yes or no settle it (a finding the same message names as
    /// present stays present); anything else leaves it unclear after its re-ask, which escalates, unless the red flag
    /// was only the hint model's suggestion: then it is the person's first unclear answer, and asked once more.
    /// </summary>
    public static void ApplyConfirmation(SymptomReport report, string findingId, string? text)
    {
        switch (AnswerParser.ParseYesNo(text))
        {
            case YesNo.Yes:
                report.Findings[findingId] = FindingStatus.Present;
                break;
            case YesNo.No:
                report.Findings[findingId] = FindingStatus.Absent;
                break;
            // Suggested by the hint model, never said: this is the person's first unclear answer, so it is asked once more.
            case var _ when HintRules.OnlyHinted(report, findingId):
                report.Hinted.Remove(findingId);
                break;
            default:
                report.Findings[findingId] = FindingStatus.Hedged;
                report.ReAsked[findingId] = 1;
                break;
        }
    }

    /// <summary>
    /// The asked findings a yes's own words make less sure, when the question asks about no emergency finding (a yes to an
    /// emergency question counts at once): those its words name only with a hedge, or, naming none, those a word of the
    /// message softens (vocabulary, softened_by: "yes, sudden, but not that bad"). Empty otherwise.
    /// </summary>
    private static string[] SaidLessSure(Question question, Mention[] asked, string? text)
    {
        if (question.Asks.Any(id => FindingCatalog.TierOf(id) == Tier.Emergency))
        {
            return [];
        }

        if (asked.Length > 0)
        {
            return asked.All(m => m.Status == FindingStatus.Hedged) ? [.. asked.Select(m => m.FindingId)] : [];
        }

        return [.. question.Asks.Where(id => Recognition.Lexicon.Softeners.Any(softener => softener.FindingId == id
            && Said(text, softener.Cue) && !softener.Unless.Any(unless => Said(text, unless))))];
    }

    private static bool Said(string? text, string partId) =>
        Recognition.SymptomRecognizer.PartStatus(text, partId) is FindingStatus.Present or FindingStatus.Hedged;

    /// <summary>
    /// "No, passing urine well, stool is normal", "no, el cuello bien": words that say all is as usual (language.yaml,
    /// answers: said_normal), none of them straight after a negative ("not normal"), and no word of contrast, change or
    /// doubt anywhere (said_normal_unless, the hedges: "no, normal but a bit numb", "no, creo que bien").
    /// </summary>
    private static bool SaysAllIsUsual(string? text)
    {
        var words = ClinicalContent.Current.Text.Words;
        var tokens = Recognition.Tokenizer.Tokenize(text);
        var said = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            var phrase = Array.Find(words.SaidNormal, p => Recognition.TokenRuns.StartsAt(tokens, i, p));
            if (phrase is not null && !Recognition.Negation.IsNegativeWord(tokens[i - 1].Text))
            {
                said = true;
                i += phrase.Length - 1;
                continue;
            }

            if (words.SaidNormalUnless.Contains(tokens[i].Text)
                || Array.Exists(Recognition.Negation.HedgeCues, cue => Recognition.TokenRuns.StartsAt(tokens, i, cue)))
            {
                return false;
            }
        }

        return said;
    }

    /// <summary>Counts a grouped question as answered "yes" (or left unclear) without marking any of its findings.</summary>
    public static void ConfirmGroup(SymptomReport report, Question question)
    {
        if (!report.ConfirmedGroups.Contains(question.Id))
        {
            report.ConfirmedGroups.Add(question.Id);
        }
    }

    public static bool ApplyFact(SymptomReport report, Question question, string? text, IReadOnlyList<Mention> mentions)
    {
        var factId = question.Asks[0];
        var yesNo = AnswerParser.ParseYesNo(text);
        var claimed = mentions.Any(m => m.FindingId == factId && m.Status is FindingStatus.Present or FindingStatus.Hedged);
        switch (factId)
        {
            case FindingIds.Age:
                var age = AnswerParser.ParseAge(text);
                if (age is null)
                {
                    return false;
                }

                report.Age = age; // 65 or over is a medicine caution of its own (TriageRules.MedicineCautionsFor)
                return true;
            case FindingIds.Onset:
                var hours = AnswerParser.ParseOnsetHours(text);
                report.OnsetHours = hours ?? report.OnsetHours;
                return hours is not null;
            case FindingIds.Trigger:
                var trigger = AnswerParser.ParseTrigger(text);
                report.Trigger = trigger ?? report.Trigger;
                if (trigger == Trigger.FallOrKnock)
                {
                    AskWhetherTheFallWasSerious(report);
                }

                return trigger is not null;
            case FindingIds.FirstEpisode:
                // Unsure counts as a first episode: the age flag then errs towards seeing a doctor.
                report.FirstEpisode = yesNo switch
                {
                    YesNo.Yes or YesNo.Unsure => true,
                    YesNo.No => false,
                    _ => report.FirstEpisode,
                };
                return yesNo != YesNo.Unrecognized;
            case FindingIds.Dehydration:
                if (yesNo == YesNo.Unrecognized && !claimed)
                {
                    return false;
                }

                report.Dehydration = claimed || yesNo is YesNo.Yes or YesNo.Unsure;
                return true;
            case FindingIds.NsaidCaution when question.Id == TriageRules.WhichCautionId:
                // "Which one?": a reason in words is recorded from the mentions; anything else keeps the caution unnamed.
                if (!mentions.Any(m => MedicineCautions.FromMention(m.FindingId) is not null && m.Status is FindingStatus.Present or FindingStatus.Hedged)
                    && !report.CautionReasons.Contains(MedicineCautions.Unnamed))
                {
                    report.CautionReasons.Add(MedicineCautions.Unnamed);
                }

                return true;
            case FindingIds.NsaidCaution:
                if (string.IsNullOrWhiteSpace(text))
                {
                    return false;
                }

                // A reason in words ("I take apixaban"), a yes, "not sure" or anything unclear: ask a pharmacist first.
                // Only a plain no or "none of these" clears it.
                report.NsaidCaution = claimed || !(yesNo == YesNo.No || SaysNone(text));

                // A reason said with doubt in this answer was held back for this question (TriageRules): it is the reason now.
                foreach (var reason in mentions.Where(m => m.Status == FindingStatus.Hedged).Select(m => MedicineCautions.FromMention(m.FindingId)).OfType<string>())
                {
                    TriageRules.AddCaution(report, reason);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>"None of these", "none", "nothing", "neither": the checklist's no.</summary>
    private static bool SaysNone(string text)
    {
        var first = text.Trim().ToLowerInvariant().Split(' ', ',', '.', '!')[0];
        return ClinicalContent.Current.Text.Words.NoneOfThese.Contains(first);
    }

    /// <summary>First "not sure": Hedged. Not sure again (already Hedged): count the re-ask, which then counts as present.</summary>
    private static void MarkUnsure(SymptomReport report, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            switch (report.StatusOf(id))
            {
                // Suggested by the hint model, never said: this "not sure" is the person's first, so it is asked once more plainly.
                case FindingStatus.Hedged when HintRules.OnlyHinted(report, id):
                    report.Hinted.Remove(id);
                    break;

                // Hedged by this very message (its red-flag check runs first): the first "not sure", not a second.
                case FindingStatus.Hedged when !report.HedgedByThisMessage.Contains(id):
                    report.ReAsked[id] = report.ReAsked.GetValueOrDefault(id) + 1;
                    break;
                case FindingStatus.Unknown or FindingStatus.Absent:
                    report.Findings[id] = FindingStatus.Hedged;
                    break;
            }
        }
    }
}
