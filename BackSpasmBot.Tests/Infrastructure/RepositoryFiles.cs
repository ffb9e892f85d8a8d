namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>Finds files in the repository (patient cases, tools, the app package), whatever the test's working directory.</summary>
public static class RepositoryFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A path inside the repository, from its parts.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BackSpasmBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BackSpasmBot.sln was not found above the test's directory.");
    }
}
