using BackSpasmBot.Dialogs.Engine.Channels;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Engine;

public sealed class MentionsTests
{
    private static Activity Message(string? text, params Entity[] entities) => new(ActivityTypes.Message)
    {
        Text = text,
        Recipient = new ChannelAccount("28:bot", "BackSpasmBot"),
        Entities = [.. entities],
    };

    private static Entity Mention(string? id, string? text)
    {
        var properties = new JObject();
        if (id is not null)
        {
            properties["mentioned"] = new JObject { ["id"] = id };
        }

        if (text is not null)
        {
            properties["text"] = text;
        }

        return new Entity("mention") { Properties = properties };
    }

    [Fact]
    public void TheBotsOwnMentionIsRemoved()
    {
        var activity = Message("<at>BackSpasmBot</at> yes", Mention("28:bot", "<at>BackSpasmBot</at>"));

        Mentions.RemoveRecipientMention(activity);

        Assert.Equal("yes", activity.Text);
    }

    [Fact]
    public void SomeoneElsesMentionStays()
    {
        var activity = Message("<at>Sam</at> no", Mention("29:sam", "<at>Sam</at>"));

        Mentions.RemoveRecipientMention(activity);

        Assert.Equal("<at>Sam</at> no", activity.Text);
    }

    [Fact]
    public void MentionTextIsTakenLiterallyNotAsAPattern()
    {
        var activity = Message("<at>Bot (dev)</at> no", Mention("28:bot", "<at>Bot (dev)</at>"));

        Mentions.RemoveRecipientMention(activity);

        Assert.Equal("no", activity.Text);
    }

    [Theory]
    [InlineData(null, "<at>BackSpasmBot</at>")]
    [InlineData("28:bot", null)]
    [InlineData(null, null)]
    public void MalformedMentionEntitiesAreIgnored(string? id, string? text)
    {
        var activity = Message("<at>BackSpasmBot</at> yes", Mention(id, text));

        Mentions.RemoveRecipientMention(activity);

        Assert.Equal("<at>BackSpasmBot</at> yes", activity.Text);
    }

    [Fact]
    public void AMessageWithNoTextIsLeftAlone()
    {
        var activity = Message(null, Mention("28:bot", "<at>BackSpasmBot</at>"));

        Mentions.RemoveRecipientMention(activity);

        Assert.Null(activity.Text);
    }
}
