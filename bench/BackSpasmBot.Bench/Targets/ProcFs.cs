using System.Globalization;

namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// Reads another process's CPU time and memory from /proc, so a .NET host and a Node.js peer are measured alike.
/// Linux only; elsewhere the figures are zero.
/// </summary>
public static class ProcFs
{
    /// <summary>Clock ticks per second for /proc/pid/stat (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static ProcessSample Sample(int pid, long? allocated = null, long? gcHeap = null, RuntimeSample? runtime = null)
    {
        var (rss, hwm) = Memory(pid);
        return new ProcessSample(CpuTime(pid), rss, hwm, allocated, gcHeap, runtime);
    }

    /// <summary>Resets VmHWM (the peak resident set) to the current resident set.</summary>
    public static void ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private static (long Rss, long Hwm) Memory(int pid)
    {
        long rss = 0, hwm = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    hwm = Kilobytes(line);
                }
            }
        }
        catch (IOException)
        {
        }

        return (rss, hwm);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
