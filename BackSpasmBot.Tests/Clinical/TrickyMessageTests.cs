using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Recognition;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

public class TrickyMessageTests
{
    [Fact]
    public void AnAgeAnswerThatAlsoMentionsWettingYourselfIsReadAsBoth()
    {
        const string text = "45. Also I wet myself this morning";
        Assert.Equal(45, AnswerParser.ParseAge(text));
        Assert.Equal(FindingStatus.Present, StatusOf(text, "bladder_bowel"));
    }

    [Fact]
    public void AListOfDenialsIsAbsentAndTheStiffBackAfterJustIsPresent()
    {
        var mentions = SymptomRecognizer.Recognize("No numbness, no bladder problems, no fever. Just a stiff lower back since I moved house two days ago");
        Assert.Equal(FindingStatus.Absent, mentions.Single(m => m.FindingId == "bladder_bowel").Status);
        Assert.Equal(FindingStatus.Absent, mentions.Single(m => m.FindingId == "fever").Status);
        Assert.Equal(FindingStatus.Present, mentions.Single(m => m.FindingId == "spine_stiffness").Status);
        Assert.DoesNotContain(mentions, m => FindingCatalog.TierOf(m.FindingId) >= Tier.Gp && m.Status != FindingStatus.Absent);
    }

    [Fact]
    public void ButEndsTheNegationSoBothLegsArePresent()
    {
        Assert.Equal(FindingStatus.Absent, StatusOf("no fever, but both my legs are numb", "fever"));
        Assert.Equal(FindingStatus.Present, StatusOf("no fever, but both my legs are numb", "both_legs"));
    }

    [Fact]
    public void CantPeeIsPresentDespiteItsNegativeWord() => Assert.Equal(FindingStatus.Present, StatusOf("can't pee", "bladder_bowel"));

    [Fact]
    public void NeverHadCancerIsAbsent() => Assert.Equal(FindingStatus.Absent, StatusOf("I've never had cancer", "cancer_history"));

    [Fact]
    public void ABitOddWhenIWipeIsHedgedSaddleNumbness() =>
        Assert.Equal(FindingStatus.Hedged, StatusOf("a bit odd when I wipe", "saddle_numbness"));

    [Fact]
    public void AnotherPersonsCancerIsHedgedNotPresent() =>
        Assert.Equal(FindingStatus.Hedged, StatusOf("my mum had cancer", "cancer_history"));

    [Fact]
    public void WeeksPregnantIsPregnancyNotAnAge()
    {
        Assert.Equal(FindingStatus.Present, StatusOf("I'm 24 weeks pregnant", "pregnant"));
        Assert.Null(AnswerParser.ParseAge("I'm 24 weeks pregnant"));
        Assert.Equal(FindingStatus.Unknown, StatusOf("I'm 24 weeks pregnant", "not_improving"));
    }

    [Fact]
    public void ATemperatureWithShiveringIsAFever() => Assert.Equal(FindingStatus.Present, StatusOf("38.5 and shivering", "fever"));

    [Fact]
    public void AnAgeOf38IsNotAFever()
    {
        Assert.Equal(FindingStatus.Unknown, StatusOf("I'm 38", "fever"));
        Assert.Equal(FindingStatus.Absent, StatusOf("I'm 38 and no fever", "fever"));
    }

    [Fact]
    public void ABareWholeNumberIsATemperatureOnlyWhenAnsweringTheFeverQuestion()
    {
        Assert.Empty(SymptomRecognizer.Recognize("39"));
        Assert.Contains(new Mention("fever", FindingStatus.Present), SymptomRecognizer.Recognize("39", temperatureExpected: true));
    }

    /// <summary>A reading with one decimal in the range of a body temperature is one anywhere (round 15: "it was 37.4").</summary>
    [Fact]
    public void ABareDecimalInTheRangeOfABodyTemperatureIsATemperature() =>
        Assert.Contains(new Mention("fever", FindingStatus.Present), SymptomRecognizer.Recognize("38.5"));

    [Fact]
    public void TroubleSeeingIsNotABladderProblem()
    {
        Assert.Equal(FindingStatus.Unknown, StatusOf("I have trouble seeing", "bladder_bowel"));
        Assert.Equal(FindingStatus.Unknown, StatusOf("my skin is peeling", "bladder_bowel"));
    }

    [Fact]
    public void OneLegNumbIsNotBothLegs()
    {
        Assert.Equal(FindingStatus.Unknown, StatusOf("one of my legs is numb", "both_legs"));
        Assert.Equal(FindingStatus.Present, StatusOf("numb in my left leg", "leg_tingling_one_side"));
    }

    [Fact]
    public void ANewSubjectAfterAndEndsTheNegation() =>
        Assert.Equal(FindingStatus.Present, StatusOf("I don't have a fever and I can't pee", "bladder_bowel"));

    [Fact]
    public void OrCarriesTheNegationToTheNextFinding() =>
        Assert.Equal(FindingStatus.Absent, StatusOf("no fever or chills", "fever"));

    [Fact]
    public void APastHeartAttackIsACautionNotChestPain()
    {
        Assert.Equal(FindingStatus.Unknown, StatusOf("I had a heart attack last year", "chest_pain"));
        Assert.Equal(FindingStatus.Present, StatusOf("I had a heart attack last year", "nsaid_caution"));
    }

    [Fact]
    public void DehydrationCuesInFreeTextAreRecognisedAsTheFact() =>
        Assert.Equal(FindingStatus.Present, StatusOf("ran a half marathon in the heat this morning and now my back is cramping", "dehydration"));

    [Fact]
    public void EmptyTextHasNoMentions()
    {
        Assert.Empty(SymptomRecognizer.Recognize(null));
        Assert.Empty(SymptomRecognizer.Recognize("   "));
    }

    [Fact]
    public void NoFindingIsReturnedTwice()
    {
        var mentions = SymptomRecognizer.Recognize("I can't pee, I wet myself, no bladder problems, leaking");
        Assert.Equal(mentions.Count, mentions.Select(m => m.FindingId).Distinct().Count());
        Assert.Equal(FindingStatus.Present, mentions.Single(m => m.FindingId == "bladder_bowel").Status);
    }
}
