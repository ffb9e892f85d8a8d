using BackSpasmBot.Clinical;
using BackSpasmBot.Triage.FollowUps;

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

    /// <summary>
    /// The region the person said they are in ("I'm in the US"), as a region code; null means the deployment's region.
    /// Kept across "restart": where someone is does not change when their triage starts again.
    /// </summary>
    public string? RegionCode { get; set; }

    /// <summary>
    /// The conversation's language ("en", "es"): chosen by a request, the channel's locale or a clear first message
    /// (<see cref="Conversation.ConversationLanguage"/>). Kept across "restart"; null until chosen.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Questions given up on after two answers that could not be understood (fact questions only).</summary>
    public List<string> SkippedQuestions { get; set; } = [];

    /// <summary>Questions asked in this triage (re-asks included), for the questions-per-triage metric.</summary>
    public int QuestionsAsked { get; set; }

    /// <summary>
    /// Check-ins: the one booked, and the check-in under way. Kept across "restart" (a booked check-in is cancelled only
    /// by "stop check-ins", "forget me" or expiry).
    /// </summary>
    public FollowUpState FollowUp { get; set; } = new();

    /// <summary>Starts the triage again, keeping only that the person was welcomed.</summary>
    public void Reset()
    {
        Report = new SymptomReport();
        Outcome = null;
        SkippedQuestions = [];
        QuestionsAsked = 0;
        FollowUp.CheckingIn = false;
    }
}

/// <summary>An outcome that was sent: enough to send it again ("show my plan").</summary>
public sealed class GivenOutcome
{
    public Disposition Disposition { get; set; }

    public List<string> Findings { get; set; } = [];

    public List<string> Plan { get; set; } = [];

    /// <summary>Grouped questions answered "yes" that decided it (named as a group, never as findings).</summary>
    public List<string> Groups { get; set; } = [];

    /// <summary>The limb weakness was getting worse or sudden: the reason names the weakness.</summary>
    public bool WeaknessWorsening { get; set; }

    /// <summary>The person's reasons for the pharmacist step (medicine-caution ids).</summary>
    public List<string> MedicineCautions { get; set; } = [];
}
