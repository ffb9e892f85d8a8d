using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Clinical.Content;

/// <summary>A copy of the repository's clinical-content/ in a temporary folder, to be edited as a clinician would.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder()
    {
        var source = RepositoryFiles.Path("clinical-content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("clinical-content-").FullName;

    /// <summary>Replaces text in one file (it must be there once), as an edit would.</summary>
    public ContentFolder Replace(string file, string text, string with)
    {
        var path = System.IO.Path.Combine(Path, file);
        var content = File.ReadAllText(path);
        Assert.True(content.Split(text).Length == 2, $"'{text}' should be in {file} once");
        File.WriteAllText(path, content.Replace(text, with, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Adds lines at the end of one file.</summary>
    public ContentFolder Append(string file, string lines)
    {
        File.AppendAllText(System.IO.Path.Combine(Path, file), lines);
        return this;
    }

    /// <summary>The 1-based line of the first line of <paramref name="file"/> containing <paramref name="text"/>.</summary>
    public int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(System.IO.Path.Combine(Path, file)), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    public ClinicalContent Load() => ClinicalContent.LoadFolder(Path);

    /// <summary>The problems loading reports; fails when it loads.</summary>
    public IReadOnlyList<ContentProblem> Problems() => Assert.Throws<ContentException>(Load).Problems;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
