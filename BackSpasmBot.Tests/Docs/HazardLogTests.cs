using System.Reflection;
using System.Text.RegularExpressions;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Docs;

/// <summary>The hazard log's evidence is real: every test it names exists in this assembly and is a test.</summary>
public sealed partial class HazardLogTests
{
    [GeneratedRegex(@"`(BackSpasmBot\.Tests\.[A-Za-z0-9_.]+)`")]
    private static partial Regex TestName();

    private static string HazardLog() =>
        File.ReadAllText(Path.Combine(RepositoryFiles.RepositoryRoot, "docs", "clinical-safety", "hazard-log.md"));

    [Fact]
    public void EveryTestTheHazardLogNamesExists()
    {
        var named = TestName().Matches(HazardLog()).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(named);

        var missing = named.Where(name => !IsTest(name)).ToList();

        Assert.True(missing.Count == 0, "The hazard log names tests that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryHazardNamesAtLeastOneTest()
    {
        var sections = Regex.Split(HazardLog(), @"^## ", RegexOptions.Multiline).Skip(1).ToList();

        Assert.True(sections.Count >= 16, $"expected 16 hazards, found {sections.Count}");
        Assert.All(sections, section => Assert.Matches(TestName(), section));
    }

    private static bool IsTest(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        var type = typeof(HazardLogTests).Assembly.GetType(fullName[..dot]);
        return type?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Any(m => m.Name == fullName[(dot + 1)..] && m.GetCustomAttributes<FactAttribute>(inherit: true).Any()) == true;
    }
}
