using BackSpasmBot.DirectLine;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>
/// Which channels /api/messages refuses. While the built-in Direct Line serves Web Chat, its conversations live in
/// this process and share the conversation store's <c>directline</c> keys: a request to /api/messages naming such a
/// conversation would read or erase someone else's triage knowing only its id (which is in every activity id and
/// URL). So <c>directline</c> is refused there, unless Azure's Direct Line is configured and requests are signed by
/// the Bot Framework (then only Azure can post as that channel).
/// </summary>
public sealed class MessagesChannelPolicy(IOptions<DirectLineOptions> directLine, IOptions<BotOptions> bot, IHostEnvironment environment)
{
    private readonly bool _refuseDirectLine =
        directLine.Value.IsEnabledIn(environment) && (bot.Value.IsAnonymous || !directLine.Value.Azure.IsConfigured);

    public bool Refuses(string channelId) =>
        _refuseDirectLine && string.Equals(channelId, DirectLineChannel.ChannelId, StringComparison.OrdinalIgnoreCase);
}
