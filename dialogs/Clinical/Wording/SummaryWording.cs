using System.Globalization;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>
/// The summary for a doctor (docs/handover.md): the outcome, the findings present, absent and unsure by their plain
/// names, the facts, the plan, the date and the content version. Built only from canonical ids and the content's
/// wording, so nothing the person typed can reach it.
/// </summary>
public static class SummaryWording
{
    /// <summary>The message keys this class uses; every language must have each.</summary>
    internal static readonly string[] MessageKeys =
    [
        "summary_button", "summary_sent", "summary_sent_card_only", "summary_not_yet", "summary_shared", "summary_title", "summary_intro", "summary_outcome",
        "summary_outcome_emergency", "summary_outcome_urgent", "summary_outcome_gp", "summary_outcome_selfcare", "summary_decided_by",
        "summary_present", "summary_absent", "summary_unsure", "summary_none", "summary_age", "summary_onset", "summary_onset_hours",
        "summary_onset_days", "summary_onset_weeks", "summary_first_episode", "summary_trigger", "summary_dehydration", "summary_medicine",
        "summary_plan", "summary_date", "summary_version", "summary_not_answered", "summary_yes", "summary_no", "summary_group_yes",
        "fhir_questionnaire_title",
    ];

    private static LanguageContent Text => ClinicalContent.Current.Text;

    /// <summary>The button offered with every outcome.</summary>
    public static string Button => Text.Message("summary_button");

    public static string Sent => Text.Message("summary_sent");

    /// <summary>Said with the card alone, where files cannot be sent in the message (Teams).</summary>
    public static string SentCardOnly => Text.Message("summary_sent_card_only");

    public static string NotYet => Text.Message("summary_not_yet");

    public static string Shared => Text.Message("summary_shared");

    /// <summary>True when the whole message asks for the summary (en/messages.yaml, summary_words, or the button).</summary>
    public static bool IsRequest(string? text)
    {
        var normalized = WholeMessage.Normalize(text);
        return normalized.Length > 0 && (Text.SummaryWords.Contains(normalized) || normalized == WholeMessage.Normalize(Button));
    }

    /// <summary>The outcome as one line ("Emergency: told to call 999 or go to A&amp;E now").</summary>
    public static string OutcomeLine(Disposition disposition, RegionContacts region) =>
        Wording.Fill(Text.Message("summary_outcome_" + DispositionId(disposition)), region);

    /// <summary>The contract's id for a disposition (channelData.triage.disposition).</summary>
    public static string DispositionId(Disposition disposition) => disposition switch
    {
        Disposition.Emergency => "emergency",
        Disposition.Urgent => "urgent",
        Disposition.Gp => "gp",
        _ => "selfcare",
    };

