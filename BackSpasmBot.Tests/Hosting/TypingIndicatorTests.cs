using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace BackSpasmBot.Tests.Hosting;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task ASlowTurnShowsTypingBeforeTheAnswer()
    {
        // The seam: a store that answers slowly, as a busy database would: it answers only once the channel has
        // received the typing indicator (waiting on that, not on a clock; a one-minute hang guard lets the test fail).
        var real = new MemoryStorage();
        var slow = new Mock<IStorage>();
        await using var sink = await ChannelSink.StartAsync();
        HttpConversation? chat = null;
        slow.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
            .Returns(async (string[] keys, CancellationToken ct) =>
            {
                var guard = TimeProvider.System.GetTimestamp();
                while (!sink.Holds(chat!.ConversationId, a => a.Type == ActivityTypes.Typing)
                    && TimeProvider.System.GetElapsedTime(guard) < TimeSpan.FromMinutes(1))
                {
                    await Task.Delay(10, ct);
                }

                return await real.ReadAsync(keys, ct);
            });
        slow.Setup(s => s.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
            .Returns((IDictionary<string, object> changes, CancellationToken ct) => real.WriteAsync(changes, ct));
        await using var host = await BotTestHost.StartAsync(b => b.Services.Replace(ServiceDescriptor.Singleton(slow.Object)));
        chat = new HttpConversation(host, sink);

        var replies = await chat.SayAsync("my back is in spasm");

        Assert.Equal(ActivityTypes.Typing, replies[0].Type);
        Assert.Contains(replies, r => r.Type == ActivityTypes.Message && TriageData.Of(r)?.IsQuestion == true);
    }
}
