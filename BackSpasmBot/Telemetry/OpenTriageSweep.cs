namespace BackSpasmBot.Telemetry;

/// <summary>Every minute, counts the triages whose state expired without an outcome (<see cref="OpenTriages.Sweep"/>).</summary>
public sealed class OpenTriageSweep(OpenTriages triages, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                triages.Sweep();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