    /// <summary>Builds the summary from what the triage recorded and the outcome it gave.</summary>
    public static HandoverSummary Build(
        SymptomReport report, TriageDecision decision, IReadOnlyList<string> plan, IReadOnlyList<string> cautions, RegionContacts region, DateTimeOffset when)
    {
        var findings = FindingStates.Of(report);
        var groups = report.ConfirmedGroups
            .Select(id => TriageRules.Questions.FirstOrDefault(q => q.Id == id)?.GroupName)
            .OfType<string>()
            .Select(group => Text.Message("summary_group_yes").Replace("{group}", group, StringComparison.Ordinal));
        var steps = decision.Disposition >= Disposition.Urgent ? [] : plan.Where(Text.StepExplanations.ContainsKey).ToList();
        var decidedBy = Explanations.DecidingAnswers(decision);

        List<SummaryLine> facts =
        [
            new(Text.Message("summary_date"), when.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            new(Text.Message("summary_outcome"), OutcomeLine(decision.Disposition, region)),
            new(Text.Message("summary_decided_by"), decidedBy.Count == 0 ? Text.Message("summary_none") : string.Join("; ", decidedBy)),
            new(Text.Message("summary_age"), report.Age?.ToString(CultureInfo.InvariantCulture) ?? NotAnswered),
            new(Text.Message("summary_onset"), Onset(report.OnsetHours)),
            new(Text.Message("summary_first_episode"), YesNo(report.FirstEpisode)),
            new(Text.Message("summary_trigger"), report.Trigger is { } trigger && Condition.TriggerId(trigger) is { } id ? Text.TriggerNames[id] : NotAnswered),
            new(Text.Message("summary_dehydration"), YesNo(report.Dehydration)),
            new(Text.Message("summary_medicine"), Cautions(report, cautions)),
            new(Text.Message("summary_version"), ClinicalContent.Current.Version),
        ];

        List<SummarySection> sections =
        [
            new(Text.Message("summary_present"), [.. findings.Present.Select(Name), .. groups]),
            new(Text.Message("summary_unsure"), [.. findings.Unsure.Select(Name)]),
            new(Text.Message("summary_absent"), [.. findings.Absent.Select(Name)]),
        ];
        if (steps.Count > 0)
        {
            sections.Add(new(Text.Message("summary_plan"), [.. steps.Select(step => Text.StepExplanations[step].Name)]));
        }

        return new HandoverSummary(Text.Message("summary_title"), Text.Message("summary_intro"), facts, sections, Text.Message("summary_none"));
    }

    private static string NotAnswered => Text.Message("summary_not_answered");

    private static string Name(string findingId) => Text.Findings[findingId].Name;

    private static string YesNo(bool? value) => value switch
    {
        true => Text.Message("summary_yes"),
        false => Text.Message("summary_no"),
        null => NotAnswered,
    };

    private static string Cautions(SymptomReport report, IReadOnlyList<string> cautions)
    {
        if (report.NsaidCaution is null && cautions.Count == 0)
        {
            return NotAnswered;
        }

        var reasons = cautions.Select(id => Text.CautionReasons.GetValueOrDefault(id)).OfType<string>().Distinct().ToList();
        return reasons.Count == 0 ? Text.Message("summary_none") : string.Join("; ", reasons);
    }

    private static string Onset(double? hours)
    {
        if (hours is not { } h)
        {
            return NotAnswered;
        }

        var (key, count) = h switch
        {
            < 48 => ("summary_onset_hours", Math.Max(1, Math.Round(h))),
            < 14 * 24 => ("summary_onset_days", Math.Round(h / 24)),
            _ => ("summary_onset_weeks", Math.Round(h / (24 * 7))),
        };
        return Text.Message(key).Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

/// <summary>The summary for a doctor, ready to render (a card, a printable page): labelled facts, then lists.</summary>
public sealed record HandoverSummary(string Title, string Intro, IReadOnlyList<SummaryLine> Facts, IReadOnlyList<SummarySection> Sections, string None);

/// <summary>One labelled fact of the summary.</summary>
public sealed record SummaryLine(string Label, string Value);

/// <summary>A list in the summary (the findings present, and so on); <see cref="Items"/> may be empty.</summary>
public sealed record SummarySection(string Heading, IReadOnlyList<string> Items);

/// <summary>The findings of a report by what is known of each, in the catalog's order; derived findings count as present.</summary>
public sealed record FindingStates(IReadOnlyList<string> Present, IReadOnlyList<string> Absent, IReadOnlyList<string> Unsure)
{
    public static FindingStates Of(SymptomReport report)
    {
        var present = TriageRules.PresentFindings(report, countUnconfirmedHedged: false)
            .Where(id => report.StatusOf(id) != FindingStatus.Hedged)
            .OrderBy(FindingCatalog.OrderOf)
            .ToList();
        var known = report.Findings.Where(pair => FindingCatalog.TryGet(pair.Key) is not null).ToList();
        var unsure = known.Where(p => p.Value == FindingStatus.Hedged && !HintRules.OnlyHinted(report, p.Key)).Select(p => p.Key).OrderBy(FindingCatalog.OrderOf).ToList();
        var absent = known.Where(p => p.Value == FindingStatus.Absent && !present.Contains(p.Key)).Select(p => p.Key).OrderBy(FindingCatalog.OrderOf).ToList();
        return new FindingStates(present, absent, unsure);
    }
}
