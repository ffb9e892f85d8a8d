using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// What makes the bot ask a clarifying question (<see cref="ClarifyingQuestions"/>): words for a change of feeling or
/// function, or for a red-flag part of the body, that no finding's phrase accounts for ("something's gone numb",
/// "my tallywhacker's gone funny"). Phrases use the <see cref="Lexicon"/> syntax and its word lists; a leading
/// <c>~</c> explains a match away ("numb with shock"). Negated mentions ("no numbness") ask nothing.
/// </summary>
internal static class Clarifiers
{
    public const string Numb = "clarify_numb";
    public const string NoFeeling = "clarify_no_feeling";
    public const string Weak = "clarify_weak";
    public const string Control = "clarify_bladder_bowel";
    public const string Saddle = "clarify_saddle";

    public static readonly IReadOnlyDictionary<string, string[]> Triggers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Numb] =
        [
            "{numb|numbness|numbed|numbish|tingl*|pins and needles|pins n needles|pins an needles|prickl*|buzzing|fizzing|reduced feeling|reduced sensation|less feeling|altered sensation|altered feeling}",
            "~numb * {with|from} {shock|cold|fear|grief|boredom|the cold}", "~{bored|scared} numb",
        ],
        [NoFeeling] =
        [
            "{no feeling|cant feel|cannot feel|can not feel|couldnt feel|cyaan feel|cannae feel|lost feeling|lost the feeling|lost all feeling|lost sensation|no sensation|gone dead|went dead}",
            "~{cant|cannot|couldnt} feel {like|that|as if|as though|bad|guilty|sorry|right about|comfortable|my way}",
        ],
        [Weak] =
        [
            "{weak|weakness|weaker|giving way|gave way|give way|gives way|buckl*|no strength|lost strength|losing strength|paralysed|paralyzed|like jelly|wont take my weight|wont hold me}",
            "~{weak|weaker} * {stomach|tea|coffee|joke|excuse|signal|wifi|moment|spot|immune|bladder}", "~{feel|feeling|felt} {weak|weaker} {from|with|after} * {hunger|flu|cold|bug|not eating|pain}",
        ],
        [Control] =
        [
            "@accident", "@cantgo", "{cant|couldnt|cannot} {go|hold it|wait}",
            "~{car|road|traffic|bike|work|workplace|driving|motorbike} accident*", "~accident * {car|road|traffic|bike|crash|at work|on the}",
            "~{leak*|dribbl*} * {ice pack|bottle|hot water bottle|cup|tap|roof|pipe|tyre|tire|nose|oil|coffee}",
            "~{ice pack|bottle|hot water bottle|cup|tap|roof|pipe|tyre|tire|nose|oil|coffee} * {leak*|dribbl*}",
            "~{didnt make it} {to work|to the gym|in time for|to the shop|to the meeting}", "~{cant|couldnt} go {to|on|out|back|up|down|anywhere|far|for}",
            "~{strain|straining|strained} * {back|muscle|myself|neck|shoulder}", "~wet {weather|day|floor|grass|hair|towel|paint}",
        ],
        [Saddle] =
        [
            "@sexorgans", "@innerthighs", "{anus|back passage|rectum|perineum|perianal|=taint|=gooch|arsehole|asshole|butthole|bum hole|bumhole}",
            "{down there|down below|nether regions|private area|lady garden|front bottom|undercarriage|=fanny|=groin|=crotch}",
            "~{pain|kick|kicked|punch|punched|hit|kneed} * {in the} {=balls|=nuts|=groin}", "~{pull*|strain*} * =groin",
        ],
    };
}
