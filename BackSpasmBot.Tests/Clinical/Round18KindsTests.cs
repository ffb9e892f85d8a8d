using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 18 (docs/recognition.md), from the misses of corpora en-22 and es-12: a fall from a height said as a number, a
/// word of not being able before a function, dialect ways off a ladder or a tree, imperfect Spanish verbs, clinical
/// shorthand, and the edges that must stay quiet. The sentences are the team's own, not the corpora's.
/// </summary>
public sealed class Round18KindsTests
{
    /// <summary>
    /// A fall from a metre or more, in figures or words, is major trauma; a person's height or a walk is not, so the fall
    /// is only asked about plainly, as every fall said in a message is (round 42).
    /// </summary>
    [Theory]
    [InlineData("en", "I fell about twelve feet off the scaffolding onto my back", FindingStatus.Present)]
    [InlineData("en", "dropped 3 metres from the loft hatch this morning", FindingStatus.Present)]
    [InlineData("es", "me caí desde unos tres metros en la obra", FindingStatus.Present)]
    [InlineData("en", "I'm 6 feet tall and I fell over in the kitchen", FindingStatus.Hedged)]
    [InlineData("en", "walked 200 metres and fell over on the grass", FindingStatus.Hedged)]
    [InlineData("es", "mido 1,80 y me caí en la calle", FindingStatus.Hedged)]
    public void AFallFromAMetreOrMoreIsMajorTrauma(string language, string text, FindingStatus expected)
    {
        Assert.Equal(expected, Recognise(language, text, FindingIds.MajorTrauma));
    }

    /// <summary>"Not able to" before a function denies nothing: the red flag is asked about plainly.</summary>
    [Theory]
    [InlineData("since the spasm I am not able to have erection")]
    [InlineData("I have not been able to have an erection this week")]
    public void NotBeingAbleBeforeAFunctionIsAsked(string text)
    {
        Assert.NotEqual(FindingStatus.Absent, Recognise("en", text, FindingIds.SexualDysfunction));
        Assert.NotEqual(FindingStatus.Unknown, Recognise("en", text, FindingIds.SexualDysfunction));
    }

    /// <summary>The way off a ladder, a roof or a tree, in dialect or with a slip of the keyboard, and a vehicle that rolled.</summary>
    [Theory]
    [InlineData("came down hard, fell aff the roof of the shed")]
    [InlineData("fell of the ladder cleaning gutters")]
    [InlineData("i drop out a di ackee tree yesterday")]
    [InlineData("our van rolled over on the motorway on Friday")]
    public void DialectWaysOffAHeightAndARolledVehicleAreMajorTrauma(string text)
    {
        Assert.Equal(FindingStatus.Present, Recognise("en", text, FindingIds.MajorTrauma));
    }

    /// <summary>Bladder trouble said by what happens: pushing to start, a trickle, urine that will not come, imperfect Spanish.</summary>
    [Theory]
    [InlineData("en", "I have to push hard to get the pee going")]
    [InlineData("en", "the urine refused to come all night")]
    [InlineData("es", "fui al baño y no me salía nada de pis")]
    [InlineData("es", "tengo que hacer fuerza para que me salga el pis")]
    public void BladderTroubleSaidByWhatHappens(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, Recognise(language, text, FindingIds.BladderBowel));
    }

    /// <summary>Clinical shorthand reads as the lay words do.</summary>
    [Theory]
    [InlineData("en", "meningism and a temperature of 38.6", FindingIds.MeningitisSigns)]
    [InlineData("es", "rigidez nucal y fiebre de 38,4", FindingIds.MeningitisSigns)]
    [InlineData("es", "dolor abdominal súbito con masa pulsátil", FindingIds.AorticSigns)]
    public void ClinicalShorthandIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, Recognise(language, text, findingId));
    }

    /// <summary>What must stay quiet: a turn in bed, sleep lost to the neighbours, holding the wall for a sneeze.</summary>
    [Theory]
    [InlineData("no fue nada, solo me di vuelta en la cama", FindingIds.MajorTrauma)]
    [InlineData("anoche no pegué ojo por el ruido de los vecinos", FindingIds.NightPain)]
    [InlineData("si estornudo me agarro de la pared por el latigazo", FindingIds.BalanceCoordination)]
    public void EverydayWordsStayQuiet(string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, Recognise("es", text, findingId));
    }

    private static FindingStatus Recognise(string language, string text, string findingId) =>
        CorpusScore.PlayOpening(language, text).StatusFromWords(findingId);
}
