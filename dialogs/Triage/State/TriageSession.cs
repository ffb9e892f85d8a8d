using BackSpasmBot.Clinical;

namespace BackSpasmBot.Triage.State;

/// <summary>
/// One conversation's triage, as stored: canonical ids and facts only, never the words the person typed.
/// </summary>
public sealed class TriageSession
{
    /// <summary>The welcome and disclaimer were sent.</summary>
    public bool Welcomed { get; set; }

    public SymptomReport Report { get; set; } = new();

    /// <summary>The outcome already given, if any.</summary>
    public GivenOutcome? Outcome { get; set; }

    /// <summary>Questions given up on after two answers that could not be understood (fact questions only).</summary>
    public List<string> SkippedQuestions { get; set; } = [];

    /// <summary>Starts the triage again, keeping only that the person was welcomed.</summary>
    public void Reset()
    {
        Report = new SymptomReport();
        Outcome = null;
        SkippedQuestions = [];
    }
}

/// <summary>An outcome that was sent: enough to send it again ("show my plan").</summary>
public sealed class GivenOutcome
{
    public Disposition Disposition { get; set; }

    public List<string> Findings { get; set; } = [];

    public List<string> Plan { get; set; } = [];
}
