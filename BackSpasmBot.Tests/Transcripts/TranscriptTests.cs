using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Transcripts;

/// <summary>Emulator transcripts: written only when enabled, as a JSON array of activities, and erased by "forget me".</summary>
public sealed class TranscriptTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("transcripts-").FullName;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync()
    {
        await _sink.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WhenEnabledAConversationIsWrittenAsAJsonArrayOfActivitiesInBothDirections()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Transcripts:Enabled=true", $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "emulator");

        await chat.JoinAsync();
        await chat.SayAsync("My back hurts");

        var file = Path.Combine(_folder, "emulator", $"{chat.ConversationId}.transcript");
        var activities = JArray.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal(ActivityTypes.ConversationUpdate, activities[0].Value<string>("type"));
        Assert.Contains(activities, a => a.Value<string>("text") == "My back hurts" && a["from"]!.Value<string>("id") == chat.User.Id);
        Assert.Contains(activities, a => a["from"]!.Value<string>("id") == chat.Bot.Id && a.Value<string>("text")?.StartsWith("I'm an automated helper", StringComparison.Ordinal) == true);
        Assert.All(activities, a => Assert.Equal(chat.ConversationId, a["conversation"]!.Value<string>("id")));
    }

    [Fact]
    public async Task ForgetMeDeletesTheConversationsTranscriptAndWritesNothingAfterwards()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Transcripts:Enabled=true", $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "msteams", "personal");
        var file = Path.Combine(_folder, "msteams", $"{chat.ConversationId}.transcript");
        await chat.SayAsync("My back hurts");
        Assert.True(File.Exists(file));

        await chat.SayAsync("forget me");

        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task TranscriptsAndTheirFoldersAreReadableByTheirOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var host = await BotTestHost.StartAsync(null, "--Transcripts:Enabled=true", $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "emulator");

        await chat.SayAsync("My back hurts");

        var file = Path.Combine(_folder, "emulator", $"{chat.ConversationId}.transcript");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task EachTurnIsAppendedToTheSameFileRatherThanTheFileBeingRewritten()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Transcripts:Enabled=true", $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "emulator");
        var file = Path.Combine(_folder, "emulator", $"{chat.ConversationId}.transcript");
        await chat.SayAsync("My back hurts");

        // A hard link names the file itself: it sees what is appended to it, and not a replacement file moved over it.
        var link = file + ".link";
        using (var ln = System.Diagnostics.Process.Start("ln", [file, link]))
        {
            await ln.WaitForExitAsync();
        }

        await chat.SayAsync("no");

        Assert.Equal(await File.ReadAllTextAsync(file), await File.ReadAllTextAsync(link));
        Assert.Contains(JArray.Parse(await File.ReadAllTextAsync(link)), a => a.Value<string>("text") == "no");
    }

    [Fact]
    public async Task IdsThatEscapeAlikeStillGetFilesOfTheirOwn()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Transcripts:Enabled=true", $"--Transcripts:Folder={_folder}");
        var store = host.Services.GetRequiredService<TranscriptStore>();

        Assert.NotEqual(store.PathFor("emulator", "a/"), store.PathFor("emulator", "a_2F"));
        Assert.NotEqual(store.PathFor("emulator", "a_"), store.PathFor("emulator", "a%"));
        var longId = new string('x', 300);
        Assert.NotEqual(store.PathFor("emulator", longId), store.PathFor("emulator", Path.GetFileNameWithoutExtension(store.PathFor("emulator", longId))));
    }

    [Fact]
    public async Task ForgetMeInAGroupRemovesOnlyThatPersonsPartOfTheTranscript()
    {
        await using var host = await BotTestHost.StartAsync(null, "--Transcripts:Enabled=true", $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "msteams", "channel");
        var colleague = new ChannelAccount($"user-{Guid.NewGuid():N}", "Colleague", role: RoleTypes.User);
        var file = Path.Combine(_folder, "msteams", $"{chat.ConversationId}.transcript");
        await chat.SayAsync("My back hurts");
        await chat.SendAsync(new Activity(ActivityTypes.Message) { Text = "my neck is stiff", From = colleague });

        await chat.SayAsync("forget me");

        var left = JArray.Parse(await File.ReadAllTextAsync(file));
        Assert.Contains(left, a => a.Value<string>("text") == "my neck is stiff");
        Assert.DoesNotContain(left, a => a["from"]?.Value<string>("id") == chat.User.Id || a["recipient"]?.Value<string>("id") == chat.User.Id);
    }

    [Fact]
    public async Task TranscriptsAreOffByDefault()
    {
        await using var host = await BotTestHost.StartAsync(null, $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "emulator");

        await chat.JoinAsync();
        await chat.SayAsync("My back hurts");

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }
}
