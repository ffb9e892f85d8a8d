using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Turns;

/// <summary>
/// Runs the turns of one conversation one at a time within this instance (a double tap, two devices): the second
/// message waits until the first turn has saved its state, then runs on top of it. Different conversations never
/// wait for each other.
/// </summary>
/// <remarks>
/// A lock exists only while a turn of its conversation runs or waits, so the table does not grow with the number of
/// conversations seen. Across instances, <see cref="SaveBeforeSendMiddleware"/> and the store's eTags take over.
/// </remarks>
public sealed class ConversationTurnLock : IMiddleware
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>How many conversations hold or wait for a lock right now (for tests and diagnostics).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity?.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{activity.ChannelId}/{activity.Conversation.Id}";
        var gate = Enter(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                await next(cancellationToken);
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Leave(key, gate);
        }
    }

    private Gate Enter(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>Turns holding or waiting for this gate; guarded by the table's lock.</summary>
        public int Users { get; set; }
    }
}
