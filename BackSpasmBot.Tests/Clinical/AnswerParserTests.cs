using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;

namespace BackSpasmBot.Tests.Clinical;

public class AnswerParserTests
{
    [Theory]
    [InlineData("yes", YesNo.Yes)]
    [InlineData("Yeah", YesNo.Yes)]
    [InlineData("yep", YesNo.Yes)]
    [InlineData("y", YesNo.Yes)]
    [InlineData("sure", YesNo.Yes)]
    [InlineData("yess", YesNo.Yes)]
    [InlineData("yes, I can't pee properly since this morning", YesNo.Yes)]
    [InlineData("no", YesNo.No)]
    [InlineData("Nope", YesNo.No)]
    [InlineData("nah", YesNo.No)]
    [InlineData("not really", YesNo.No)]
    [InlineData("no, but both my legs are numb", YesNo.No)]
    [InlineData("No pain in my chest, no. Pressure yes, and I'm clammy", YesNo.Unsure)]
    [InlineData("no, none at all", YesNo.No)]
    [InlineData("not sure", YesNo.Unsure)]
    [InlineData("maybe", YesNo.Unsure)]
    [InlineData("I don't know", YesNo.Unsure)]
    [InlineData("don't think so", YesNo.Unsure)]
    [InlineData("probably not", YesNo.Unsure)]
    [InlineData("no idea", YesNo.Unsure)]
    [InlineData("purple", YesNo.Unrecognized)]
    // The question repeated first: its answer after it; a no after it is taken as unclear ("pee? no, nothing comes").
    [InlineData("fever? yes, since last night", YesNo.Yes)]
    [InlineData("numbness down there? not sure", YesNo.Unsure)]
    [InlineData("cancer? no no no", YesNo.Unsure)]
    [InlineData("yes? I think", YesNo.Yes)]
    // A yes whose reading is corrected straight after.
    [InlineData("yes, 38.2. sorry, 36.2", YesNo.Unsure)]
    [InlineData("", YesNo.Unrecognized)]
    public void ParsesYesNoAndUnsure(string text, YesNo expected) => Assert.Equal(expected, AnswerParser.ParseYesNo(text));

    [Theory]
    [InlineData("44", 44)]
    [InlineData("I'm 45", 45)]
    [InlineData("forty five", 45)]
    [InlineData("45 years old", 45)]
    [InlineData("I'm 24 weeks pregnant", null)]
    [InlineData("old enough", null)]
    [InlineData("200", null)]
    public void ParsesAnAge(string text, int? expected) => Assert.Equal(expected, AnswerParser.ParseAge(text));

    [Theory]
    [InlineData("20 hours", 20.0)]
    [InlineData("yesterday", 24.0)]
    [InlineData("3 days", 72.0)]
    [InlineData("two weeks", 336.0)]
    [InlineData("8 weeks", 1344.0)]
    [InlineData("this morning", 6.0)]
    [InlineData("Today", 6.0)]
    [InlineData("1–2 days", 36.0)]
    [InlineData("Over 6 weeks", 1100.0)]
    [InlineData("no idea", null)]
    public void ParsesTimeSinceOnset(string text, double? expected) => Assert.Equal(expected, AnswerParser.ParseOnsetHours(text));

    [Theory]
    [InlineData("lifting", Trigger.Lifting)]
    [InlineData("Exercise or sport", Trigger.ExerciseOrSport)]
    [InlineData("at the gym", Trigger.ExerciseOrSport)]
    [InlineData("football", Trigger.ExerciseOrSport)]
    [InlineData("strain", Trigger.OtherStrain)]
    [InlineData("A fall or knock", Trigger.FallOrKnock)]
    [InlineData("none", Trigger.NoneKnown)]
    [InlineData("Nothing I know of", Trigger.NoneKnown)]
    [InlineData("no idea", Trigger.NoneKnown)]
    [InlineData("purple", null)]
    public void ParsesTheTrigger(string text, Trigger? expected) => Assert.Equal(expected, AnswerParser.ParseTrigger(text));
}
