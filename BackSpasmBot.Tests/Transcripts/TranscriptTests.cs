using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
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
    public async Task TranscriptsAreOffByDefault()
    {
        await using var host = await BotTestHost.StartAsync(null, $"--Transcripts:Folder={_folder}");
        var chat = new HttpConversation(host, _sink, "emulator");

        await chat.JoinAsync();
        await chat.SayAsync("My back hurts");

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }
}
