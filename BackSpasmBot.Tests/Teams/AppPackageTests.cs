using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Triage.Conversation;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Teams;

/// <summary>The Teams app package, built by the README's command and checked against Microsoft's schema.</summary>
public sealed class AppPackageTests
{
    [Fact]
    public async Task TheBuiltZipHoldsExactlyAValidManifestWithTheAppIdTwoIconsOfTheRightSizesAndTheSpanishStrings()
    {
        var appId = Guid.NewGuid().ToString("D");
        var zipPath = Path.Combine(Directory.CreateTempSubdirectory("apppackage-").FullName, "BackSpasmBot.zip");

        var (exitCode, output) = await RunAsync("dotnet", RepositoryFiles.RepositoryRoot, "run", "appPackage/build-package.cs", "--", "--app-id", appId, "--out", zipPath);
        Assert.True(exitCode == 0, output);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "es.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
        Assert.True(HasTransparency(zip.GetEntry("outline.png")!), "the outline icon must be a transparent (RGBA) PNG");

        var manifestText = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        var manifest = JObject.Parse(manifestText);
        Assert.Equal(appId, manifest.Value<string>("id"));
        Assert.Equal(appId, manifest["bots"]![0]!.Value<string>("botId"));
        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);

        // Validated as Teams reads it: the manifest and its language files, as they are in the zip.
        var unzipped = Directory.CreateTempSubdirectory("apppackage-unzipped-").FullName;
        zip.ExtractToDirectory(unzipped);
        var (valid, validation) = await RunAsync("node", AgentsPlayground.ToolsFolder, "validate-manifest.js", Path.Combine(unzipped, "manifest.json"));
        Assert.True(valid == 0, validation);
        Assert.Contains("\"languages\":[\"es.json\"]", validation, StringComparison.Ordinal);
        Assert.Contains("\"errors\":[]", validation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryLanguageTheBotSpeaksHasALanguageFileThatTranslatesEveryCommandIntoWordsTheBotTakesAsThatCommand()
    {
        var manifest = JObject.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path("appPackage", "manifest.json")));
        var info = manifest["localizationInfo"]!;
        var defaultLanguage = ClinicalContent.Default.Languages[0].Code;
        Assert.Equal(defaultLanguage, info.Value<string>("defaultLanguageTag"));
        var files = info["additionalLanguages"]!.ToDictionary(l => l.Value<string>("languageTag")!, l => l.Value<string>("file")!);
        Assert.Equal(ClinicalContent.Default.Languages.Skip(1).Select(l => l.Code).Order(), files.Keys.Order());

        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.ToList();
        foreach (var (language, file) in files)
        {
            var strings = JObject.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path("appPackage", file)));
            Assert.All(new[] { "name.short", "name.full", "description.short", "description.full" }, key => Assert.False(string.IsNullOrWhiteSpace(strings.Value<string>(key)), $"{file}: {key}"));
            for (var i = 0; i < commands.Count; i++)
            {
                var title = strings.Value<string>($"bots[0].commandLists[0].commands[{i}].title");
                Assert.False(string.IsNullOrWhiteSpace(strings.Value<string>($"bots[0].commandLists[0].commands[{i}].description")), $"{file}: command {i} has no description");

                // Teams sends the title as the message when the command is picked: the bot must take it as the same command.
                var expected = TriageCommands.Parse(commands[i].Value<string>("title"));
                Assert.NotEqual(TriageCommand.None, expected);
                using (ClinicalContent.UseLanguage(language))
                {
                    Assert.Equal(expected, TriageCommands.Parse(title));
                }
            }
        }
    }

    [Fact]
    public async Task TheValidatorRejectsALanguageFileWithoutARequiredStringOrWithACommandTheManifestLacksOrThatIsMissing()
    {
        var folder = Directory.CreateTempSubdirectory("apppackage-").FullName;
        var manifest = JObject.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path("appPackage", "manifest.json")));
        manifest["id"] = manifest["bots"]![0]!["botId"] = Guid.NewGuid().ToString("D");
        var manifestPath = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(manifestPath, manifest.ToString());

        var (missingFile, missingOutput) = await RunAsync("node", AgentsPlayground.ToolsFolder, "validate-manifest.js", manifestPath);
        Assert.Equal(1, missingFile);
        Assert.Contains("es.json: localizationInfo names it, but there is no such file", missingOutput, StringComparison.Ordinal);

        var strings = JObject.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path("appPackage", "es.json")));
        strings.Remove("description.full");
        strings["bots[0].commandLists[0].commands[4].title"] = "adiós";
        await File.WriteAllTextAsync(Path.Combine(folder, "es.json"), strings.ToString());

        var (exitCode, output) = await RunAsync("node", AgentsPlayground.ToolsFolder, "validate-manifest.js", manifestPath);

        Assert.Equal(1, exitCode);
        Assert.Contains("es.json:  must have required property 'description.full'", output, StringComparison.Ordinal);
        Assert.Contains("es.json: bots[0].commandLists[0].commands[4].title translates a command the manifest does not have", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildingFailsWithAClearMessageWhenALanguageFileTheManifestNamesIsMissing()
    {
        var folder = Directory.CreateTempSubdirectory("apppackage-").FullName;
        foreach (var name in new[] { "manifest.json", "color.png", "outline.png" })
        {
            File.Copy(RepositoryFiles.Path("appPackage", name), Path.Combine(folder, name));
        }

        var (exitCode, output) = await RunAsync(
            "dotnet", RepositoryFiles.RepositoryRoot, "run", "appPackage/build-package.cs", "--", "--app-id", Guid.NewGuid().ToString("D"), "--folder", folder, "--out", Path.Combine(folder, "out.zip"));

        Assert.Equal(1, exitCode);
        Assert.Contains("localizationInfo names es.json, which is not a file", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out.zip")));
    }

    [Fact]
    public async Task TheSchemaValidatorRejectsAManifestWhoseBotIdIsNotAGuid()
    {
        var manifest = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.RepositoryRoot, "appPackage", "manifest.json")));
        manifest["id"] = Guid.NewGuid().ToString("D");
        var path = Path.Combine(Directory.CreateTempSubdirectory("apppackage-").FullName, "manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToString());

        var (exitCode, output) = await RunAsync("node", AgentsPlayground.ToolsFolder, "validate-manifest.js", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("/bots/0/botId", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildingWithoutAnAppIdFailsWithAClearMessage()
    {
        var (exitCode, output) = await RunAsync("dotnet", RepositoryFiles.RepositoryRoot, "run", "appPackage/build-package.cs", "--", "--app-id", "not-a-guid");

        Assert.Equal(1, exitCode);
        Assert.Contains("is not a GUID", output, StringComparison.Ordinal);
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        var header = ReadHeader(entry);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    /// <summary>Colour type 6 (RGBA) in the IHDR chunk.</summary>
    private static bool HasTransparency(ZipArchiveEntry entry) => ReadHeader(entry)[25] == 6;

    private static byte[] ReadHeader(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        return header;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("MicrosoftAppId");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
