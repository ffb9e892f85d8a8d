using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static BackSpasmBot.Tests.FollowUps.CheckInHost;

namespace BackSpasmBot.Tests.FollowUps;

/// <summary>
/// Check-ins on the built-in Direct Line: queued in the conversation, and read by the page when it next fetches its
/// activities; offered only when the conversation is kept longer than the delay.
/// </summary>
public sealed class DirectLineCheckInTests
{
    [Fact]
    public async Task TheCheckInIsQueuedInTheConversationForThePageToFetch()
    {
        await using var host = await StartAsync(NewClock(), "--DirectLine:Enabled=true", "--DirectLine:ConversationIdleTimeout=01:00:00");
        using var chat = await DirectLineChat.OpenAsync(host.Host);
        Assert.Equal(["follow_up"], Asks(await ToOutcomeAsync(chat)));
        await chat.SayAsync("Tomorrow");

        Assert.Equal(1, await AdvanceAndWaitAsync(host.Clock, Delay, host.Sender));

        var checkIn = Assert.Single(await chat.FetchAsync());
        Assert.True(IsFollowUp(checkIn));
        Assert.Equal(["progress"], TriageData.Of(checkIn)!.Asks);
        Assert.Equal(["bladder_bowel"], Asks(await chat.SayAsync("better")));
    }

    [Fact]
    public async Task NoOfferWhenTheConversationIsNotKeptUntilTheCheckInIsDue()
    {
        await using var host = await StartAsync(NewClock(), "--DirectLine:Enabled=true", "--DirectLine:ConversationIdleTimeout=00:01:00", "--FollowUp:Delay=01:00:00");
        using var chat = await DirectLineChat.OpenAsync(host.Host);

        var replies = await ToOutcomeAsync(chat);

        Assert.Equal("selfcare", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
        Assert.DoesNotContain(replies, r => TriageData.Of(r)?.Asks.Contains("follow_up") == true);
    }

    /// <summary>A page on the built-in Direct Line, over its REST protocol: post, then fetch from the watermark.</summary>
    private sealed class DirectLineChat(HttpClient http, string conversationId) : IChatDriver, IDisposable
    {
        private string _watermark = string.Empty;

        public string ChannelId => "directline";

        public static async Task<DirectLineChat> OpenAsync(BotTestHost host)
        {
            using var tokenResponse = await host.Client.PostAsync("/api/directline/token", content: null);
            var token = (await tokenResponse.Content.ReadFromJsonAsync<BackSpasmBot.Tests.DirectLine.TokenResponse>())!;
            var http = new HttpClient { BaseAddress = host.BaseAddress };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            using var started = await http.PostAsync("/v3/directline/conversations", content: null);
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            return new DirectLineChat(http, token.ConversationId);
        }

        public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity(ActivityTypes.Event) { Name = "webchat/join" });

        public async Task<IReadOnlyList<Activity>> SendAsync(Activity message)
        {
            message.From = new ChannelAccount("page-user", role: RoleTypes.User);
            var json = JsonConvert.SerializeObject(message, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
            using var posted = await http.PostAsync($"/v3/directline/conversations/{conversationId}/activities", new StringContent(json, Encoding.UTF8, "application/json"));
            posted.EnsureSuccessStatusCode();
            return await FetchAsync();
        }

        /// <summary>The bot's activities since the last fetch.</summary>
        public async Task<IReadOnlyList<Activity>> FetchAsync()
        {
            var page = JObject.Parse(await http.GetStringAsync($"/v3/directline/conversations/{conversationId}/activities?watermark={_watermark}"));
            _watermark = (string?)page["watermark"] ?? _watermark;
            return [.. ((JArray)page["activities"]!).Select(a => a.ToObject<Activity>()!).Where(a => a.From?.Role == RoleTypes.Bot && a.Type == ActivityTypes.Message)];
        }

        public void Dispose() => http.Dispose();
    }
}
