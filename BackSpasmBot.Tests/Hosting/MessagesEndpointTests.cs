using System.Net;
using System.Text;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Hosting;

/// <summary>
/// The real host on a real port, talked to as the Emulator talks to it: activities POSTed to /api/messages, and
/// replies posted by the real Bot Framework connector to the activity's serviceUrl (a sink this test runs).
/// </summary>
public sealed class MessagesEndpointTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AnEmulatorJoinGetsTheWelcomeAndDisclaimerThroughTheConnector()
    {
        var chat = host.NewHttpConversation();

        var replies = await chat.JoinAsync();

        Assert.Contains(replies, r => r.Text.Contains("not a diagnosis", StringComparison.OrdinalIgnoreCase) && r.Text.Contains("999", StringComparison.Ordinal));
        Assert.All(replies, r =>
        {
            Assert.Equal(chat.ConversationId, r.Conversation.Id);
            Assert.Equal(chat.User.Id, r.Recipient.Id);
        });
    }

    [Fact]
    public async Task AMessageIsAnsweredWithTheFirstQuestionAndItsContract()
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();

        var replies = await chat.SayAsync("my back keeps spasming");

        var question = Assert.Single(replies);
        Assert.Equal(["bladder_bowel"], TriageData.Of(question)!.Asks);
        Assert.Equal(["Yes", "No", "Not sure"], question.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
    }

    [Fact]
    public async Task TheWelcomeIsSentOnceHoweverManyJoinEventsArrive()
    {
        var chat = host.NewHttpConversation(channelId: "directline");
        var first = await chat.JoinAsync();
        var botJoined = await chat.SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [chat.Bot] });
        var webChatJoin = await chat.SendAsync(new Activity(ActivityTypes.Event) { Name = "webchat/join" });
        var userJoinedAgain = await chat.JoinAsync();

        Assert.Equal(2, first.Count);
        Assert.Empty(botJoined);
        Assert.Empty(webChatJoin);
        Assert.Empty(userJoinedAgain);
    }

    [Fact]
    public async Task WebChatsJoinEventAloneTriggersTheWelcome()
    {
        var chat = host.NewHttpConversation(channelId: "webchat");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Event) { Name = "webchat/join" });

        Assert.Contains(replies, r => r.Text.Contains("not a diagnosis", StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<string, string, HttpStatusCode> BadRequests() => new()
    {
        { "{not json", "application/json", HttpStatusCode.BadRequest },
        { "", "application/json", HttpStatusCode.BadRequest },
        { "[]", "application/json", HttpStatusCode.BadRequest },
        { "null", "application/json", HttpStatusCode.BadRequest },
        { "\"text\"", "application/json", HttpStatusCode.BadRequest },
        { "{}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"text\":\"hi\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"ftp://x\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"from\":\"not an object\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\\r\\nX-Evil: 1\"},\"serviceUrl\":\"http://127.0.0.1:1\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\u00e9\"},\"serviceUrl\":\"http://127.0.0.1:1\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\"}", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "type=message", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInputGetsAClear4xxAndTheNextGoodRequestStillWorks(string body, string contentType, HttpStatusCode expected)
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();
        await chat.SayAsync("back spasm");

        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await host.Host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var next = await chat.SayAsync("no");
        Assert.Equal(["saddle_numbness"], TriageData.Of(Assert.Single(next))!.Asks);
    }

    [Fact]
    public async Task GetOnTheMessagesEndpointIsNotAllowed()
    {
        using var response = await host.Host.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task TheHealthEndpointAnswers()
    {
        using var response = await host.Host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ExpectRepliesReturnsTheRepliesInTheResponseBody(bool withServiceUrl)
    {
        var conversationId = $"conv-{Guid.NewGuid():N}";
        var activity = new Newtonsoft.Json.Linq.JObject
        {
            ["type"] = "message",
            ["id"] = "m1",
            ["channelId"] = "test",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new Newtonsoft.Json.Linq.JObject { ["id"] = conversationId },
            ["from"] = new Newtonsoft.Json.Linq.JObject { ["id"] = "user" },
            ["recipient"] = new Newtonsoft.Json.Linq.JObject { ["id"] = "bot" },
            ["text"] = "I wet myself and my back is in spasm",
        };
        if (withServiceUrl)
        {
            activity["serviceUrl"] = host.Sink.ServiceUrl;
        }

        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        using var response = await host.Host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = Newtonsoft.Json.JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(replies.Activities, a => TriageData.Of(a)?.Disposition == "emergency");
        Assert.Empty(host.Sink.Take(conversationId));
    }
}
