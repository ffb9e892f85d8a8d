using System.Globalization;
using System.Text;
using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Plays each statement of a blind corpus through the clinical pipeline exactly as the bot does with a message (the
/// red-flag check every message gets, then the answer to the open question, if any) and scores what it made of it,
/// per finding. A finding is "caught" when it is present, hedged (so asked again plainly) or among the findings a
/// clarifying question asks about: in each case the bot does not move on in silence.
/// </summary>
public sealed class CorpusScore
{
    private readonly Dictionary<string, FindingScore> _byFinding = new(StringComparer.Ordinal);

    private CorpusScore(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyDictionary<string, FindingScore> ByFinding => _byFinding;

    /// <summary>Every statement whose present or hedged finding was not caught, with the finding.</summary>
    public List<(CorpusStatement Statement, string FindingId)> Misses { get; } = [];

    /// <summary>Every statement in which a finding it does not report was read as present.</summary>
    public List<(CorpusStatement Statement, string FindingId)> FalsePositives { get; } = [];

    /// <summary>Statements with no red flag (present or hedged) that were given a clarifying question.</summary>
    public int ClarifiedWithoutRedFlag { get; private set; }

    /// <summary>
    /// Statements with no red flag (present or hedged) on which the bot would ask about one: a clarifying question, or a
    /// red flag read as unclear and so asked plainly. The cost of the safety net, in questions.
    /// </summary>
    public int AskedWithoutRedFlag => AskedWithoutRedFlagStatements.Count;

    /// <summary>The statements counted in <see cref="AskedWithoutRedFlag"/>, with what was asked.</summary>
    public List<(CorpusStatement Statement, string Asked)> AskedWithoutRedFlagStatements { get; } = [];

    public int StatementsWithoutRedFlag { get; private set; }

    /// <summary>Statements that report a red flag (present or hedged, urgent or emergency).</summary>
    public int StatementsWithRedFlag { get; private set; }

    /// <summary>
    /// Statements with a red flag on which the bot neither escalated nor asked about a red flag of that tier or higher:
    /// the person's own safety, whatever the finding is called. A statement whose labelled finding was missed but whose
    /// equal or higher red flag was caught ("numb around the bottom and the private parts", labelled sexual dysfunction
    /// too) is not counted here.
    /// </summary>
    public List<CorpusStatement> StatementsMissed { get; } = [];

    /// <summary>Statements with no red flag (present or hedged) that would end in urgent or emergency care.</summary>
    public int OverTriaged { get; private set; }

    /// <summary>
    /// Scores every statement in the corpus's own language (a Spanish corpus scored with the English content was once
    /// reported by mistake); with <paramref name="adjudicated"/>, labels the project reads differently are left out.
    /// </summary>
    public static CorpusScore Of(string name, BlindCorpus corpus, bool adjudicated = true)
    {
        using var inLanguage = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage(corpus.Language);
        var score = new CorpusScore(name + (adjudicated && corpus.Adjudications.Count > 0 ? " (adjudicated)" : string.Empty));
        foreach (var statement in corpus.Items)
        {
            var played = Play(statement, out var askedAgain);
            score.Add(statement, played, askedAgain, id => adjudicated && corpus.IsAdjudicated(statement, id));
        }

        return score;
    }

    /// <summary>
    /// What the bot's report holds after this one message, and the findings whose question the bot would ask again
    /// because it could not read the answer (QuestionLoopDialog: an answer neither applied nor attached is asked again
    /// plainly, and a second unclear answer to a red-flag question escalates).
    /// </summary>
    public static SymptomReport Play(CorpusStatement statement, out IReadOnlyList<string> askedAgain)
    {
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, statement.Text);
        askedAgain = [];
        var question = TriageRules.Questions.FirstOrDefault(q => q.Asks.Contains(statement.Context));
        var mentions = question is null ? [] : SymptomRecognizer.Recognize(statement.Text, TriageRules.ExpectsTemperature(question));
        if (question is not null && !TriageRules.AnswerQuestion(session.Report, question, statement.Text, mentions))
        {
            askedAgain = question.Asks;
        }

        return session.Report;
    }

    /// <summary>What the report holds after <paramref name="text"/> as a first message, played in <paramref name="language"/>.</summary>
    public static SymptomReport PlayOpening(string language, string text) => PlayAnswer(language, "opening", text);

    /// <summary>What the report holds after <paramref name="text"/> in answer to the question about <paramref name="context"/>.</summary>
    public static SymptomReport PlayAnswer(string language, string context, string text)
    {
        using var inLanguage = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage(language);
        return Play(new CorpusStatement { Context = context, Text = text }, out _);
    }

    /// <summary>Sensitivity over the findings of a tier: caught ÷ reported (present and hedged statements together).</summary>
    public double Sensitivity(Tier tier)
    {
        var scores = _byFinding.Values.Where(s => FindingCatalog.TierOf(s.FindingId) == tier).ToArray();
        var reported = scores.Sum(s => s.Present + s.Unsure);
        return reported == 0 ? 1 : (double)scores.Sum(s => s.PresentCaught + s.UnsureCaught) / reported;
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {Name}");
        text.AppendLine();
        text.AppendLine("| finding | tier | present: caught / n (recognised) | hedged: caught / n | negated: kept / n | false positives |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var score in _byFinding.Values.OrderBy(s => FindingCatalog.OrderOf(s.FindingId)))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{score.FindingId}` | {FindingCatalog.TierOf(score.FindingId)} | {score.PresentCaught} / {score.Present} ({score.PresentRecognised}) | " +
                $"{score.UnsureCaught} / {score.Unsure} | {score.AbsentKept} / {score.Absent} | {score.FalsePositive} |");
        }

        text.AppendLine();
        foreach (var tier in new[] { Tier.Emergency, Tier.Urgent, Tier.Gp, Tier.None })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {tier} sensitivity: {Sensitivity(tier):P1}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"- clarifying questions on statements with no red flag: {ClarifiedWithoutRedFlag} of {StatementsWithoutRedFlag}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- statements with no red flag asked about one (clarifying, or unclear so asked plainly): {AskedWithoutRedFlag} of {StatementsWithoutRedFlag}");
        foreach (var (statement, asked) in AskedWithoutRedFlagStatements)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - asked `{asked}` {statement.Id} [{statement.Context}] \"{statement.Text}\"");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"- statements with no red flag that would go to urgent or emergency care: {OverTriaged} of {StatementsWithoutRedFlag}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- statements with a red flag neither escalated nor asked about at its tier: {StatementsMissed.Count} of {StatementsWithRedFlag}");
        foreach (var statement in StatementsMissed)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - statement missed {statement.Id} [{statement.Context}] \"{statement.Text}\"");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- caught only by asking the same question again (the answer was not understood): {CaughtByAskingAgain}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- misses: {Misses.Count}; false positives: {FalsePositives.Count}");
        foreach (var (statement, id) in Misses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - miss `{id}` {statement.Id} [{statement.Context}] \"{statement.Text}\"");
        }

        foreach (var (statement, id) in FalsePositives)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - false positive `{id}` {statement.Id} [{statement.Context}] \"{statement.Text}\"");
        }

        return text.ToString();
    }

    /// <summary>Reported findings caught only because the answer to their own question was not understood and is asked again.</summary>
    public int CaughtByAskingAgain { get; private set; }

    private void Add(CorpusStatement statement, SymptomReport report, IReadOnlyList<string> askedAgain, Func<string, bool> adjudicatedAway)
    {
        var decided = TriageRules.PresentFindings(report, countUnconfirmedHedged: false);
        var clarifying = report.Clarifications.SelectMany(ClarifyingQuestions.CandidatesOf).ToHashSet(StringComparer.Ordinal);

        // A plain "yes" to a grouped question confirms none of its findings but escalates at the group's tier.
        var grouped = report.ConfirmedGroups
            .SelectMany(id => TriageRules.Questions.FirstOrDefault(q => q.Id == id)?.Asks ?? [])
            .ToHashSet(StringComparer.Ordinal);
        bool IsPresent(string id) => report.StatusOf(id) == FindingStatus.Present || decided.Contains(id);
        bool CaughtInThisMessage(string id) => IsPresent(id) || report.StatusOf(id) == FindingStatus.Hedged || clarifying.Contains(id) || grouped.Contains(id);
        bool OnlyAskedAgain(string id) => !CaughtInThisMessage(id) && askedAgain.Contains(id);
        bool IsCaught(string id) => CaughtInThisMessage(id) || OnlyAskedAgain(id);

        foreach (var id in statement.Present.Where(IsFinding).Where(id => !adjudicatedAway(id)))
        {
            var score = For(id);
            score.Present++;
            score.PresentRecognised += IsPresent(id) ? 1 : 0;
            score.PresentCaught += Count(IsCaught(id), statement, id, OnlyAskedAgain(id));
        }

        foreach (var id in statement.Unsure.Where(IsFinding).Where(id => !adjudicatedAway(id)))
        {
            var score = For(id);
            score.Unsure++;
            score.UnsureCaught += Count(IsCaught(id), statement, id, OnlyAskedAgain(id));
        }

        foreach (var id in statement.Absent.Where(IsFinding))
        {
            var score = For(id);
            score.Absent++;
            score.AbsentKept += IsPresent(id) ? 0 : 1;
        }

        foreach (var id in FindingCatalog.All.Select(f => f.Id).Where(IsPresent))
        {
            if (!statement.Present.Contains(id) && !statement.Unsure.Contains(id))
            {
                For(id).FalsePositive++;
                FalsePositives.Add((statement, id));
            }
        }

        var reported = statement.Present.Concat(statement.Unsure).Where(IsFinding).Where(id => !adjudicatedAway(id)).ToArray();
        var expectedTier = reported.Select(FindingCatalog.TierOf).DefaultIfEmpty(Tier.None).Max();
        if (expectedTier >= Tier.Urgent)
        {
            StatementsWithRedFlag++;
            var caughtTier = FindingCatalog.All.Select(f => f.Id).Where(IsCaught).Select(FindingCatalog.TierOf).DefaultIfEmpty(Tier.None).Max();
            if (caughtTier < expectedTier)
            {
                StatementsMissed.Add(statement);
            }
        }

        var redFlag = statement.Present.Concat(statement.Unsure).Any(id => FindingCatalog.TierOf(id) >= Tier.Urgent);
        if (!redFlag)
        {
            StatementsWithoutRedFlag++;
            ClarifiedWithoutRedFlag += report.Clarifications.Count > 0 ? 1 : 0;
            var asked = report.Clarifications
                .Concat(report.Findings.Where(f => f.Value == FindingStatus.Hedged && FindingCatalog.TierOf(f.Key) >= Tier.Urgent).Select(f => f.Key))
                .ToArray();
            if (asked.Length > 0)
            {
                AskedWithoutRedFlagStatements.Add((statement, string.Join(", ", asked)));
            }
            OverTriaged += TriageRules.RedFlagDecision(report) is not null ? 1 : 0;
        }
    }

    private int Count(bool caught, CorpusStatement statement, string id, bool onlyByAskingAgain)
    {
        CaughtByAskingAgain += onlyByAskingAgain ? 1 : 0;
        if (!caught)
        {
            Misses.Add((statement, id));
        }

        return caught ? 1 : 0;
    }

    private static bool IsFinding(string id) => FindingCatalog.TryGet(id) is not null;

    private FindingScore For(string id) =>
        _byFinding.TryGetValue(id, out var score) ? score : _byFinding[id] = new FindingScore(id);

    public sealed class FindingScore(string findingId)
    {
        public string FindingId { get; } = findingId;
        public int Present { get; set; }
        public int PresentRecognised { get; set; }
        public int PresentCaught { get; set; }
        public int Unsure { get; set; }
        public int UnsureCaught { get; set; }
        public int Absent { get; set; }
        public int AbsentKept { get; set; }
        public int FalsePositive { get; set; }
    }
}
