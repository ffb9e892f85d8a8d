namespace BackSpasmBot.Clinical;

/// <summary>How an answer to one question changes the report (the mechanics behind <see cref="TriageRules.ApplyAnswer"/>).</summary>
internal static class AnswerRules
{
    public static bool ApplyFindingAnswer(SymptomReport report, Question question, string? text, IReadOnlyList<Mention> mentions)
    {
        var asked = mentions.Where(m => question.Asks.Contains(m.FindingId)).ToArray();
        var namedPresent = asked.Where(m => m.Status == FindingStatus.Present).Select(m => m.FindingId).ToArray();
        switch (AnswerParser.ParseYesNo(text))
        {
            case YesNo.Yes:
                // "yes, I can't pee" names one finding; a bare "yes" to a grouped question means all of them (escalate).
                foreach (var id in namedPresent.Length > 0 ? namedPresent : question.Asks)
                {
                    TriageRules.SetStatus(report, id, FindingStatus.Present);
                }

                return true;
            case YesNo.No:
                // "no, but both my legs are numb": the named finding is applied as present afterwards and wins.
                foreach (var id in question.Asks)
                {
                    if (report.StatusOf(id) is FindingStatus.Unknown or FindingStatus.Hedged)
                    {
                        report.Findings[id] = FindingStatus.Absent;
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

    public static bool ApplyFact(SymptomReport report, string factId, string? text, IReadOnlyList<Mention> mentions)
    {
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

                report.Age = age;
                if (age >= 65)
                {
                    report.NsaidCaution = true; // NHS ibuprofen: higher ulcer risk over 65
                }

                return true;
            case FindingIds.Onset:
                var hours = AnswerParser.ParseOnsetHours(text);
                report.OnsetHours = hours ?? report.OnsetHours;
                return hours is not null;
            case FindingIds.Trigger:
                var trigger = AnswerParser.ParseTrigger(text);
                report.Trigger = trigger ?? report.Trigger;
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
            case FindingIds.NsaidCaution:
                if (string.IsNullOrWhiteSpace(text))
                {
                    return false;
                }

                // Any reason given in words ("I take warfarin"), a yes, or "not sure" → ask a pharmacist first.
                report.NsaidCaution = claimed || yesNo != YesNo.No;
                return true;
            default:
                return false;
        }
    }

    /// <summary>First "not sure": Hedged. Not sure again (already Hedged): count the re-ask, which then counts as present.</summary>
    private static void MarkUnsure(SymptomReport report, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            switch (report.StatusOf(id))
            {
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
