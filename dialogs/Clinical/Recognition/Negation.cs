namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// NegEx-style cue lists (Chapman et al. 2001; negspacy termsets), adapted to lay chat.
/// Cues are looked for only BEFORE a phrase (and hedges also just after it), inside its clause.
/// </summary>
internal static class Negation
{
    /// <summary>How many words before a phrase a cue may stand.</summary>
    public const int Window = 6;

    /// <summary>Words and phrases that negate what follows (apostrophes dropped: "don't" → "dont").</summary>
    public static readonly string[][] NegationCues = Split(
    [
        "no", "not", "never", "without", "none", "nor", "neither", "dont", "doesnt", "didnt", "havent", "hasnt",
        "hadnt", "isnt", "arent", "wasnt", "werent", "wont", "cant say", "denies", "deny", "free of", "nothing",
        "no sign of", "no signs of", "nope", "nah", "zero", "ruled out", "cant be", "couldnt be", "cannot be", "nae",
        "aint got", "havnt", "dnt", "didnae", "havenae", "hasnae", "isnae", "nothing like",
    ]);

    /// <summary>
    /// Phrases that start like a negation but negate nothing (NegEx's pseudo-negations): "no joke, I can't feel my
    /// legs", "went from nothing to agony", "no matter how I lie". A negation cue inside one of these is not a cue.
    /// </summary>
    public static readonly string[][] PseudoNegations = Split(
    [
        "no joke", "no lie", "no kidding", "not gonna lie", "not going to lie", "no word of a lie", "no cap", "from nothing",
        "nothing to", "no matter", "no doubt", "no wonder", "not only", "not just", "nothing but", "no end", "cant wait",
        "no messing", "no exaggeration", "not exaggerating", "im not joking", "not joking", "no jokes",
        "no more when", "no more since", "no more because", "no more now", "no more at all",
    ]);

    /// <summary>Uncertainty cues: the finding is Hedged (asked again plainly), never Absent.</summary>
    public static readonly string[][] HedgeCues = Split(
    [
        "not sure", "unsure", "not certain", "maybe", "might", "might be", "perhaps", "possibly", "possible",
        "probably", "probably not", "i think", "i guess", "i suppose", "kind of", "kinda", "sort of", "sorta",
        "a bit", "a little", "slightly", "dunno", "dont know", "do not know", "no idea", "dont think", "do not think",
        "not really sure", "hard to say", "hard to tell", "cant tell", "could be", "wondering", "wonder if",
        "not 100", "idk", "unclear", "a bit odd",
    ]);

    /// <summary>Cues that a finding was only supposed ("I thought I had…"); with a correction after it, it is absent.</summary>
    public static readonly string[][] SupposedCues = Split(
    [
        "thought", "i thought", "was worried", "were worried", "i was scared", "feared", "i wondered", "wondered if",
        "suspected", "assumed", "was convinced", "said", "i said", "i meant",
    ]);

    /// <summary>Corrections that undo a supposed finding.</summary>
    public static readonly string[][] CorrectionCues = Split(
    [
        "but", "turned out", "turns out", "it was just", "it was only", "was just", "was only", "wasnt", "werent", "isnt",
        "checked", "false alarm", "negative", "but no", "so no", "its fine", "its normal", "normal now", "fine now",
        "feels normal", "its not", "it wasnt", "was broken", "the same as always", "nothing wrong",
    ]);

    /// <summary>Another person: a history finding they had is not the user's ("my mum had cancer").</summary>
    public static readonly HashSet<string> OtherPeople = new(StringComparer.Ordinal)
    {
        "mum", "mom", "mother", "mums", "moms", "dad", "father", "dads", "sister", "brother", "aunt", "auntie",
        "uncle", "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandfather", "grandpa", "nan",
        "nana", "cousin", "friend", "friends", "wife", "husband", "partner", "son", "daughter", "family", "parents",
        "parent", "relative", "relatives", "colleague", "neighbour", "neighbor", "boyfriend", "girlfriend", "he",
        "she", "his", "her", "they", "their", "sibling", "nephew", "niece", "dog", "dogs", "cat", "cats", "puppy",
        "kitten", "pet", "baby", "kid", "kids", "child", "children", "toddler", "grandson", "granddaughter",
        "grandkids", "grandchild", "grandchildren", "boss", "mate", "mates", "colleague", "colleagues", "bairn", "bairns",
        "kiddo", "youngest", "eldest", "lad", "lass", "boy", "girl", "wean", "coworker", "coworkers", "workmate",
        "classmate", "madda", "fadda", "pops", "elder", "someone", "somebody", "everyone", "hubby", "missus",
        "mrs", "fiance", "fiancee", "flatmate", "roommate", "housemate", "bf", "gf",
    };

    /// <summary>The person speaking of themselves: after another person's name, the finding is theirs again.</summary>
    public static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "ill", "my", "me", "myself", "mine", "meself", "mi",
    };

    /// <summary>Words that end a clause: a cue before them never reaches a phrase after them.</summary>
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "except", "yet", "still", "now", "just", "whereas", "apart",
        "otherwise", "instead", "besides", "also", "then",
    };

    /// <summary>After a comma or "and", these start a new clause with its own subject.</summary>
    private static readonly HashSet<string> NewSubjects = new(StringComparer.Ordinal)
    {
        "i", "my", "it", "its", "there", "im", "ive", "id", "ill", "me", "this", "that", "thats", "theres",
        "the", "since", "today", "yesterday", "recently", "lately",
    };

    public static bool IsClauseBreak(string word) => ClauseBreaks.Contains(word);

    public static bool StartsNewSubject(string word) => NewSubjects.Contains(word);

    private static string[][] Split(string[] cues) => cues.Select(c => c.Split(' ')).ToArray();
}
