using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using BackSpasmBot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Teams;

/// <summary>The Teams app package, built by the README's command and checked against Microsoft's schema.</summary>
public sealed class AppPackageTests
{
    [Fact]
    public async Task TheBuiltZipHoldsExactlyAValidManifestWithTheAppIdAndTwoIconsOfTheRightSizes()
    {
        var appId = Guid.NewGuid().ToString("D");
        var zipPath = Path.Combine(Directory.CreateTempSubdirectory("apppackage-").FullName, "BackSpasmBot.zip");

        var (exitCode, output) = await RunAsync("dotnet", RepositoryFiles.RepositoryRoot, "run", "appPackage/build-package.cs", "--", "--app-id", appId, "--out", zipPath);
        Assert.True(exitCode == 0, output);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
        Assert.True(HasTransparency(zip.GetEntry("outline.png")!), "the outline icon must be a transparent (RGBA) PNG");

        var manifestText = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        var manifest = JObject.Parse(manifestText);
        Assert.Equal(appId, manifest.Value<string>("id"));
        Assert.Equal(appId, manifest["bots"]![0]!.Value<string>("botId"));
        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);

        var manifestPath = Path.Combine(Path.GetDirectoryName(zipPath)!, "manifest.json");
        await File.WriteAllTextAsync(manifestPath, manifestText);
        var (valid, validation) = await RunAsync("node", AgentsPlayground.ToolsFolder, "validate-manifest.js", manifestPath);
        Assert.True(valid == 0, validation);
        Assert.Contains("\"errors\":[]", validation, StringComparison.Ordinal);
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
