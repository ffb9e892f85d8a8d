// TEMPORARY stubs so that the solution compiles while the clinical core is written. Replaced by the real implementation.
namespace BackSpasmBot.Clinical;

public static partial class FindingCatalog
{
    public static partial IReadOnlyList<Finding> All => throw new NotImplementedException();
    public static partial Finding Get(string id) => throw new NotImplementedException();
    public static partial IReadOnlyList<string> FactIds => throw new NotImplementedException();
}
public static partial class SymptomRecognizer
{
    public static partial IReadOnlyList<Mention> Recognize(string? text) => throw new NotImplementedException();
}
public static partial class AnswerParser
{
    public static partial YesNo ParseYesNo(string? text) => throw new NotImplementedException();
    public static partial int? ParseAge(string? text) => throw new NotImplementedException();
    public static partial double? ParseOnsetHours(string? text) => throw new NotImplementedException();
    public static partial Trigger? ParseTrigger(string? text) => throw new NotImplementedException();
}
public static partial class TriageRules
{
    public static partial IReadOnlyList<Question> Questions => throw new NotImplementedException();
    public static partial void ApplyMentions(SymptomReport report, IReadOnlyList<Mention> mentions) => throw new NotImplementedException();
    public static partial bool ApplyAnswer(SymptomReport report, Question question, string? answerText) => throw new NotImplementedException();
    public static partial bool IsAnswered(SymptomReport report, Question question) => throw new NotImplementedException();
    public static partial IReadOnlyList<string> FindingsToConfirm(SymptomReport report) => throw new NotImplementedException();
    public static partial TriageDecision? RedFlagDecision(SymptomReport report) => throw new NotImplementedException();
    public static partial TriageDecision Decide(SymptomReport report) => throw new NotImplementedException();
    public static partial IReadOnlyList<string> Plan(SymptomReport report, Disposition disposition) => throw new NotImplementedException();
}
public static partial class Wording
{
    public static partial string Disclaimer(RegionContacts region) => throw new NotImplementedException();
    public static partial string Help(RegionContacts region) => throw new NotImplementedException();
    public static partial OutcomeMessage Outcome(TriageDecision decision, IReadOnlyList<string> plan, RegionContacts region) => throw new NotImplementedException();
    public static partial string PlanStep(string stepId, RegionContacts region) => throw new NotImplementedException();
    public static partial string ConfirmFinding(string findingId) => throw new NotImplementedException();
}
