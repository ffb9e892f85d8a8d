using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 56 (docs/recognition.md), from the misses of two blind corpora (en-64, es-54), in the team's own sentences.
/// Southern US "cain't feel nothin when I wipe", nights "a-keepin me up" and lying down that "don't ease it", a wound
/// gone bad, not telling when one needs to go; the Catalan of a Barcelona student ("les dues cames amb formigueig", "em
/// costa molt fer pipí", "em vaig caure de la bici"); a bus that "tumbó" someone, a fall down the stairs told of two, the
/// face "cayendo" on one side. Not red flags any more: "my face ain't droopin" (a plain "ain't" now denies), "de la
/// cintura para abajo" on one side only. "I don't reckon so, ain't paid it no mind" is asked again, not taken as a no.
/// </summary>
public sealed class Round56KindsTests
{
    [Theory]
    [InlineData("en", "dehydration", "plenty to drink, but I cain't feel nothin when I wipe", Disposition.Emergency)]
    [InlineData("en", "onset", "since Tuesday, been keepin me up nights and layin down don't ease it", Disposition.Urgent)]
    [InlineData("en", "opening", "hurt my back, and I had a graze on my knee off the bike that got infected", Disposition.Urgent)]
    [InlineData("en", "bladder_bowel", "I can't hardly tell when I need to go no more", Disposition.Emergency)]
    [InlineData("es", "opening", "tinc les dues cames amb formigueig des d'ahir", Disposition.Emergency)]
    [InlineData("es", "age", "34, i em costa molt fer pipí", Disposition.Emergency)]
    [InlineData("es", "onset", "anteayer, cuando me tumbó la buseta saliendo del trabajo", Disposition.Emergency)]
    [InlineData("es", "opening", "en la pelea nos caímos por las escaleras y ahora me duele la espalda", Disposition.Emergency)]
    [InlineData("es", "opening", "la cara se me está cayendo de un lado y me duele la espalda", Disposition.Emergency)]
    [InlineData("en", "one_side_weakness", "no, my face ain't droopin and I'm talkin fine", null)]
    [InlineData("es", "opening", "me duele de la cintura para abajo del lado izquierdo, y me hormiguea esa pierna", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("en", "saddle_numbness", "I don't reckon so, ain't paid it no mind", FindingIds.SaddleNumbness)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);
}
