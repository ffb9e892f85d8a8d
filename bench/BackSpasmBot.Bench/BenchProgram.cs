using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Hosting;

namespace BackSpasmBot.Bench;

/// <summary>
/// Entry point. <c>host --bot triage|echo -- &lt;host arguments&gt;</c> runs the child host; anything else runs the
/// benchmark (see <see cref="BenchOptions"/>): the suite, or the soak with <c>--soak N</c>.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["host", "--bot", var bot, "--", .. var hostArgs])
        {
            return await ChildHost.RunAsync(bot, hostArgs);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();
        var driver = new LoadDriver(sink, http);
        return options.Soak is { } conversations
            ? await Soak.RunAsync(driver, options, conversations, Console.Out, cancel.Token)
            : await Suite.RunAsync(driver, options, Console.Out, cancel.Token);
    }
}
