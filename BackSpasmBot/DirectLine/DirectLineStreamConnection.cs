using System.Net.WebSockets;
using System.Threading.Channels;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// One client's WebSocket stream: sends ActivitySets as they are queued, an empty message as a keep-alive when
/// nothing else was sent for a while, and ignores what the client sends (botframework-directlinejs pings with "").
/// What waits to be sent is bounded in messages and in bytes, and a send that takes longer than its timeout aborts
/// the socket: a client that does not read cannot make the host hold memory for it.
/// </summary>
public sealed class DirectLineStreamConnection
{
    public const string CollisionReason = "collision";

    /// <summary>A client that falls this far behind is disconnected; it catches up from its watermark on reconnect.</summary>
    private const int MaxQueuedMessages = 256;

    private readonly WebSocket _socket;
    private readonly long _maxQueuedBytes;
    private readonly TimeSpan _sendTimeout;
    private readonly Channel<byte[]> _outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(MaxQueuedMessages)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    private long _queuedBytes;
    private volatile bool _overflowed;
    private string _closeReason = "closed";

    /// <param name="socket">The accepted WebSocket.</param>
    /// <param name="maxQueuedBytes">Most bytes waiting to be sent before the client is disconnected as too slow.</param>
    /// <param name="sendTimeout">Longest time one send may take before the socket is aborted.</param>
    public DirectLineStreamConnection(WebSocket socket, long maxQueuedBytes, TimeSpan sendTimeout)
    {
        _socket = socket;
        _maxQueuedBytes = maxQueuedBytes;
        _sendTimeout = sendTimeout;
    }

    /// <summary>Bytes queued and not yet sent.</summary>
    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>Queues a message; a client too slow to keep up is closed instead of buffering without bound.</summary>
    public void Send(byte[] message)
    {
        if (Interlocked.Add(ref _queuedBytes, message.Length) > _maxQueuedBytes || !_outbox.Writer.TryWrite(message))
        {
            Interlocked.Add(ref _queuedBytes, -message.Length);

            // What is still queued is dropped too: the client catches up from its watermark when it reconnects.
            _overflowed = true;
            Close("overflow");
        }
    }

    public void Close(string reason)
    {
        _closeReason = reason;
        _outbox.Writer.TryComplete();
    }

    /// <summary>Runs until the client goes away, the stream is closed, or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = DrainIncomingAsync(stop);
        try
        {
            await SendLoopAsync(keepAlive, time, stop.Token);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, _closeReason, closeTimeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client left or the host is stopping; nothing to tell anyone.
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }

    private async Task SendLoopAsync(TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        var reader = _outbox.Reader;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var keepAliveDue = new CancellationTokenSource(keepAlive, time);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, keepAliveDue.Token);
            byte[] message;
            try
            {
                if (!await reader.WaitToReadAsync(wait.Token))
                {
                    return;
                }

                if (!reader.TryRead(out message!))
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                message = [];
            }

            Interlocked.Add(ref _queuedBytes, -message.Length);
            if (_overflowed)
            {
                return;
            }

            using var sendTimeout = new CancellationTokenSource(_sendTimeout, time);
            using var send = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, sendTimeout.Token);
            try
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, send.Token);
            }
            catch (OperationCanceledException) when (sendTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // A client that stopped reading: a cancelled send leaves the socket aborted, which ends this stream.
                _closeReason = "timeout";
                _socket.Abort();
                return;
            }
        }
    }

    private async Task DrainIncomingAsync(CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The socket is gone; the send loop stops below.
        }

        _outbox.Writer.TryComplete();
        await stop.CancelAsync();
    }
}
