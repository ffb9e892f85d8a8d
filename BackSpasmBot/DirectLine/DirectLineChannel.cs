namespace BackSpasmBot.DirectLine;

/// <summary>Names shared by the built-in Direct Line and the Web Chat page.</summary>
public static class DirectLineChannel
{
    /// <summary>The channel id the bot sees on built-in Direct Line activities, as on Azure's Direct Line.</summary>
    public const string ChannelId = "directline";
}
