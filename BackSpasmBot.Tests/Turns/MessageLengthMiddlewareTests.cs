using BackSpasmBot.Turns;

namespace BackSpasmBot.Tests.Turns;

public sealed class MessageLengthMiddlewareTests
{
    [Fact]
    public void CuttingNeverSplitsAnEmojiAndPrefersAWordBoundary()
    {
        Assert.Equal("ab", MessageLengthMiddleware.Cut("ab😀", 3));
        Assert.Equal("one two", MessageLengthMiddleware.Cut("one two three", 10));
    }
}
