using BackSpasmBot.Telemetry;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>
/// The triage metrics, read through the OpenTelemetry SDK's in-memory exporter after real conversations over the
/// HTTP endpoint: they count what the people were actually told and asked.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TriageMetricsTests
{
    private static readonly string[] Dispositions = ["emergency", "urgent", "gp", "selfcare"];

    [Fact]
    public async Task AfterThePublicPatientCasesTheOutcomeCountsMatchWhatThePatientsWereTold()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var transcripts = new List<PatientTranscript>();
        foreach (var vignette in Vignette.LoadPublic())
        {
            transcripts.Add(await new SimulatedPatient(vignette).PlayAsync(bot.NewConversation()));
        }

        var outcomes = transcripts.SelectMany(t => t.BotMessages).Select(TriageData.Of).Where(d => d?.IsOutcome == true).Select(d => d!).ToList();
        foreach (var disposition in Dispositions)
        {
            Assert.Equal(outcomes.Count(o => o.Disposition == disposition), bot.Capture.Sum("backspasmbot.triage.outcomes", ("disposition", disposition)));
            Assert.Equal(
                transcripts.Count(t => t.Outcome!.Disposition == disposition),
                bot.Capture.Sum("backspasmbot.triage.outcomes", ("disposition", disposition), ("first", true), ("channel", "emulator"), ("region", "GB")));
        }

        Assert.Contains(outcomes, o => o.Disposition == "emergency");
        Assert.Contains(outcomes, o => o.Disposition == "selfcare");
        foreach (var finding in outcomes.Where(o => o.Disposition is "emergency" or "urgent").SelectMany(o => o.Findings).Distinct())
        {
            var expected = outcomes.Where(o => o.Disposition is "emergency" or "urgent").Sum(o => o.Findings.Count(f => f == finding));
            Assert.Equal(expected, bot.Capture.Sum("backspasmbot.triage.escalations", ("finding", finding)));
        }
    }

    [Fact]
    public async Task TurnsStartsAndQuestionsPerTriageCountWhatThePatientsSaidAndWereAsked()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var transcripts = new List<PatientTranscript>();
        foreach (var vignette in Vignette.LoadPublic().Take(6))
        {
            transcripts.Add(await new SimulatedPatient(vignette).PlayAsync(bot.NewConversation()));
        }

        var questions = bot.Capture.Points("backspasmbot.triage.questions", ("channel", "emulator"));
        Assert.Equal(transcripts.Count, questions.Sum(p => p.GetHistogramCount()));
        Assert.Equal(transcripts.Sum(t => t.Questions.Count), questions.Sum(p => p.GetHistogramSum()));
        Assert.Equal(transcripts.Count, bot.Capture.Sum("backspasmbot.triage.started", ("channel", "emulator")));
        Assert.Equal(transcripts.Sum(t => 1 + t.Questions.Count), bot.Capture.Sum("backspasmbot.turns", ("channel", "emulator"), ("activity.type", "message")));
        Assert.Equal(transcripts.Count, bot.Capture.Sum("backspasmbot.turns", ("channel", "emulator"), ("activity.type", "conversationUpdate")));
        Assert.Equal(
            bot.Capture.Sum("backspasmbot.turns"),
            bot.Capture.Points("backspasmbot.turn.duration").Sum(p => p.GetHistogramCount()));
        Assert.Equal(0, bot.Capture.Sum("backspasmbot.triage.abandoned"));
    }

    [Fact]
    public async Task AClarifyingQuestionIsCounted()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var chat = bot.NewConversation();
        await QuietPatient.WalkToAsync(chat, ["age"]);

        await chat.SayAsync("46. and my doodah has gone numb since yesterday");

        Assert.Equal(1, bot.Capture.Sum("backspasmbot.triage.clarifying_questions", ("channel", "emulator")));
    }

    [Fact]
    public async Task ATriageLeftWithoutAnOutcomeIsCountedAbandonedWhenItsStateExpiresOrWhenItIsRestarted()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await TelemetryHost.StartAsync(builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);

            // The test sweeps itself, so that it knows when the count has been made.
            builder.Services.Remove(builder.Services.Single(service => service.ImplementationType == typeof(OpenTriageSweep)));
        });
        var triages = bot.Host.Services.GetRequiredService<OpenTriages>();

        var abandoned = bot.NewConversation();
        await abandoned.JoinAsync();
        await abandoned.SayAsync(QuietPatient.Opening);
        await QuietPatient.CompleteAsync(bot.NewConversation());
        var restarted = bot.NewConversation();
        await restarted.JoinAsync();
        await restarted.SayAsync(QuietPatient.Opening);
        await restarted.SayAsync("restart");
        var stillTalking = bot.NewConversation();
        await stillTalking.JoinAsync();
        await stillTalking.SayAsync(QuietPatient.Opening);

        clock.Advance(TimeSpan.FromHours(23));
        await stillTalking.SayAsync("no");
        Assert.Equal(0, triages.Sweep());
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var swept = triages.Sweep();

        Assert.Equal(1, swept);
        Assert.Equal(1, bot.Capture.Sum("backspasmbot.triage.abandoned", ("reason", OpenTriages.Expired), ("channel", "emulator")));
        Assert.Equal(1, bot.Capture.Sum("backspasmbot.triage.abandoned", ("reason", "restart")));
        Assert.Equal(2, bot.Capture.Sum("backspasmbot.triage.abandoned"));
        Assert.Equal(4, bot.Capture.Sum("backspasmbot.triage.started"));
        Assert.Equal(1, triages.Count);
    }

    [Fact]
    public async Task ForgetMeBeforeTheOutcomeCountsAsAbandonedAndAfterItDoesNot()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var midway = bot.NewConversation();
        await midway.JoinAsync();
        await midway.SayAsync(QuietPatient.Opening);
        await midway.SayAsync("forget me");
        var finished = bot.NewConversation();
        await QuietPatient.CompleteAsync(finished);
        await finished.SayAsync("forget me");

        Assert.Equal(1, bot.Capture.Sum("backspasmbot.triage.abandoned", ("reason", "forget_me")));
        Assert.Equal(1, bot.Capture.Sum("backspasmbot.triage.outcomes", ("disposition", "selfcare")));
    }

    [Fact]
    public async Task StoreErrorsAndConnectorFailuresAreCountedByTypeAndThePersonIsStillAnswered()
    {
        var failing = new Moq.Mock<Microsoft.Bot.Builder.IStorage>();
        var real = new Microsoft.Bot.Builder.MemoryStorage();
        var failWrites = false;
        failing.Setup(s => s.ReadAsync(Moq.It.IsAny<string[]>(), Moq.It.IsAny<CancellationToken>()))
            .Returns((string[] keys, CancellationToken ct) => real.ReadAsync(keys, ct));
        failing.Setup(s => s.WriteAsync(Moq.It.IsAny<IDictionary<string, object>>(), Moq.It.IsAny<CancellationToken>()))
            .Returns((IDictionary<string, object> changes, CancellationToken ct) =>
                failWrites ? Task.FromException(new BackSpasmBot.Storage.StorageUnavailableException("Test", new IOException("down"))) : real.WriteAsync(changes, ct));
        await using var bot = await TelemetryHost.StartAsync(builder => builder.Services.AddSingleton(failing.Object));
        var chat = bot.NewConversation();
        await chat.JoinAsync();
        await chat.SayAsync(QuietPatient.Opening);

        failWrites = true;
        var duringStoreFault = await chat.SayAsync("no");
        failWrites = false;
        bot.Sink.FailWith = 503;
        using var duringChannelFault = await chat.PostAsync(new Activity(ActivityTypes.Message) { Text = "no" });
        bot.Sink.FailWith = null;

        Assert.Contains(duringStoreFault, r => r.Text?.Contains("call 999", StringComparison.Ordinal) == true);
        Assert.True(bot.Capture.Sum("backspasmbot.store.errors", ("operation", "write"), ("error.type", "unavailable")) >= 1);
        Assert.True(bot.Capture.Sum("backspasmbot.connector.failures", ("channel", "emulator")) >= 1);
        Assert.True(bot.Capture.Sum("backspasmbot.turns", ("error.type", typeof(BackSpasmBot.Storage.StorageUnavailableException).FullName!)) >= 1);
        Assert.NotEmpty(bot.Capture.Points("backspasmbot.store.duration", ("operation", "read"), ("provider", "memory")));
    }

    [Fact]
    public async Task BuiltInDirectLineConversationsAndSocketsOpenAreObserved()
    {
        await using var bot = await TelemetryHost.StartAsync(settings: "--DirectLine:Enabled=true");
        Assert.Equal(0, bot.Capture.Sum("backspasmbot.directline.conversations"));

        using var tokenResponse = await bot.Host.Client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        var token = (string)JObject.Parse(await tokenResponse.Content.ReadAsStringAsync())["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await bot.Host.Client.SendAsync(start);
        var conversation = JObject.Parse(await started.Content.ReadAsStringAsync());
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
        using var join = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversation["conversationId"]}/activities", UriKind.Relative))
        {
            Content = new StringContent("""{"type":"event","name":"webchat/join","from":{"id":"someone"}}""", Encoding.UTF8, "application/json"),
        };
        join.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var joined = await bot.Host.Client.SendAsync(join);

        // The welcome arriving on the socket shows the server has taken the socket in.
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        }
        while (received.Count == 0);

        Assert.Equal(1, bot.Capture.Sum("backspasmbot.directline.conversations"));
        Assert.Equal(1, bot.Capture.Sum("backspasmbot.directline.sockets"));
    }
}
