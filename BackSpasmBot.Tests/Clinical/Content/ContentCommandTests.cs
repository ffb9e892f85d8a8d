using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Hosting;

namespace BackSpasmBot.Tests.Clinical.Content;

/// <summary><c>content check</c> validates content without starting the host, and says where each problem is.</summary>
public sealed class ContentCommandTests
{
    [Fact]
    public void CheckingTheBuiltInContentSaysItIsValidWithItsVersion()
    {
        var output = new StringWriter();

        var exit = ContentCommand.Run(["content", "check"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains($"Clinical content {ClinicalContent.Default.Version}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckingAnEditedFolderListsEachProblemAsFileLineAndProblemAndFails()
    {
        using var folder = new ContentFolder().Replace("questions.yaml", "asks: [major_trauma]", "asks: [major_truama]");
        var errors = new StringWriter();

        var exit = ContentCommand.Run(["content", "check", folder.Path], new StringWriter(), errors);

        Assert.Equal(1, exit);
        Assert.Contains($"questions.yaml:{folder.LineOf("questions.yaml", "major_truama")}: question 'q_trauma' asks about unknown id 'major_truama'", errors.ToString(), StringComparison.Ordinal);
    }
}
