namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// The parts recognition is built from: parts of the body and changes of feeling or function, each with the everyday,
/// slang, childish, polite, medical and crude words people use for it in British, Irish, US, Canadian, Australian and
/// New Zealand, Indian, South African and Caribbean English. <see cref="Lexicon"/> combines a region and a change
/// inside one clause ("@sensation *3 @saddle"), so a new word for a region works with every change, and the reverse.
/// Clinical data for review: adding a word here is a content change.
/// </summary>
internal static class BodyWords
{
    public static readonly IReadOnlyDictionary<string, string[]> Lists = ExactShortSlang(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Regions: the saddle area (genitals, buttocks and anus, inner thighs).
        ["genitals"] =
        [
            "genitals", "genital", "genital area", "genitalia", "privates", "private parts", "private part", "private area",
            "private bits", "private region", "intimate area", "intimate parts", "intimate region", "down there", "down below", "nether regions", "groin", "crotch", "bits",
            "lady bits", "ladybits", "lady parts", "lady garden", "front bottom", "penis", "willy", "willie", "dick",
            "cock", "knob", "todger", "tadger", "pecker", "johnson", "john thomas", "schlong", "dong", "manhood",
            "old fella", "old feller", "little fella", "the boys", "balls", "ballsack", "ball sack", "nutsack",
            "testicles", "testicle", "testes", "scrotum", "tackle", "meat and two veg", "vagina",
            "vaginal", "vulva", "labia", "clit", "clitoris", "fanny", "minge", "muff", "foof", "fufu", "pussy", "cunt",
            "twat", "snatch", "cooch", "coochie", "vajayjay", "vag", "hoo ha", "hoohaa", "punani", "punany", "poonani",
            "pum pum", "pumpum", "tuppence", "noo noo", "nunu", "wee wee", "weewee", "pee pee", "peepee", "winkie",
            "winky", "dinky", "doodle", "mickey", "cock and balls", "sex organs", "sexual organs",
        ],
        ["buttocks"] =
        [
            "bum", "bums", "bum cheeks", "bum cheek", "bottom", "buttocks", "buttock", "butt", "butt cheeks", "butt cheek",
            "backside", "arse", "ass", "arse cheeks", "ass cheeks", "rear end", "derriere", "tush", "tushy", "booty",
            "bum hole", "bumhole", "butthole", "arsehole", "asshole", "anus", "anal", "back passage", "rectum",
            "rectal", "perineum", "perineal", "perianal", "peri anal", "taint", "gooch", "grundle", "chuff", "jacksie",
            "jacksy", "batty", "botty", "bumsie", "heinie", "keister", "sit bones", "sitting bones", "saddle area",
            "saddle", "undercarriage",
        ],
        ["innerthighs"] =
        [
            "inner thighs", "inner thigh", "inside of my thighs", "insides of my thighs", "inside of my legs",
            "inside my thighs", "insides of my legs", "inside of the thighs", "between my legs", "between the legs",
            "top of my legs", "tops of my legs", "tops of my thighs", "top of my thighs", "upper thighs",
        ],

        // Regions: legs and arms.
        ["legs"] = ["legs", "thighs", "lower limbs", "foot dem", "two foot", "two feet"],
        ["bothwords"] = ["both", "baith", "bof", "two", "each", "either", "the pair of", "left and right", "right and left", "both of", "bilateral", "bilaterally"],
        ["oneleg"] = ["leg", "foot", "thigh", "calf", "buttock", "bum cheek", "knee", "shin", "ankle", "toes", "toe", "hamstring", "heel"],
        ["limb"] = ["leg", "legs", "foot", "feet", "arm", "arms", "hand", "hands", "limb", "limbs", "thigh", "thighs", "toes", "fingers", "calf", "calves", "shin", "ankle", "knee"],
        ["arm"] = ["arm", "arms", "hand", "hands", "fingers", "finger", "wrist", "forearm"],

        // Regions: the face and speech (stroke signs).
        ["face"] = ["face", "facial", "mouth", "smile", "lip", "lips", "cheek", "eye", "eyelid"],
        ["speech"] = ["speech", "words", "talking", "speaking", "voice", "talk", "speak"],

        // Changes of feeling: numbness, tingling, altered or lost sensation.
        ["sensation"] =
        [
            "numb", "numbness", "numbed", "tingl*", "pins and needles", "pins n needles", "pins an needles",
            "no feeling", "cant feel", "cannot feel", "can not feel", "couldnt feel", "cyaan feel", "cannae feel", "caint feel", "cain feel",
            "dont feel", "doesnt feel", "hardly feel", "barely feel", "not feel", "lost feeling", "lost the feeling",
            "lost all feeling", "lost sensation", "lost all sensation", "less feeling", "less sensation", "reduced feeling",
            "reduced sensation", "altered feeling", "altered sensation", "no sensation", "dead", "deadened", "gone dead",
            "asleep", "gone to sleep", "frozen", "anaesthetic", "anesthetic", "anaesthetised", "anesthetized", "novocaine",
            "injected", "fuzzy", "buzzing", "buzzy", "prickl*", "odd", "strange", "funny", "weird", "different",
            "not right", "not there", "cotton wool", "rubbery", "like rubber", "vibrating", "fizzing", "crawling", "numbish",
            "numbing", "paraesthesia", "paresthesia", "paraesthesiae", "paresthesias", "dysaesthesia", "dysesthesia",
            "hypoaesthesia", "hypoesthesia", "anaesthesia", "anesthesia",
        ],

        // Loss of feeling (not just tingling): what makes a numb limb an emergency sign.
        ["feelingloss"] =
        [
            "no feeling", "cant feel", "cannot feel", "can not feel", "couldnt feel", "cyaan feel", "cannae feel", "caint feel", "cain feel",
            "lost feeling", "lost the feeling", "lost all feeling", "lost sensation", "lost all sensation", "no sensation",
            "gone dead", "went dead", "feels dead", "is dead", "dead", "not there", "like its not mine", "not mine",
        ],

        // Changes of strength or function.
        ["weakness"] =
        [
            "weak", "weakness", "weaker", "feeble", "no strength", "lost strength", "losing strength", "no power",
            "lost power", "heavy", "like lead", "giving way", "gave way", "give way", "gives way", "buckl*", "collaps*",
            "wobbly", "jelly", "like jelly", "wont hold me", "wont take my weight", "limp", "floppy", "useless",
            "not working", "wont work", "dont work", "stopped working", "paralysed", "paralyzed", "cant move",
            "cannot move", "cant lift", "cannot lift", "cant stand", "no use", "like noodles", "like spaghetti", "noodles",
            "noodly", "wet noodles", "lame", "gone lame", "going lame", "rubber legs", "jelly legs",
        ],

        // Bladder and bowel, and their control.
        ["pee"] =
        [
            "pee", "peeing", "wee", "weeing", "urinate", "urinating", "pass urine", "passing urine", "pass water",
            "passing water", "piss", "pissing", "go for a wee", "go for a pee", "empty my bladder", "emptying my bladder",
            "urine", "wee wee", "tinkle", "widdle", "piddle", "take a leak", "whizz", "number one", "number 1", "pee pee",
        ],
        ["poo"] =
        [
            "poo", "pooing", "poop", "pooping", "crap", "shit", "bowel", "bowels", "motion", "motions", "stool", "stools",
            "number two", "number 2", "number twos", "dump", "bowel movement", "bm", "poos", "poops",
        ],
        ["toilet"] = ["toilet", "loo", "dunny", "bog", "lavatory", "lav", "washroom", "bathroom", "restroom", "wc", "potty", "latrine", "the john", "khazi"],
        ["control"] =
        [
            "bladder", "bowel", "bowels", "pee", "wee", "poo", "poop", "toilet", "urine", "myself", "waterworks", "back passage", "bum", "meself", "mesef",
        ],
        ["wetself"] =
        [
            "wet myself", "wet meself", "wet mesef", "wet the bed", "wetting the bed", "wetting myself", "wet my pants",
            "wet my trousers", "wet my knickers", "wet my underwear", "peed myself", "peed meself", "pissed myself",
            "pissed meself", "weed myself", "pooed myself", "pooped myself", "soiled myself", "soiled meself",
            "messed myself", "shat myself", "shit myself", "crapped myself", "peed my pants", "pooped my pants",
            "peeing myself", "weeing myself", "pissing myself", "pooing myself", "wetting meself", "peeing meself",
            "incontinen*", "without my control", "without any control",
        ],
        ["accident"] =
        [
            "accident", "accidents", "didnt make it", "did not make it", "couldnt make it", "couldnt hold it", "cant hold it",
            "can not hold it", "cannot hold it", "cant hold on", "couldnt hold on", "leak*", "dribbl*", "came out",
            "comes out", "just comes", "comes oot", "without knowing", "without noticing", "without feeling",
            "didnt feel it", "didnt even feel", "didnt notice", "wet", "soiled", "drip", "dripping", "drips", "drip drip",
            "without my knowing", "without me knowing", "without my knowledge", "on its own", "by itself",
        ],
        ["cantgo"] =
        [
            "cant go", "cannot go", "can not go", "couldnt go", "nothing comes out", "nothing came out", "nothing coming",
            "wont come", "not coming", "only drops", "just drops", "drops are coming", "takes forever", "takes ages",
            "cant start", "hard to start", "trouble starting", "struggle to start", "no urge", "not emptying",
            "cant empty", "doesnt empty", "isnt emptying", "retention", "weak stream", "weak flow", "slow stream",
            "slow flow", "stream is weak", "flow is weak", "aint coming", "aint comin", "isnt coming", "not comin",
            "nothing coming out", "not coming out", "wont come out", "nothing comes", "doesnt come", "dont come", "nothings coming", "nothings comin", "nothings coming out",
        ],
    });

    /// <summary>
    /// Short words for the body's private parts are matched exactly: a typo of a slang word is too often a real word
    /// ("dont" is one letter from "dong", "clot" from "clit"). Longer words keep typo tolerance ("vagnia", "testicals").
    /// </summary>
    private static Dictionary<string, string[]> ExactShortSlang(Dictionary<string, string[]> lists)
    {
        foreach (var name in new[] { "genitals", "buttocks" })
        {
            lists[name] = [.. lists[name].Select(word => word.Length <= 6 && !word.Contains(' ') ? "=" + word : word)];
        }

        return lists;
    }
}
