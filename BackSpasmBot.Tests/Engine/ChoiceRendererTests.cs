using BackSpasmBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Engine;

public sealed class ChoiceRendererTests
{
    private static readonly Choice[] YesNoNotSure = [new("Yes"), new("No"), new("Not sure")];
    private static readonly Choice[] FiveChoices = [new("A"), new("B"), new("C"), new("D"), new("E")];

    private static IMessageActivity From(string channelId, string? conversationType) =>
        new Activity(ActivityTypes.Message)
        {
            ChannelId = channelId,
            Conversation = new ConversationAccount(conversationType: conversationType, id: "c"),
        };

    private static List<string?> CardButtonTitles(IMessageActivity message) =>
        [.. (Newtonsoft.Json.Linq.JObject.FromObject(Assert.Single(message.Attachments).Content)["actions"] ?? new Newtonsoft.Json.Linq.JArray()).Select(a => a.Value<string>("title"))];

    private static IMessageActivity Render(IList<Choice> choices, IMessageActivity incoming, IMessageActivity? message = null)
    {
        message ??= MessageFactory.Text("Question?");
        ChoiceRenderer.Render(message, choices, incoming);
        return message;
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void WebChatAndTheEmulatorGetSuggestedActions(string channel)
    {
        var message = Render(FiveChoices, From(channel, null));

        Assert.Equal(["A", "B", "C", "D", "E"], message.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(message.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Empty(message.Attachments ?? []);
    }

    [Fact]
    public void ATeamsPersonalChatGetsUpToThreeSuggestedActions()
    {
        var message = Render(YesNoNotSure, From("msteams", "personal"));

        Assert.Equal(3, message.SuggestedActions.Actions.Count);
    }

    [Fact]
    public void ATeamsPersonalChatWithMoreThanThreeChoicesGetsCardButtons()
    {
        var message = Render(FiveChoices, From("msteams", "personal"));

        Assert.Null(message.SuggestedActions);
        Assert.Equal(["A", "B", "C", "D", "E"], CardButtonTitles(message));
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void TeamsGroupChatsAndChannelsGetCardButtonsNeverSuggestedActions(string conversationType)
    {
        var message = Render(YesNoNotSure, From("msteams", conversationType));

        Assert.Null(message.SuggestedActions);
        Assert.Equal(["Yes", "No", "Not sure"], CardButtonTitles(message));
    }

    [Fact]
    public void ATeamsMessageThatAlreadyHasAnAttachmentGetsCardButtonsNotSuggestedActions()
    {
        var message = MessageFactory.Attachment(new ThumbnailCard(title: "info").ToAttachment());
        Render(YesNoNotSure, From("msteams", "personal"), message);

        Assert.Null(message.SuggestedActions);
        Assert.Equal(2, message.Attachments.Count);
    }

    [Fact]
    public void TeamsCardButtonsAreAnAdaptiveCardWhoseSubmitSendsTheAnswerAsAValue()
    {
        var message = Render(YesNoNotSure, From("msteams", "groupChat"));

        var card = Newtonsoft.Json.Linq.JObject.FromObject(Assert.Single(message.Attachments).Content);
        Assert.Equal("application/vnd.microsoft.card.adaptive", message.Attachments[0].ContentType);
        Assert.True(Version.Parse(card.Value<string>("version")!) <= new Version(1, 5));
        var yes = card["actions"]![0]!;
        Assert.Equal("Action.Submit", yes.Value<string>("type"));
        Assert.Equal("Yes", yes["data"]!.Value<string>("answer"));
    }

    [Fact]
    public void OtherChannelsCardButtonsPostTheAnswerAsThePersonsOwnMessage()
    {
        var message = MessageFactory.Text("Question?");
        ChoiceRenderer.Render(message, YesNoNotSure, From("webchat", null), ListStyle.HeroCard);

        var button = ((HeroCard)message.Attachments[0].Content).Buttons[0];
        Assert.Equal(ActionTypes.ImBack, button.Type);
        Assert.Equal("Yes", button.Value);
    }
}
