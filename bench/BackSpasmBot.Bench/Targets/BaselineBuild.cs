namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// The host of an earlier commit (<c>--compare REF</c>), checked out in a git worktree of its own and built in Release,
/// so that it runs beside this build in one benchmark run: the same load, the same machine, the same minute.
/// </summary>
/// <remarks>
/// The worktree is named after the commit and kept in the temp folder, so a later run against the same commit reuses
/// the build. The earlier commit's benchmark program is started as the child host (<c>host --bot …</c>), which every
/// commit with this benchmark has.
/// </remarks>
public static class BaselineBuild
{
    /// <summary>Checks out and builds <paramref name="reference"/>; returns its commit and the benchmark program to start.</summary>
    public static async Task<(string Commit, string Program)> PrepareAsync(string reference, TextWriter log, CancellationToken cancellationToken)
    {
        var repository = RepositoryRoot()
            ?? throw new InvalidOperationException("--compare needs the git repository this benchmark was built from.");
        var commit = (await RunAsync("git", ["-C", repository, "rev-parse", "--verify", $"{reference}^{{commit}}"], repository, TimeSpan.FromSeconds(30), cancellationToken)).Trim();
        var folder = Path.Combine(Path.GetTempPath(), $"backspasmbot-bench-base-{commit[..12]}");
        var output = Path.Combine(folder, ".bench-build");
        var program = Path.Combine(output, "BackSpasmBot.Bench.dll");
        if (File.Exists(program))
        {
            log.WriteLine($"base: {reference} = {commit[..12]}, built before in {folder}");
            return (commit, program);
        }

        if (!Directory.Exists(Path.Combine(folder, "bench")))
        {
            await RunAsync("git", ["-C", repository, "worktree", "prune"], repository, TimeSpan.FromSeconds(30), cancellationToken);
            await RunAsync("git", ["-C", repository, "worktree", "add", "--force", "--detach", folder, commit], repository, TimeSpan.FromMinutes(2), cancellationToken);
        }

        log.WriteLine($"base: {reference} = {commit[..12]}, building in {folder}");
        await RunAsync(
            "dotnet",
            ["build", "-c", "Release", "-nologo", "-v", "q", Path.Combine(folder, "bench", "BackSpasmBot.Bench", "BackSpasmBot.Bench.csproj"), "-o", output],
            folder,
            TimeSpan.FromMinutes(15),
            cancellationToken);
        if (!File.Exists(program))
        {
            throw new InvalidOperationException($"the build of {commit[..12]} left no {program}");
        }

        return (commit, program);
    }

    /// <summary>The repository this program was built from (the folder holding BackSpasmBot.sln), or null.</summary>
    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BackSpasmBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = new System.Diagnostics.ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            var tail = string.Join(Environment.NewLine, ((await stdout) + (await stderr)).Split('\n').TakeLast(20));
            throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {tail}");
        }

        return await stdout;
    }
}
