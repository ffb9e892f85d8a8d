using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Hosting;

/// <summary>
/// <c>content check [folder]</c> validates the clinical content without starting the host: the content built into
/// the bot, or the folder given (a clinician's edited copy). <c>content document [file]</c> writes the review document
/// generated from the built-in content (docs/clinical-content.md); with <c>--language es</c>, the Spanish one (docs/clinical-content.es.md). Relative paths are from the repository root. Exit code 0 when valid, 1 with every problem
/// (file, line, problem) otherwise. <c>content train-hints</c>: <see cref="HintTrainingCommand"/>.
/// </summary>
public static class ContentCommand
{
    public static bool Matches(string[] args) => args is ["content", ..];

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            switch (args)
            {
                case ["content", "check"]:
                    return Report(ClinicalContent.Default, "built into the bot", output);
                case ["content", "check", var folder]:
                    return Report(ClinicalContent.LoadFolder(FromRepositoryRoot(folder)), folder, output);
                case ["content", "document"]:
                    output.Write(ReviewDocument.Generate(ClinicalContent.Default));
                    return 0;
                case ["content", "document", var file]:
                    File.WriteAllText(FromRepositoryRoot(file), ReviewDocument.Generate(ClinicalContent.Default));
                    output.WriteLine($"Wrote {file} from clinical content {ClinicalContent.Default.Version}.");
                    return 0;
                case ["content", "document", "--language", var language] when ClinicalContent.Default.HasLanguage(language):
                    output.Write(ReviewDocument.Generate(ClinicalContent.Default, language));
                    return 0;
                case ["content", "document", var file, "--language", var language] when ClinicalContent.Default.HasLanguage(language):
                    File.WriteAllText(FromRepositoryRoot(file), ReviewDocument.Generate(ClinicalContent.Default, language));
                    output.WriteLine($"Wrote {file} ({language}) from clinical content {ClinicalContent.Default.Version}.");
                    return 0;
                case ["content", "train-hints"]:
                    return HintTrainingCommand.Run(FromRepositoryRoot(HintTrainingCommand.DefaultCorpora), FromRepositoryRoot("clinical-content"), output);
                case ["content", "train-hints", var corpora]:
                    return HintTrainingCommand.Run(FromRepositoryRoot(corpora), FromRepositoryRoot("clinical-content"), output);
                default:
                    errors.WriteLine($"Usage: content check [folder] | content train-hints [corpora folder] | content document [file] [--language {string.Join('|', ClinicalContent.Default.Languages.Select(l => l.Code))}]");
                    return 2;
            }
        }
        catch (ContentException e)
        {
            WriteProblems(e, errors);
            return 1;
        }
    }

    /// <summary>Writes every problem on its own line, as file:line: problem, so an editor can jump to it.</summary>
    public static void WriteProblems(ContentException exception, TextWriter errors)
    {
        errors.WriteLine($"The clinical content is invalid ({exception.Problems.Count} problem(s)):");
        foreach (var problem in exception.Problems)
        {
            errors.WriteLine(problem);
        }
    }

    /// <summary>
    /// A relative path is taken from the repository root (the nearest folder above the working directory that holds
    /// clinical-content/), because <c>dotnet run --project</c> runs in the project's folder.
    /// </summary>
    private static string FromRepositoryRoot(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "clinical-content")))
            {
                return Path.Combine(folder.FullName, path);
            }
        }

        return Path.GetFullPath(path);
    }

    private static int Report(ClinicalContent content, string where, TextWriter output)
    {
        output.WriteLine(
            $"Clinical content {content.Version} ({where}) is valid: {content.Findings.Count} findings, " +
            $"{content.Text.Questions.Count} questions, {content.Plan.Count} plan steps, {content.Regions.All.Count} regions, " +
            $"languages {string.Join(", ", content.Languages.Select(l => l.Code))}.");
        return 0;
    }
}
