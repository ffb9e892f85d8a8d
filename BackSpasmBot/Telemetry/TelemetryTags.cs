using Microsoft.Bot.Schema;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// Every attribute name the bot's metrics and spans use, and the bounded values some take. Channel ids and activity
/// types arrive from the outside (anyone may post to an anonymous bot), so they are mapped onto fixed lists: a made-up
/// value becomes "other" rather than a new time series, and can never carry text or an id.
/// </summary>
public static class TelemetryTags
{
    public const string Channel = "channel";
    public const string ActivityType = "activity.type";
    public const string Disposition = "disposition";
    public const string Region = "region";
    public const string Early = "red_flag_ended";
    public const string First = "first";
    public const string Finding = "finding";
    public const string Reason = "reason";
    public const string Operation = "operation";
    public const string Provider = "provider";
    public const string ErrorType = "error.type";
    public const string ActivityCount = "activity.count";

    /// <summary>The daily-rotating salted hash of a conversation, on turn spans only (see <see cref="ConversationCorrelation"/>).</summary>
    public const string ConversationHash = "conversation.hash";

    public const string Other = "other";

    /// <summary>The channel as one of the known Bot Framework channel ids, or "other".</summary>
    public static string ChannelOf(string? channelId) => channelId?.ToLowerInvariant() switch
    {
        null or "" => "none",
        "msteams" => "msteams",
        "webchat" => "webchat",
        "directline" => "directline",
        "emulator" => "emulator",
        "test" => "test",
        "slack" => "slack",
        "facebook" => "facebook",
        "telegram" => "telegram",
        "email" => "email",
        "sms" => "sms",
        "line" => "line",
        "omnichannel" => "omnichannel",
        "m365extensions" => "m365extensions",
        _ => Other,
    };

    /// <summary>The activity type as one of the Bot Framework's, or "other".</summary>
    public static string ActivityTypeOf(string? type) => type switch
    {
        ActivityTypes.Message => ActivityTypes.Message,
        ActivityTypes.ConversationUpdate => ActivityTypes.ConversationUpdate,
        ActivityTypes.Event => ActivityTypes.Event,
        ActivityTypes.Invoke => ActivityTypes.Invoke,
        ActivityTypes.InstallationUpdate => ActivityTypes.InstallationUpdate,
        ActivityTypes.Typing => ActivityTypes.Typing,
        ActivityTypes.EndOfConversation => ActivityTypes.EndOfConversation,
        ActivityTypes.MessageReaction => ActivityTypes.MessageReaction,
        ActivityTypes.MessageUpdate => ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete => ActivityTypes.MessageDelete,
        ActivityTypes.DeleteUserData => ActivityTypes.DeleteUserData,
        ActivityTypes.ContactRelationUpdate => ActivityTypes.ContactRelationUpdate,
        _ => Other,
    };
}
