using BackSpasmBot.Clinical.Catalog;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// The lay phrases for every finding, fact and modifier: clinical data for review, kept apart from the matcher.
/// Syntax: <c>{a|b c}</c> alternatives, <c>@list</c> a shared word list below, <c>*</c> up to 4 words in the same
/// clause, <c>word*</c> any word starting with "word". A leading <c>!</c> marks a phrase that says the finding is
/// absent ("peeing is fine"); a leading <c>~</c> cancels an overlapping match ("one of my legs"); a leading <c>?</c>
/// marks a phrase that suggests the finding without settling it, so it is asked about plainly ("getting worse").
/// UK and US wording both. Negation, hedging and typos are handled by the matcher, not here.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words for the saddle area's genital part that do not name the organs themselves.</summary>
    private static readonly HashSet<string> NotOrgans = new(StringComparer.Ordinal)
    {
        "down there", "down below", "nether regions", "groin", "crotch", "bits", "fanny", "front bottom", "private area",
        "private region", "lady garden",
    };

    /// <summary>Internal cue ids: used by <see cref="CoOccurrences"/>, never returned.</summary>
    public const string CueFallOrLift = "cue:fall_or_lift";
    public const string CueMeningitisCompanion = MeningitisCompanion;
    public const string CueSteroidTablets = "cue:steroid_tablets";
    public const string CueSuddenOnset = "cue:sudden_onset";
    public const string CueSeverePain = "cue:severe_pain";

    /// <summary>Shared word lists for <c>@name</c> in phrases: the body parts and changes of <see cref="BodyWords"/>, then these.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Lists = BodyWords.Lists.Concat(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["cant"] = ["cant", "cannot", "can not", "couldnt", "could not", "unable to", "not able to", "struggling to",
            "struggle to", "havent been able to", "hasnt been able to", "not been able to", "cant seem to", "trouble",
            "difficulty", "difficult to", "hard to", "problem", "problems", "issues", "struggling", "having trouble",
            "having to strain to", "straining to", "cyah", "cyaan", "kyaan", "caan", "cah", "canna", "cannae", "cnt",
            "no been able tae", "no been able to", "not able tae", "been unable to", "finding it hard to"],
        ["wipe"] = ["wipe", "wiping", "wiped", "toilet paper", "toilet tissue", "loo roll", "tissue", "bog roll"],
        ["legsymptom"] = ["pain", "painful", "pains", "hurt", "hurts", "hurting", "ache", "aches", "aching", "achy",
            "burning", "shooting", "sore", "sciatica", .. BodyWords.Lists["sensation"], .. BodyWords.Lists["weakness"]],
        ["weaknumb"] = ["weak", "weakness", "numb", "numbness", "tingl*", "dead", "heavy", "limp", "paralysed",
            "paralyzed", "pins and needles", "useless", "no strength"],
        ["severe"] = ["severe", "severely", "agony", "agonising", "agonizing", "excruciating", "unbearable", "intense",
            "terrible", "awful", "horrendous", "extreme", "worst", "really bad", "very bad", "so bad", "crippling", "tearing", "ripping",
            "8 out of 10", "9 out of 10", "10 out of 10", "11 out of 10", "eight out of ten", "nine out of ten", "ten out of ten", "cant bear", "cannot bear", "screaming", "off the charts", "through the roof"],
        ["sudden"] = ["sudden", "suddenly", "out of nowhere", "all of a sudden", "out of the blue", "came on fast",
            "without warning", "instantly", "in an instant", "all at once", "at once", "split second", "in a second",
            "in seconds", "within seconds", "from nowhere", "like a switch", "really suddenly", "like a bolt", "bang"],
        ["tummy"] = ["tummy", "stomach", "belly", "abdomen", "abdominal", "gut", "stomache"],
        ["hurts"] = ["pain", "pains", "painful", "ache", "aches", "aching", "achy", "hurt", "hurts", "hurting", "sore",
            "agony", "killing", "twinge", "twinges", "spasm*", "cramp*", "throbbing", "stabbing", "burning"],
        ["tingle"] = ["numb", "numbness", "tingl*", "pins and needles", "prickl*", "buzzing", "fizzing"],
        ["back"] = ["back", "lower back", "upper back", "spine", "lumbar", "backbone", "low back", "middle of my back"],
        ["stiff"] = ["stiff", "stiffness", "stiffened", "rigid", "seized", "seized up", "locked", "locked up", "tight",
            "tightness", "cant bend", "cannot bend", "hard to bend", "cant move", "cant straighten"],
        ["headache"] = ["headache", "headaches", "head ache", "head hurts", "head is hurting", "head pain",
            "migraine", "pain in my head"],
        ["light"] = ["light", "lights", "bright light", "bright lights", "sunlight", "daylight"],
        ["vomiting"] = ["vomit", "vomiting", "vomited", "been sick", "being sick", "throwing up", "threw up", "puking"],
        ["other"] = ["mum", "mom", "mother", "dad", "father", "sister", "brother", "wife", "husband", "friend"],
        ["intimacy"] =
        [
            "sex", "intercourse", "making love", "make love", "intimacy", "intimate", "we have sex", "we do it", "we do stuff",
            "do stuff", "we were together", "were together", "we are together", "were intimate", "having relations", "in bed together",
        ],
        ["saddle"] = [.. BodyWords.Lists["genitals"], .. BodyWords.Lists["buttocks"], .. BodyWords.Lists["innerthighs"]],

        // Genital words that name the organs themselves: numbness there is also a change in sexual feeling.
        ["sexorgans"] = [.. BodyWords.Lists["genitals"].Where(word => !NotOrgans.Contains(word.TrimStart('=')))],
    }).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>Finding id → phrases. Sources are on the finding in clinical-content/findings.yaml.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Phrases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [BladderBowel] =
        [
            "@cant * @pee", "@cant * {start|stop|hold|control} * @control", "@cant * {go|use} * @toilet",
            "{cant|cannot|can not|unable to|not able to|no|lost|losing|loss of|lack of|poor|less|without} * control * @control",
            "{without|no|lost|losing} * control", "{bladder|bowel|bowels|waterworks} * {control|accident|accidents|problem|problems|issues|trouble|leak*|weak|changed|different|not working|wont work|isnt working|full|retention|emptying|empty}",
            "{problem|problems|trouble|issues|difficulty|changes|change|accident|accidents} * {bladder|bowel|bowels|peeing|weeing|waterworks|the toilet}",
            "@wetself", "@pee * @accident", "@poo * @accident", "@toilet * @accident", "@accident * @pee", "@accident * @poo", "@accident * @toilet",
            "@pee * @cantgo", "@cantgo * @pee", "@poo * @cantgo", "@toilet * @cantgo", "{need|needing|needed} to go * @cantgo", "{need|needing|needed|desperate for|bursting for|busting for|dying for|want|wanting|tried|trying} * @pee {but|and} * @cantgo", "{retention|incontinen*}",
            "{leaking|leak|leaks|leaked|dribbling|dribble|dribbles|dribbled}",
            "{cant|cannot|can not|couldnt|cannae|cyaan|dont|didnt|not|never} {feel|know|tell|notice|noticing} * {bladder|when i need|when a need|need to pee|need to wee|need to go|need the toilet|full|pee coming|wee coming|im peeing|im weeing|peeing|weeing|needed to go|i need to go|i needed to go}",
            "{havent|hasnt|not|havnt|aint} {peed|weed|urinated|been for a wee|been for a pee|had a wee|had a pee|passed urine|passed water|been to the toilet|been to the loo|been to the bathroom|been able to go|been able to pee|been able to wee} * {since|all day|for|today|in|hours}",
            "{cant|cannot|cyaan|cannae|unable to} pass {water|urine}",
            "{need|needing|wearing|had to wear|using} * {pads|nappy|nappies|diaper|diapers|incontinence pads}",
            "{pee|wee|peeing|weeing|urine|stream|flow} * {wont come|won't come|not coming|just dribbles|stopped|weak|slow|thin|dribbly}",
            "{weak|slow|poor|dribbly|thin} {flow|stream}",
            "{no|lost|lost the|less|reduced} {feeling|sensation} * {pee|wee|poo|urine|bowel movement|go to the toilet}",
            "~{nearly|almost} @wetself", "~{ice pack|bottle|hot water bottle|cup|tap|roof|pipe|tyre|tire} * {leak*|dribbl*}",
            "~@wetself * {laughing|laugh|laughed|with fright|with fear|scared|with shock}", "~{car|road|traffic|bike} accident*", "~accident * {car|road|traffic|bike|crash|at work}",
            "!{bladder|bowel|bowels|peeing|weeing|waterworks|pee|wee|pooing|toilet|dunny|loo} * {fine|normal|normally|ok|okay|alright|all right|good|unaffected|no problem|no problems|no change|no dramas|no bother|no trouble|sweet}",
            "!{pee|wee|go to the toilet} {fine|normally|ok|okay|as usual}",
        ],
        [SaddleNumbness] =
        [
            "@sensation *3 @saddle", "@saddle *3 @sensation", "{cant|cannot|can not|couldnt|hardly|barely|cyaan|cannae} feel * @wipe",
            "{no|lost|loss of|less|reduced|changed|change in|different|lost the|lost all|decreased|altered|diminished|abnormal} * @saddle * {feeling|sensation}",
            "{cant|cannot|can not|couldnt|hardly|barely|cyaan|cannae} feel * {seat|toilet seat|loo seat|dunny seat|when i sit|when a sit}",
            "@wipe * {odd|strange|funny|weird|different|numb|cant feel|cannot feel|couldnt feel|hardly feel|barely feel|no feeling|dont feel|doesnt feel|cyaan feel}",
            "{odd|strange|funny|weird|different|numb|no feeling} * {when i wipe|when wiping|wiping|wipe}",
            "saddle {anaesthesia|anesthesia|numbness}",
            "~@saddle * {down|into|to|through} * @oneleg", "~{one|left|right} {buttock|cheek|bum cheek|side of my bum|side of my bottom}",
            "~@sensation * from * @saddle * down", "~@sensation * {one|left|right} * {buttock|cheek|bum cheek|glute}",
            "~bottom {of|step|stair|shelf|drawer|bunk}", "~{at|to|from|hit} {the|rock} bottom",
        ],
        [SexualDysfunction] =
        [
            "{erection|erections|erectile|impotence|impotent|ejaculat*|orgasm|orgasms|climax}",
            "{cant|cannot|trouble|problems|difficulty|unable to|couldnt} * {get|keep|getting|keeping} * {hard|erect|it up|stiff}",
            "{cant|cannot|couldnt|unable to} {finish|come|cum|climax}",
            "@cant * {get|keep|getting|keeping|maintain|have} * {it up|hard|erect|an erection|a stiffy|a hard on|a boner|a woody|wood|a fat|it going|a stiff one}",
            "{crack a fat|get it up|keep it up|get hard|stay hard|get a boner|get a stiffy|get an erection|get a hard on|get wood}",
            "{cant feel|no feeling|numb|dont feel|feel nothing|cant feel anything|not feeling anything} * {during|when|while} * @intimacy",
            "@feelingloss * {during|when|while|with} * @intimacy", "{doesnt|dont|didnt|cant|cannot} feel {anything|a thing|nothing} * {during|when|while|with} * @intimacy",
            "~{his|her|he|she|boyfriend|girlfriend|husband|wife|partner|hubby} * {crack a fat|get it up|keep it up|get hard}", "{when i came|when i come|when i finish} * {nothing|didnt|no feeling}",
            "{no|lost|loss of|less|reduced|changed|change in|different|lost the|lost all} {feeling|sensation} * {during sex|in sex|in bed|when we}",
            "{no|lost|loss of|less|reduced|changed|change in|different|lost the|lost all|decreased|altered} * @genitals * {feeling|sensation}",
            "{off|different|not right|not working|wrong|changed|numb} * {in the bedroom|in bed|during sex|with sex|sexually}",
            "{sex|sexual|in the bedroom|intimacy|intimate} * {numb|no feeling|different|feels different|problem|problems|function|changed|dont work|doesnt work|not working|no longer work|cant feel|off}",
            "{things|it} * {dont|doesnt|no longer|wont|isnt} {work|working} * {husband|wife|partner|bedroom|sex|down there}",
            "{things|it|nothing|nothings|everything} * {in the bedroom|down there|downstairs|down below|in bed} * {dont|doesnt|no longer|wont|isnt|havent|hasnt|not|stopped|arent} * {work|working|worked}",
            "{nothing|nothings|not|isnt|aint|stopped} {working|work} {downstairs|down there|down below|in the bedroom}",
            "{downstairs|down there|down below} * {not working|isnt working|doesnt work|dont work|wont work|stopped working|gone numb|no feeling|dead}",
            "{numb|numbness} *3 @sexorgans", "@feelingloss *4 @sexorgans", "@sexorgans *3 {numb|numbness}", "@sexorgans *3 @feelingloss", "@sexorgans * {wont|doesnt|dont|isnt|not} {work|working|respond|get hard}",
            "~{his|her|he|she|boyfriend|girlfriend|husband|wife|partner} * {cant|cannot|couldnt} * {get|keep} * {hard|it up}",
        ],
        [BothLegs] =
        [
            "@legsymptom * @bothwords * @legs", "@bothwords * @legs * @legsymptom", "@legs * @legsymptom", "@legs * @bothwords * @legsymptom",
            "@legsymptom * {in|down|into|through|across|to|into both|of} * @legs", "{bilateral|double} sciatica", "{bilateral|bilaterally|both} {lower limb|leg|limb|foot|calf|thigh} * @legsymptom",
            "@bothwords {legs|feet|thighs|calves|knees|foot}", "@bothwords my {legs|feet}", "@bothwords of my {legs|feet}",
            "both feet * @weaknumb", "feet * @weaknumb", "@weaknumb * {in|of} * feet", "{from the waist|from my waist|from the hips|from my hips} down * @legsymptom",
            "~one of my {legs|feet}", "~{legs|feet} * {fine|ok|okay|normal|alright|are fine}", "~{inside|insides|inner|tops} * {thighs|legs}",
            "~{strength|feeling|sensation|power} * {normal|fine|ok|okay|good} * @bothwords * @legs", "~@legs {like jelly|like lead|are jelly} * after",
            "~{like jelly|jelly|wobbly|heavy|aching|achy|sore|tired|dead} * after * {gym|run|running|workout|leg day|training|walk|hike|squats|football|game|match}",
            "!{legs|feet} * {are|feel|seem} * {fine|ok|okay|normal|alright}", "!{strength|feeling|sensation} * {normal|fine|ok|okay} * both * @legs",
        ],
        [LimbSensationLoss] =
        [
            "@feelingloss * @limb", "@limb * @feelingloss",
            "{no|lost|lost all|lost the|loss of|losing|losing the|lack of|without} {feeling|sensation} * @limb",
            "@limb * {lost|losing} * {feeling|sensation}", "{numb|numbness} * {in|of} * @bothwords * @legs",
            "@bothwords * @legs * {numb|numbness}", "@legs * @bothwords * {numb|numbness}", "~dead on my feet",

            // Numb can mean less feeling or none: asked about plainly ("have you lost the feeling…?").
            "?{numb|numbness|gone numb|numbish} * @limb", "?@limb * {numb|numbness|numbish}",
            "~{cant|cannot} feel my {legs|feet} * after", "~{asleep|fell asleep|gone to sleep|went to sleep} * {sitting|sat|from sitting|crossed}",
        ],
        [OneSideWeakness] =
        [
            "{left|right} {arm|hand} and * {leg|foot} * @weaknumb", "@weaknumb * {left|right} {arm|hand} and * {leg|foot}",
            "{left|right} {leg|foot} and * {arm|hand} * @weaknumb", "@weaknumb * {left|right} {leg|foot} and * {arm|hand}",
            "{one side|left side|right side|half} of {my|the|me|mi} {body|face}", "@weaknumb * down {one side|my left side|my right side|the left side|the right side}",
            "{whole|entire} {left|right} side", "{left|right} side * {numb|weak|dead|heavy|useless|wont work}",
            "@face * {droop*|dropped|dropping|drop|lopsided|fallen|sagging|hanging|wonky|crooked|twisted|numb|weak|slipped|not moving}",
            "{droop*|lopsided|wonky|crooked|hanging} * {face|mouth|smile|eye|lip}", "{face|mouth} * one side",
            "{slur*} * @speech", "@speech * {slur*|garbled|jumbled|strange|funny|weird|wrong|not clear|not coming|muddled|mixed up|not right|coming out wrong}",
            "{slurring|slurred|slurry}", "{dysarthria|dysarthric|dysphasia|dysphasic|aphasia|aphasic|hemiparesis|hemiplegia|hemiplegic|hemisensory|facial palsy}",
            "@face * {off|different|wrong|numb|tingl*|weak} * {one side|on one side|that side|the same side|same side|one sided}",
            "@speech * {slow|slower|thick|off|all wrong|muddled up|not making sense}", "{cant|cannot|cyaan|struggling to|trouble|hard to} {speak|talk|get my words out|find my words|find the words|talk good|talk properly}",
            "@arm * {suddenly|sudden} * {weak|numb|limp|dead|useless|heavy}", "{sudden|suddenly} * @arm * {weak|numb|limp|dead|useless}",
            "{hand|hands|arm|grip} * {wont|cant|doesnt|cannot} {grip|hold|lift|work|move}",
            "{having|having a|think its a|think im having a|like a|signs of a|signs of|mini} stroke", "{tia|mini stroke|mini-stroke}",
            "~{had|has|had a|history of|previous|last year|years ago} * stroke",
        ],
        [BalanceCoordination] =
        [
            "balance * {all over|gone|off|shot|terrible|bad|poor|not right|not good|wonky|dodgy}", "{stagger*|stotting|stoating|swaying|reeling|veering|weaving}",
            "{like|as if|as though} * {drunk|pissed|had * pints|had a few|had a skinful|legless}", "{cant|cannot} get my {legs|feet} to",
            "{walk*|walking|bumping|bumped} into {things|walls|the wall|the door|door frames|the door frame|doors|furniture}",
            "{lose|losing|lost|loss of|poor|bad|off|problems with|problem with|trouble with|trouble keeping|cant keep|struggling with} * balance", "!balance * {fine|ok|okay|normal|good|alright}",
            "{unsteady|wobbly|clumsy|staggering|stumbling|uncoordinated|unbalanced|off balance}",
            "{cant|cannot|can not|struggling to|unable to|hard to|trouble} walk {straight|properly|in a straight line|normally|right}",
            "{keep|keeps|kept|keep on} {falling|tripping|stumbling|toppling}", "coordination",
            "walk* * like {im|i am|i was} drunk", "{legs|feet} * {wont|dont|will not} do what",
        ],
        [ChestPain] =
        [
            "chest * {elephant|someone sitting|sitting on|squeez*|vice|vise|clamp*|crush*}",
            "chest * {pain|pains|hurts|hurt|hurting|tight|tightness|pressure|heavy|heaviness|crushing|squeezing|ache|aching|sore|burning|band|weight}",
            "{pain|pains|tight|tightness|pressure|heaviness|crushing|squeezing|ache|aching|weight|band} * {in|on|across|around|over} * chest",
            "{tight|crushing|heavy|painful|sore} chest", "heart attack", "angina",
            "{breathless|breathlessness|short of breath|shortness of breath|cant breathe|can not breathe|cannot breathe|cant catch my breath|struggling to breathe|struggling to get my breath|hard to breathe|difficulty breathing|trouble breathing|gasping|cant get my breath}",
            "{hurts|painful|pain|agony|sharp} * {to breathe|when i breathe|breathing in|when breathing|take a breath|deep breath}",
            "{jaw|left arm} * {pain|ache|aching|tight|heavy} * chest",
            "~{had|have had|previous|history of|after my|since my|old|last year} * heart attack",
        ],
        [AorticSigns] =
        [
            "{like|as if|feels like} * {something|it} {tore|ripped|burst|popped|split}", "{sweaty|clammy} and {grey|gray|pale}",
            "@severe * @tummy", "@sudden * @tummy", "@tummy * and * back * @severe", "@tummy * {throb*|puls*|beating|heartbeat|pounding}",
            "{throb*|puls*|pounding|beating} * @tummy", "{fainted|faint|fainting|passed out|pass out|passing out|blacked out|black out|collapsed|collapse}",
            "{dizzy|dizziness|light headed|lightheaded|lightheadedness|woozy|giddy|room spinning}",
            "aneurysm", "{tearing|ripping|ripped} * {pain|feeling|sensation}",
            "~{stomach|tummy|gut|peptic|duodenal} {ulcer|ulcers|bug|upset}", "~@severe {stomach|tummy|gut} {ulcer|ulcers|bug|upset}",
            "~{faint|feel faint} {hope|chance|idea}",
        ],
        [MajorTrauma] =
        [
            "~{like|as if|as though} * {hit by a|run over|been in a}", "~{car crash|train wreck|trainwreck|car wreck} of a",
            "{came|come|fell|thrown|flew} off {my|the|a|his|her} {motorbike|bike|motorcycle|horse|quad|scooter|roof|ladder}",
            "{landed|jumped|dropped|dived|piled|fell} * on top of * {my back|me}", "?{fender bender|prang|minor accident|small accident|bump in the car}", "?{reversed|backed|drove|crashed|ran} into {me|my car|us|our car}",
            "{rear ended|t boned|hit from behind|shunted|pile up|pileup|written off|totalled|totaled}",
            "{kicked|trampled|thrown|bucked off|butted} by a {horse|cow|bull|pony}", "{horse|cow|bull|pony} {kicked|trampled|threw|bucked} me",
            "{okada|boda|tuk tuk|keke|jeepney|tricycle|matatu|bike taxi|motor taxi|rickshaw|bus|minibus|taxi|scooter|moped} * {accident|crash|collision}",
            "{car|road|traffic|motorbike|motorcycle|motor|bike|cycling|bus|lorry} {crash|accident|collision|smash|wreck}",
            "{crashed|crash|rolled|wrecked} {my|the|our} {car|bike|motorbike}", "{hit|knocked down|run over} by a {car|bus|van|lorry|truck|vehicle|bike|motorbike}",
            "{knocked|run|ran} over", "{fell|fall|fallen|falling|thrown|jumped} {off|from|out of|through} * {ladder|roof|height|horse|scaffold*|wall|tree|stairs|balcony|window|bunk|loft|trampoline|bridge|building|cliff|truck|lorry}",
            "{fell|fall|fallen|falling|tumbled} down * {stairs|staircase|steps|flight}", "{serious|bad|major|big|huge|nasty|high speed} {accident|crash|smash|collision|impact}",
            "{heavy|hard|big} {blow|hit|knock|impact} * back", "{stabbed|shot|kicked by a horse|assaulted|beaten up}",
            "whiplash", "{fall|fell} from a height",
        ],
        [MeningitisSigns] =
        [
            "meningitis", "{rash|spots} * {doesnt fade|does not fade|wont fade|dont fade|under a glass|glass test|purple|blotchy}",
            "{non blanching|nonblanching}",
        ],
        [ThunderclapHeadache] =
        [
            "?@headache * {came on|started|began} * {quick|quickly|fast}",
            "@headache * {exploded|explod*|burst|split second|all at once|like a hammer|like being hit|like a bat}",
            "{exploded|exploding|explosion|burst|bursting} * {in my head|inside my head|my head}", "?{worst|most horrendous|most painful|most severe} * @headache",
            "{worst|worse} @headache * {ever|of my life|i have ever had|ive ever had|ive had}",
            "{worst|most painful} * {headache|head pain} * {ever|life}", "@sudden * @severe * @headache",
            "@severe * @headache * @sudden", "@sudden @headache", "{thunderclap|exploding|explosive|blinding|splitting|excruciating|agonising|agonizing} * @headache",
            "@headache * {came on suddenly|like being hit|like a thunderclap|exploded|out of nowhere|like a bomb}",
        ],
        [LimbWeakness] =
        [
            "{foot|feet|toes} * {slap*|catch*|drag*|flop*|drop*|scuff*|trip*}", "{foot|drop} {drop|foot}",
            "{leg|legs|knee|knees|ankle} * {gives way|gave way|giving way|give way|buckl*|collaps*|goes from under me|go from under me}",
            "{weak|weakness|weaker|no strength|lost strength|losing strength|lost power|no power} * {in} * {leg|legs|arm|arms|foot|feet|hand|hands|ankle|knee|limb|limbs|grip}",
            "{leg|legs|arm|arms|foot|feet|hand|hands|ankle|knee|limb|limbs|grip} * {weak|weakness|weaker|no strength|feeble|limp|useless|not working}",
            "{weak|feeble|weaker} {leg|legs|arm|arms|foot|feet|hand|hands|grip}",
            "{cant|cannot|can not|unable to|hard to|struggling to} {lift|move|raise|bend|pull up|flex|point} * {foot|leg|arm|toes|ankle|hand}",
            "{cant|cannot|can not} {walk|stand} on * {heels|toes|tiptoe|tiptoes|heel}", "{trip|tripping|trips} over my {foot|feet|toes}",
            "{grip|grip is} * {weak|gone|going|weaker}", "{dropping|drop} things",
        ],
        [Fever] =
        [
            "?{feel|feeling|felt|am|im|i am|bit|little|slightly|running} * {hot|boiling|burning up|clammy|roasting|warm}",
            "~hay fever", "~hot under the collar", "?{fluey|flu ish|fluish|coming down with something}",
            "~{had|got over|recovered from|after|when i had} * {the flu|flu|covid|a cold|a bug|a fever|fever}", "~{cabin|spring|football|world cup|election} fever",
            "{high|a|raised|running a|got a} {temperature|temp}", "{fever|feverish|febrile|chills|chill|chilled|shivery|shivering|shivers|shiver|rigors|sweats|night sweats|burning up|flu like|flu}",
            "{hot and cold|hot then cold|cold and hot|hot and shivery|cold and shivery|hot and sweaty|boiling then freezing}",
            "{generally|really|very|feel|feeling|felt} {unwell|ill|rough|poorly}", "{unwell|poorly}",
            "!{temperature|temp} * {normal|fine|ok|okay}", "~{temperature|temp} * {normal|fine|ok|okay}",
        ],
        [CancerHistory] =
        [
            "{cancer|cancers|tumour|tumor|tumours|tumors|malignan*|lymphoma|leukaemia|leukemia|myeloma|melanoma|sarcoma|carcinoma|metasta*|chemo|chemotherapy|radiotherapy|radiation therapy|radiation treatment|oncolog*|mastectomy|secondaries}",
        ],
        [WeightLoss] =
        [
            "{lost|losing|lose|dropped|dropping|shed} * {weight|pounds|lbs|kilos|kg|stone|a stone|kilograms|dress size}",
            "{weight loss|weightloss}", "{clothes|trousers|jeans} * {loose|baggy|falling off|hanging off}",
            "{unexplained|unintentional|unintended|unexpected} weight",
            "~{trying|try|want|wanted|meant|been trying|diet|dieting|on purpose|deliberately|intentionally|on a diet|slimming|gym} * {lose|lost|losing} * weight",
            "~{lose|lost|losing} * weight * {on purpose|dieting|diet|deliberately|intentionally|slimming|gym}",
        ],
        [NightPain] =
        [
            "{worse|worst|bad|terrible|awful|agony|unbearable} * {at night|in the night|overnight|night time|nighttime|at nights|in bed at night|during the night}",
            "{at night|in the night|night time|nighttime} * {worse|worst|agony|unbearable}",
            "{wake|waking|woken|woke} * {at night|in the night|during the night}", "pain {wakes|woke|keeps waking} me",
            "{wakes|keeps waking|woke} me up", "keeps me {awake|up at night}",
            "{not|doesnt|dont|isnt|wont|nothing|never|no} * {eased|ease|eases|easier|better|relieve*|help*|settle*|go away} * {lying down|lie down|lying|rest|resting|lying still|lying flat|in bed}",
            "{even|still} * {at rest|when resting|when i rest|lying down|lying still|in bed|sitting still} * @hurts",
            "@hurts * {even} * {at rest|when resting|when i rest|lying down|lying still|in bed}",
            "{rest|resting|lying down|lying flat|lying still|lie down} * {doesnt|dont|isnt|wont|not|never|no} * {help*|ease*|easier|better|relieve*|difference}",
            "{day and night|night and day|24 7}", "{doesnt|dont|wont|not|never|nothing} * {ease|eases|eased|help*|better|settle*} * no matter how * {lie|sit|rest|lay}",
            "{even} {resting|at rest|lying down|lying still|in bed} * {same|no different|no better|still hurts|still bad}", "{worse|increases|worse when} * {rest|resting|lying down}",
        ],
        [ImmuneRisk] =
        [
            "{steroid|steroids|prednisolone|prednisone|dexamethasone|methylprednisolone|methotrexate|azathioprine|ciclosporin|cyclosporine|tacrolimus|mycophenolate|immunosuppress*|immune suppress*|biologic|biologics|adalimumab|humira|transplant}",
            "{weak|low|weakened|poor|compromised} immune", "{hiv|aids virus}",
            "{inject|injecting|injected|iv|intravenous} * {drugs|drug|heroin}", "heroin",
            "{urine|urinary|water|bladder|kidney|chest} infection", "{uti|utis|cystitis|sepsis|pyelonephritis}",
            "{recent|just had|had a} * {infection|antibiotics}", "antibiotics",
            "~steroid {inhaler|inhalers|cream|creams|spray|nasal spray|injection|injections|eye drops}",
            "~{took|had a course of|short course of|a course of|a short course} * {steroid|steroids|prednisolone|prednisone}",
            "{i inject|injecting}", "{on|having|getting|currently|receiving|started|start|doing|undergoing} * {chemo|chemotherapy|immunotherapy}",
            "~{stopped|finished|came off} * {steroid|steroids}",
        ],
        [FragilityInjury] = ["{fragility|osteoporotic} * {fracture|fractures|break}"],
        [SuddenSevere] =
        [
            "@sudden * @severe", "@severe * @sudden", "@severe * @hurts * @sudden", "@sudden * @hurts * @severe", "?@hurts *6 @sudden", "?@sudden * @hurts", "@severe * {came on|started|began|start|happened|hit} * @sudden",
            "{getting|gets|got|gone|going|becoming} * worse * {quickly|fast|rapidly|by the hour|every hour|and worse|so fast|quick|by the minute|every minute|minute by minute}",
            "?{getting|gets|got|gone|going|becoming} worse", "?{came on|started} * {fairly|quite|pretty} {quick|quickly|fast}",
            "?{came on|come on|started|began|happened} * {quick ish|quickish|quick|quickly|fast|sudden|suddenly}", "?{fairly|quite|pretty|kinda|kind of|sort of|bit} {sudden|suddenly}",
            "{rapidly|quickly|fast} {getting|got|gets|going|becoming} * worse", "worse and worse", "{much|far|way|lot} worse {today|now|suddenly|since}",
            "~{spasm|spasms|spasming|spasmed} * @sudden", "~@sudden * {spasm|spasms|spasmed|spasming}",
        ],

        // docs/clinical-content.md §1 limb_weakness: weakness that came on suddenly or is getting worse is an emergency (a modifier, so the
        // reason names the weakness, not "severe pain").
        [WeaknessWorsening] =
        [
            "@sudden * {weak|weakness|weaker|gave way|gives way|give way|buckled|collapsed|went from under me|dead leg}",
            "{weak|weakness|weaker} * {getting|gets|got|going|becoming} worse", "{getting|got|going} weaker",
        ],
        [NotImproving] =
        [
            "{had to stop|stopped|stop|cant go|cannot go|not been able to go|unable to go|havent been to} * {work|working|going to work|school|uni|college}",
            "{not|isnt|hasnt|havent|nt|never} * {better|improving|improved|improvement|easing|eased|settling|settled|going away|gone away}",
            "{no|nothing} {better|improvement}", "{cant|cannot|unable to|couldnt|can not|not able to|struggling to|struggle to|havent been able to} {work|cope|go to work|do anything|get out of bed|look after|manage|function|do my job|do my normal|do everyday|do daily|carry on|get on with}",
            "{struggling|struggle|not coping|cant cope}", "{off|signed off|time off|off sick} work", "off sick",
            "{months|ages|weeks and weeks} of {this|it|pain|agony}", "{for|over|more than|since|about|around|nearly|almost} {months|ages|a month|a few months|several months}",
            "{stopping|stopped|stops} me * {working|work|doing|living|everyday|daily|normal}",
        ],
        [Pregnant] =
        [
            "{im|i am|were|we are|currently} expecting", "expecting {a baby|baby|twins|our first|my first}", "{weeks|months} along", "up the duff",
            "bun in the oven", "knocked up", "in the family way", "{im|i am} carrying", "~expecting {it|to|the|that|this|more|a call|worse}",
            "~{im|i am} carrying {a|the|my|boxes|some|heavy|things|stuff|shopping|him|her|them|it|on}",
            "{pregnant|pregnancy|preggers|expecting a baby|expecting baby|expecting twins|with child|trimester|weeks gone|midwife|antenatal|prenatal}",
        ],
        [DeformityLump] =
        [
            "{bump|lump|bulge|knot|bone} * {sticking out|poking out|sticks out|pokes out}",
            "{lump|lumps|swelling|swollen|bulge|bump|mass|growth|knot} * {back|spine|on my back|lower back}",
            "{back|spine} * {lump|lumps|swelling|swollen|bulge|bump|changed shape|different shape|out of shape|deformed|misshapen|hunchback|hump|new shape}",
            "{changed|change|changing|different} shape", "{new|hard|big|painful} lump", "lump",
        ],
        [CoughSneezeWorse] =
        [
            "{cough*|sneez*|strain*} * {scream|screaming|cry|crying|floor|through the roof|murder|see stars|kills me|agony}",
            "{every|each|whenever i|when i} {cough|sneeze}", "{strain|straining} on the {toilet|loo|dunny} * {hurts|worse|agony|unbearable|pain|kills}",
            "{worse|hurts|hurt|painful|agony|kills|killing|shoots|sharp|pain|excruciating|unbearable|jolts} * {cough|coughing|coughs|sneeze|sneezing|sneezes|pooing|pooping|straining|strain on the toilet|go to the toilet|having a poo|bowel movement|laugh|laughing}",
            "{cough|coughing|coughs|sneeze|sneezing|sneezes|sneezed|coughed|straining on the toilet} * {hurts|worse|agony|kills|killing|makes it|shoots|sends|pain|jolt|painful|excruciating}",
        ],
        [ArmNumbness] =
        [
            "@arm * @tingle", "@tingle * {in|down|into|of} * @arm", "{keeps|comes and goes|on and off|keep} * @tingle * @arm",
        ],
        [Backache] =
        [
            "@back * @hurts", "@hurts * {in|to|of|across|on} * @back", "{backache|back ache|backpain|lumbago|bad back|sore back|back pain|back spasm*|back problem*}",
            "{put|threw|thrown|pulled|tweaked|strained|hurt|injured|twisted|done|did|wrecked|jarred} * {my|the} back", "back {went|gone|went out|gone out|locked|seized|playing up|is killing|gave out|went into spasm}",
            "{spasm|spasms|spasming|spasmed|spasam|spazm}", "lower back",
        ],
        [SpineStiffness] =
        [
            "@stiff * @back", "@back * @stiff", "{stiff|stiffness} * {spine|back}",
            "{cant|cannot|hard to|struggling to} {bend|straighten up|straighten|twist|turn} {over|down|up}",
        ],
        [SpineCurvature] =
        [
            "{leaning|lean|leans|leant|tilted|tilting|tilt|listing|crooked|curved|curvature|lopsided|skewed}",
            "{cant|cannot|can not|unable to} {stand|straighten} * {straight|up straight|upright|up}",
            "{bent|hunched|pulled|twisted|stuck|stooped} * {over|to one side|sideways|forward|forwards|to the side}",
        ],
        [HipButtockPain] =
        [
            "{hip|hips|buttock|buttocks|bum|bottom|glute*|butt|backside|coccyx|tailbone} * @hurts",
            "@hurts * {in|into|down|to|around|across} * {hip|hips|buttock|buttocks|bum|bottom|glute*|butt|backside|coccyx|tailbone}",
        ],
        [ArmShoulderPain] =
        [
            "{arm|arms|shoulder|shoulders|shoulder blade|shoulder blades|shoulderblade|shoulderblades} * @hurts",
            "@hurts * {in|into|down|between|to|across|under|around|of} * {arm|arms|shoulder|shoulders|shoulder blade|shoulder blades|shoulderblades}",
        ],
        [LegTinglingOneSide] =
        [
            "@tingle * {in|down|into|of|through|on} * @oneleg", "@oneleg * @tingle",
            "{one|left|right} {buttock|bum cheek|cheek} * @tingle",
        ],
        [Sciatica] =
        [
            "{sciatica|sciatic}", "{shooting|radiating|burning|electric|sharp|stabbing|pain|pains|ache|aching|shoots|travels|runs|spreads|goes} * {down|into|through|along|to} *6 @oneleg",
            "@oneleg * {shooting|shoots|radiating}",
        ],
        [NeckStiffness] =
        [
            "{stiff|stiffness|rigid|tight|sore|pain|ache|aching|cricked|crick|painful} * neck", "neck * {stiff|stiffness|rigid|tight|sore|pain|hurts|aching|ache|cricked|locked|cant move}",
            "{cant|cannot|hard to|struggling to} {turn|move|bend} my {neck|head}", "{cant|cannot} {touch|put} my chin",
        ],
        [OccipitalHeadache] = ["@headache", "{back|base} of {my|the} head * @hurts", "@hurts * {back|base} of {my|the} head"],

        // Facts and modifiers.
        [Dehydration] =
        [
            "{havent|hadnt|didnt|not|hardly|barely|forgot to|forgotten to|no time to} {drunk|drank|drink|drinking|had|been drinking|had much} * {much|enough|anything|water|fluids|a drink|all day|today}",
            "{dehydrat*|thirsty|parched}", "{sweating|sweated|sweaty|sweat} * {a lot|loads|lots|heaps|buckets|all day|so much|like mad}",
            "{in the heat|hot weather|heatwave|heat wave|hot day|sun all day|sunny day|in the sun|heatstroke|heat stroke|so hot|boiling hot|very hot}",
            "{cramp|cramps|cramping|cramped}", "{hangover|hungover}", "{diarrhoea|diarrhea|vomiting|been sick|being sick|throwing up}",
        ],
        // Medicine cautions, by reason (docs/clinical-content.md §4 nsaid_caution; NHS ibuprofen and aspirin pages). Each is also nsaid_caution.
        [Caution(MedicineCautions.StomachUlcer)] =
        [
            "ulcer*", "{stomach|gut|gi|gastric|bowel|internal} * {bleed|bleeding|bled}", "{bleed|bleeding} * {stomach|gut}",
        ],
        [Caution(MedicineCautions.Kidney)] = ["{kidney|kidneys|renal} * {problem*|disease|failure|issues|trouble|condition|damage|function|transplant}"],
        [Caution(MedicineCautions.HeartFailure)] = ["{heart|cardiac} failure"],
        [Caution(MedicineCautions.Heart)] = ["{heart|cardiac} * {problem*|disease|condition|issues|trouble|bypass|stent|stents}"],
        [Caution(MedicineCautions.HeartAttackStroke)] =
        [
            "{had|have had|previous|history of|after my|since my} * heart attack", "{had|have had|previous|history of} * stroke",
        ],
        [Caution(MedicineCautions.Liver)] = ["{liver} * {problem*|disease|failure|issues|cirrhosis|damage|condition}", "{cirrhosis|hepatitis}"],
        [Caution(MedicineCautions.BloodPressure)] = ["{high blood pressure|hypertension|blood pressure}"],
        [Caution(MedicineCautions.Asthma)] = ["{asthma|asthmatic|inhaler}"],
        [Caution(MedicineCautions.NsaidReaction)] =
        [
            "{allergic|allergy|allergies|reaction|react|reacted} * {aspirin|ibuprofen|nsaid*|anti inflammator*|naproxen|nurofen|advil|motrin}",
            "{aspirin|ibuprofen|nsaid*|anti inflammator*|nurofen|naproxen} * {allergic|allergy|reaction|wheez*|breathless|rash|hives|cant take|bad for me}",
        ],
        [Caution(MedicineCautions.BloodThinner)] =
        [
            "{warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|prasugrel|ticagrelor|heparin|blood thinner*|blood thinning|anticoagul*|antiplatelet*|eliquis|xarelto|coumadin|plavix|pradaxa|lixiana|brilinta}",
            "{daily|low dose|baby|75mg} aspirin", "aspirin {every day|each day|daily}",
        ],
        [Caution(MedicineCautions.CrohnsColitis)] = ["{crohns|crohn|colitis|ibd|inflammatory bowel}"],
        [Caution(MedicineCautions.Vomiting)] =
        [
            "@vomiting", "{not|hardly|barely|havent been} {peeing|weeing|passing urine|passing water} {much|very much|a lot}",
            "{less|little|not much|hardly any|dark} {urine|pee|wee}", "little urine",
        ],
        [Caution(MedicineCautions.TryingToConceive)] = ["{trying to conceive|trying for a baby|trying to get pregnant|ttc}"],
        [Caution(MedicineCautions.Breastfeeding)] = ["{breastfeeding|breast feeding|breastfeed|nursing my baby}"],
        [Caution(MedicineCautions.OtherMedicine)] = ["{lithium|methotrexate|ssri|sertraline|fluoxetine|citalopram|steroid|steroids|prednisolone}"],

        [Osteoporosis] =
        [
            "bones * {thin|thinning|brittle|weak|fragile|soft}", "{bone density|dexa} * {low|poor|bad}",
            "{osteoporosis|osteoporotic|osteopenia|thin bones|brittle bones|weak bones|fragile bones|low bone density|bone thinning|thinning bones}",
            "{long term|long-term|regular|daily} * {steroid|steroids|prednisolone|prednisone}",
        ],

        // Internal cues (never returned).
        [CueFallOrLift] =
        [
            "{fell|fall|fallen|falling|slipped|tripped|trip|tripping|stumbled|stumble|knocked|knock|bumped|banged|lifted|lifting|lift|carrying|carried|picked up|picking up|moving|moved}",
        ],
        [CueMeningitisCompanion] =
        [
            "@light * {hurts|hurt|hurting|bothers|bothering|painful|sore|cant stand|too bright|sensitive}", "{hurts|cant stand|sensitive to|dislike|hate|cant look at|bothered by} * @light",
            "photophobia", "{vomit*|being sick|been sick|throwing up|threw up|puking|puked|sick}", "{drowsy|sleepy|confused|confusion|cant stay awake|hard to wake}",
            "rash", "{fever|feverish|temperature|temp|high temp|shivery|shivering|chills|hot and cold|burning up}",
            "{feel|feeling|felt|bit|little|slightly|running} * {hot|boiling|roasting|warm}",
        ],
        [CueSuddenOnset] = ["@sudden", "~{spasm|spasms|spasming|spasmed} * @sudden", "~@sudden * {spasm|spasms|spasmed|spasming}"],
        [CueSeverePain] = ["@severe", "~@severe * @headache", "~@headache * @severe", "~{worst|worse} {heid|head} pain"],
        [CueSteroidTablets] = ["{steroid|steroids|prednisolone|prednisone} * {tablets|pills}", "{long term|long-term} * {steroid|steroids}"],
    };

    /// <summary>
    /// A temperature in a sentence with one of these is of the surroundings, not the body ("38 degrees outside", "a 40
    /// degree bath", "the oven at 200").
    /// </summary>
    public static readonly HashSet<string> SurroundingsWords = new(StringComparer.Ordinal)
    {
        "outside", "outdoors", "weather", "sun", "sunny", "heat", "heatwave", "humid", "humidity", "forecast",
        "room", "bedroom", "house", "flat", "office", "kitchen", "warehouse", "site", "factory", "greenhouse", "car",
        "bath", "shower", "water", "pool", "sauna", "oven", "fridge", "freezer", "aircon", "climate", "shade",
        "summer", "winter", "inside", "indoors", "degree",
    };

    /// <summary>A temperature in a sentence with one of these was taken another time ("a fever of 39 years ago").</summary>
    public static readonly HashSet<string> PastTimeWords = new(StringComparer.Ordinal) { "ago", "covid", "childhood", "kid" };

    /// <summary>...unless one of these stands just before it: the reading is now ("paracetamol 4 hours ago and still at 38.1").</summary>
    public static readonly HashSet<string> NowWords = new(StringComparer.Ordinal) { "still", "now", "currently", "today", "tonight", "presently" };

    /// <summary>A duration counts as this pain's only in a clause with one of these ("back pain for 6 weeks", "had it for 2 months").</summary>
    public static readonly HashSet<string> ThisPainWords = new(StringComparer.Ordinal)
    {
        "back", "spine", "pain", "pains", "painful", "ache", "aching", "aches", "sore", "hurt", "hurts", "hurting",
        "hurted", "spasm", "spasms", "spasming", "agony", "it", "this", "its", "started", "began", "start", "since",
        "sciatica", "stiff", "bad", "lumbago", "twinge", "paining",
    };

    /// <summary>...but not in a clause about a past illness, a medicine, an old injury or pain that comes and goes.</summary>
    public static readonly HashSet<string> PastHistoryWords = new(StringComparer.Ordinal)
    {
        "ulcer", "ulcers", "cancer", "chemo", "chemotherapy", "radiotherapy", "melanoma", "tumour", "tumor",
        "operation", "surgery", "op", "broke", "broken", "fracture", "fractured", "removed", "diagnosed", "prednisolone",
        "prednisone", "steroid", "steroids", "tablets", "pills", "medication", "medicine", "warfarin", "inhaler",
        "married", "retired", "smoked", "smoker", "smoking", "worked", "job", "recurring", "lungs", "asthma",
        "colitis", "crohns", "diabetes", "arthritis",
    };

    /// <summary>Pain that comes and goes over years is not this episode's duration ("a bad back on and off for 30 years").</summary>
    public static readonly string[] ComesAndGoes = ["on and off", "off and on", "comes and goes", "now and then", "now and again", "from time to time", "every so often"];

    /// <summary>History findings: a mention with another person as the subject is Hedged ("my mum had cancer").</summary>
    public static readonly HashSet<string> HistoryFindings = new(
        [CancerHistory, WeightLoss, ImmuneRisk, Pregnant, NsaidCaution, .. MedicineCautions.Recognisable.Select(Caution)],
        StringComparer.Ordinal);

    /// <summary>The recognizer's id for a medicine-caution reason.</summary>
    private static string Caution(string cautionId) => MedicineCautions.MentionPrefix + cautionId;

    /// <summary>
    /// Findings recognised only when two cues appear in the same message, both not negated:
    /// stiff neck + fever / light sensitivity / vomiting / drowsiness / rash is meningitis (NHS meningitis page);
    /// fall, knock or lifting + thin bones or steroid tablets is a fragility injury (AHCPR; CKS);
    /// a sudden start + severe pain in one message is sudden_severe, even across a comma ("came on suddenly, worst pain ever").
    /// With OnlyAsks, the pair makes the finding Hedged at most: it is asked about plainly.
    /// </summary>
    public static readonly IReadOnlyList<(string FindingId, string First, string Second, bool OnlyAsks)> CoOccurrences =
    [
        (MeningitisSigns, NeckStiffness, CueMeningitisCompanion, false),
        (FragilityInjury, CueFallOrLift, Osteoporosis, false),
        (FragilityInjury, CueFallOrLift, CueSteroidTablets, false),
        (SuddenSevere, CueSuddenOnset, CueSeverePain, false),

        // A headache and a sudden start anywhere in one message ("a headache, quite bad, came on suddenly? kind of"):
        // perhaps thunderclap, so it is asked about plainly, never taken as said.
        (ThunderclapHeadache, OccipitalHeadache, CueSuddenOnset, true),
    ];
}
