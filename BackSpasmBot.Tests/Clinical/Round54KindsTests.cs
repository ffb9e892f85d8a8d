using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 54 (docs/recognition.md), from the misses of two blind corpora (en-62, es-52), in the team's own sentences.
/// Signs in words the content did not have: not feeling it when one wet oneself (read as denied), the Caribbean "s" that
/// is not said ("la do pierna", "se me ta saliendo"), where one fell from said before the fall, a heavy plant pot at 70 or
/// over. After a negation, a comparison with now ("then I wasn't staggering like I am now") is asked about, not denied.
/// Not red flags any more: a formal "sensation intact", a Scots "maw" who had cancer, weight lost with its reason given,
/// the step of a tractor.
/// </summary>
public sealed class Round54KindsTests
{
    [Theory]
    [InlineData("es", "opening", "ayer no sentí cuando me hice pis encima, y la espalda me mata", Disposition.Emergency)]
    [InlineData("es", "chest_pain", "no, el pecho bien, pero se me ta escapando el pipí", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la ejpalda y la do pierna me hormiguean", Disposition.Emergency)]
    [InlineData("es", "onset", "hace tres días, del tejado me he caído, alto era", Disposition.Emergency)]
    [InlineData("es", "opening", "me dio el lumbago al mover una maceta grande, tengo 75 años", Disposition.Urgent)]
    [InlineData("en", "opening", "put my back out shifting a big plant pot, I'm 78", Disposition.Urgent)]
    [InlineData("en", "fragility_injury", "fell off the truck step this morning, I'm 74", Disposition.Urgent)]
    [InlineData("en", "limb_sensation_loss", "nah, sensation intact both legs, power fine too", null)]
    [InlineData("en", "opening", "back's gone again, my maw had cancer years back but I'm fine", null)]
    [InlineData("en", "weight_loss", "dropped half a stone but that's because I quit the booze", null)]
    [InlineData("es", "weight_loss", "bajé unos kilos, pero porque dejé el azúcar", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("es", "first_episode", "ya me pasó antes, pero entonces no me tambaleaba al caminar como ahora", FindingIds.BalanceCoordination)]
    [InlineData("en", "first_episode", "had it before, but back then I wasn't staggering like I am now", FindingIds.BalanceCoordination)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);
}
