// Builds the Teams app package: appPackage/build/BackSpasmBot.zip with manifest.json (the bot's Microsoft App ID
// filled in), color.png, outline.png and the language files the manifest's localizationInfo names (es.json). Run from
// the repository root:
//   dotnet run appPackage/build-package.cs                      (App ID from MicrosoftAppId: environment, then appsettings.json)
//   dotnet run appPackage/build-package.cs -- --app-id <GUID>   (or given here)
// Options: --app-id <GUID>, --settings <appsettings.json>, --out <zip path>.
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

const string Placeholder = "${{MicrosoftAppId}}";
var options = Options.Parse(args);
var folder = Path.GetFullPath(options.Get("--folder") ?? "appPackage");
var settingsPath = Path.GetFullPath(options.Get("--settings") ?? "appsettings.json");
var output = Path.GetFullPath(options.Get("--out") ?? Path.Combine(folder, "build", "BackSpasmBot.zip"));

var appId = options.Get("--app-id") ?? Environment.GetEnvironmentVariable("MicrosoftAppId") ?? ReadAppId(settingsPath);
if (!Guid.TryParse(appId, out var parsedAppId))
{
    return Fail(string.IsNullOrWhiteSpace(appId)
        ? $"No Microsoft App ID: set MicrosoftAppId in {settingsPath}, in the environment, or pass --app-id <GUID>."
        : $"The Microsoft App ID '{appId}' is not a GUID.");
}

var template = File.ReadAllText(Path.Combine(folder, "manifest.json"));
if (!template.Contains(Placeholder, StringComparison.Ordinal))
{
    return Fail($"manifest.json has no {Placeholder} to fill in.");
}

var manifest = JsonNode.Parse(template.Replace(Placeholder, parsedAppId.ToString("D"), StringComparison.Ordinal))!;
var icons = manifest["icons"]!;
(string Name, int Size)[] expectedIcons = [(icons["color"]!.GetValue<string>(), 192), (icons["outline"]!.GetValue<string>(), 32)];
foreach (var (name, size) in expectedIcons)
{
    var (width, height) = PngSize(Path.Combine(folder, name));
    if (width != size || height != size)
    {
        return Fail($"{name} is {width}×{height}; Teams needs {size}×{size}.");
    }
}

var languageFiles = LanguageFiles(manifest);
foreach (var name in languageFiles)
{
    if (Path.IsPathRooted(name) || name.Contains("..", StringComparison.Ordinal) || !File.Exists(Path.Combine(folder, name)))
    {
        return Fail($"localizationInfo names {name}, which is not a file in {folder}.");
    }

    // Teams needs each language file on the manifest's own schema version.
    var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name)))?["$schema"]?.GetValue<string>() ?? "";
    if (!schema.Contains($"/v{manifest["manifestVersion"]!.GetValue<string>()}/", StringComparison.Ordinal))
    {
        return Fail($"{name} is not on the manifest's schema version {manifest["manifestVersion"]}: $schema is '{schema}'.");
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.Delete(output);
using (var zip = ZipFile.Open(output, ZipArchiveMode.Create))
{
    var entry = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
    using (var stream = entry.Open())
    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
    {
        manifest.WriteTo(writer);
    }

    foreach (var (name, _) in expectedIcons)
    {
        zip.CreateEntryFromFile(Path.Combine(folder, name), name, CompressionLevel.Optimal);
    }

    foreach (var name in languageFiles)
    {
        zip.CreateEntryFromFile(Path.Combine(folder, name), name, CompressionLevel.Optimal);
    }
}

Console.WriteLine($"Built {output} for Microsoft App ID {parsedAppId:D}");
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine($"build-package: {message}");
    return 1;
}

// The default language file (when there is one) and every additional language's file.
static List<string> LanguageFiles(JsonNode manifest)
{
    var info = manifest["localizationInfo"];
    var files = new List<string>();
    if (info?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
    {
        files.Add(defaultFile);
    }

    foreach (var language in info?["additionalLanguages"]?.AsArray() ?? [])
    {
        files.Add(language!["file"]!.GetValue<string>());
    }

    return files;
}

static string? ReadAppId(string settingsPath) =>
    File.Exists(settingsPath) && JsonNode.Parse(File.ReadAllText(settingsPath), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is { } settings
        ? settings["MicrosoftAppId"]?.GetValue<string>() is { Length: > 0 } id ? id : null
        : null;

static (int Width, int Height) PngSize(string path)
{
    var header = new byte[24];
    using (var file = File.OpenRead(path))
    {
        file.ReadExactly(header);
    }

    return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
}

sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return new Options(values);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);
}
