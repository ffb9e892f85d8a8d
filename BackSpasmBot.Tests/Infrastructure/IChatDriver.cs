using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>One conversation with the bot, however it is reached (HTTP round trips, or in process).</summary>
public interface IChatDriver
{
    /// <summary>The channel id the conversation uses.</summary>
    string ChannelId { get; }

    /// <summary>The person opens the chat (a conversationUpdate adding them).</summary>
    Task<IReadOnlyList<Activity>> JoinAsync();

    /// <summary>Sends one message activity (text and/or value) and returns the bot's replies to it.</summary>
    Task<IReadOnlyList<Activity>> SendAsync(Activity message);
}

public static class ChatDriverExtensions
{
    public static Task<IReadOnlyList<Activity>> SayAsync(this IChatDriver driver, string? text) =>
        driver.SendAsync(new Activity(ActivityTypes.Message) { Text = text });
}
