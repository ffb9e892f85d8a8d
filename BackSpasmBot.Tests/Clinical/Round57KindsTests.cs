using BackSpasmBot.Clinical;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 57 (docs/recognition.md), from the misses of two blind corpora (en-65, es-55), in the team's own sentences.
/// Guyanese "cyan" (can't) before "feel nuttin when me wipe" (read as a denial), "nah ease up when me lie down", waking
/// up wet ("me desperté meao"). Not red flags any more: a cancer said first and then whose it was ("el tumor lo tuvo mi
/// madre"), the buttock and the leg on one side ("la nalga y la pierna izquierda").
/// </summary>
public sealed class Round57KindsTests
{
    [Theory]
    [InlineData("en", "opening", "back tight an me cyan feel nuttin when me wipe, it dead down dere", Disposition.Emergency)]
    [InlineData("en", "opening", "back bad bad, an it nah ease up when me lie down", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y hoy me desperté meada en la cama", Disposition.Emergency)]
    [InlineData("es", "opening", "el cáncer lo tuvo mi tía hace años, yo no, y la espalda me duele", null)]
    [InlineData("es", "opening", "se me duerme la nalga y la pierna izquierda cuando manejo mucho", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));
}
