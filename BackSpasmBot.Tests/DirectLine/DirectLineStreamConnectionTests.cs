using System.Net.WebSockets;
using BackSpasmBot.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace BackSpasmBot.Tests.DirectLine;

/// <summary>A client that stops reading cannot make a stream hold memory or a send wait for ever.</summary>
public sealed class DirectLineStreamConnectionTests
{
    /// <summary>
    /// Only turns a hang into a failure: without the behaviour under test the stream would wait for ever. Passing
    /// tests finish in milliseconds; nothing here measures time.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ASendThatOutlastsItsTimeoutAbortsTheSocketAndEndsTheStream()
    {
        var clock = new FakeTimeProvider();
        var socket = new StuckWebSocket();
        var stream = new DirectLineStreamConnection(socket, maxQueuedBytes: 1024 * 1024, sendTimeout: TimeSpan.FromSeconds(10));
        stream.Send("{\"activities\":[]}"u8.ToArray());

        var run = stream.RunAsync(TimeSpan.FromMinutes(5), clock, CancellationToken.None);
        await socket.SendStarted.Task;
        clock.Advance(TimeSpan.FromSeconds(10));
        await run.WaitAsync(HangGuard);

        Assert.True(socket.Aborted);
    }

    [Fact]
    public async Task MoreQueuedBytesThanTheLimitCloseTheStreamInsteadOfBuffering()
    {
        var socket = new StuckWebSocket();
        var stream = new DirectLineStreamConnection(socket, maxQueuedBytes: 1000, sendTimeout: TimeSpan.FromSeconds(10));

        stream.Send(new byte[600]);
        stream.Send(new byte[600]);

        Assert.Equal(600, stream.QueuedBytes);
        await stream.RunAsync(TimeSpan.FromMinutes(5), new FakeTimeProvider(), CancellationToken.None).WaitAsync(HangGuard);
        Assert.False(socket.SendStarted.Task.IsCompleted);
    }

    /// <summary>A WebSocket whose peer never reads: sends wait until cancelled; receives wait until the socket is aborted.</summary>
    private sealed class StuckWebSocket : WebSocket
    {
        private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SendStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Aborted => _aborted.Task.IsCompleted;

        public override WebSocketCloseStatus? CloseStatus => null;

        public override string? CloseStatusDescription => null;

        public override WebSocketState State => Aborted ? WebSocketState.Aborted : WebSocketState.Open;

        public override string? SubProtocol => null;

        public override void Abort() => _aborted.TrySetResult();

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Dispose() => Abort();

        public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            await _aborted.Task.WaitAsync(cancellationToken);
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
        }

        public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
            SendStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
