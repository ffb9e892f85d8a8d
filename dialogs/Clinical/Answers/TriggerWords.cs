namespace BackSpasmBot.Clinical.Answers;

/// <summary>Lay words for what set the pain off (spec §3 `trigger`; seed causes). Checked in this order: fall, exercise, lifting, strain, none.</summary>
internal static class TriggerWords
{
    public static readonly string[] Fall =
        ["fall", "fell", "fallen", "falling", "knock", "knocked", "slipped", "slip", "tripped", "trip", "bumped", "banged", "hit", "accident", "crash",
         "tumble", "tumbled", "went down", "sat down hard", "missed the step", "missed the kerb", "missed the curb", "missed the last step",
         "missed the bottom step", "missed a step", "lost my footing", "landed on", "pulled me over", "knocked me over", "pushed me over",
         "went flying", "came off", "thrown off", "dropped onto"];

    public static readonly string[] Exercise =
        ["exercise", "exercising", "sport", "sports", "gym", "workout", "working out", "training", "run", "running", "ran", "jog", "jogging",
         "marathon", "football", "soccer", "rugby", "tennis", "golf", "yoga", "pilates", "swim", "swimming", "cycling", "cycle", "deadlift*",
         "squat*", "weights", "crossfit", "dance", "dancing", "netball", "basketball", "cricket", "hockey", "climbing", "hiking", "match", "game"];

    public static readonly string[] Lifting =
        ["lift*", "carry*", "carried", "picked up", "picking up", "pick up", "moving furniture", "moved furniture", "moving house", "moved house", "heavy", "shopping", "sofa", "box", "boxes"];

    public static readonly string[] Strain =
        ["strain", "strained", "another strain", "twist*", "bend*", "bent", "reach*", "awkward*", "sneez*", "cough*", "gardening", "cleaning", "hoover*", "vacuum*",
         "pulled", "overdid", "overdoing", "slept funny", "slept awkwardly", "posture", "sitting", "desk", "driving", "pushing", "pulling"];

    public static readonly string[] None =
        ["none", "nothing", "no idea", "dont know", "not sure", "no reason", "just happened", "out of nowhere", "woke up", "nothing i know of", "unknown", "no", "idk", "dunno"];
}
