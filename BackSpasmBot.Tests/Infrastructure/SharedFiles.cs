namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>Finds the repository and the shared folder beside it (vignettes, spec), whatever the test's working directory.</summary>
public static class SharedFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([System.IO.Path.GetDirectoryName(RepositoryRoot)!, "shared", .. parts]);

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
