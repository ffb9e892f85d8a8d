using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Tests.Engine;

public sealed class WaterfallDialogTests
{
    private static WaterfallDialog NameAndAge() => new("profile",
    [
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync("Hello.", cancellationToken: ct);
            return await step.NextAsync("greeted", ct);
        },
        (step, ct) =>
        {
            step.SetValue("greeting", step.Result as string);
            return step.PromptAsync("text", new PromptOptions { Prompt = (Microsoft.Bot.Schema.Activity)MessageFactory.Text("Your name?") }, ct);
        },
        (step, ct) =>
        {
            step.SetValue("name", (string)step.Result!);
            return step.PromptAsync("age", new PromptOptions { Prompt = (Microsoft.Bot.Schema.Activity)MessageFactory.Text("Your age?") }, ct);
        },
        async (step, ct) =>
        {
            var summary = $"{step.GetValue<string>("greeting")}:{step.GetValue<string>("name")}:{step.Result}";
            await step.Context.SendActivityAsync(summary, cancellationToken: ct);
            return await step.EndDialogAsync(summary, ct);
        },
    ]);

    private sealed class ProfileDialog : ComponentDialog
    {
        public ProfileDialog()
            : base("root")
        {
            AddDialog(NameAndAge());
            AddDialog(new TextPrompt("text"));
            AddDialog(new TextPrompt("age"));
        }
    }

    [Fact]
    public async Task RunsStepsInOrderAndKeepsValuesAcrossTurnsThroughStorage()
    {
        var harness = new DialogHarness(new ProfileDialog());

        Assert.Equal(["Hello.", "Your name?"], await harness.TextsAsync("hi"));
        Assert.Equal(["Your age?"], await harness.TextsAsync("Sam"));
        Assert.Equal(["greeted:Sam:42"], await harness.TextsAsync("42"));
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("greeted:Sam:42", harness.LastResult.Result);
    }

    [Fact]
    public async Task BeginsAgainOnTheNextMessageOnceTheDialogCompleted()
    {
        var harness = new DialogHarness(new ProfileDialog());
        await harness.SayAsync("hi");
        await harness.SayAsync("Sam");
        await harness.SayAsync("42");

        Assert.Equal(["Hello.", "Your name?"], await harness.TextsAsync("hello again"));
    }

    [Fact]
    public async Task NextAsyncCalledTwiceInOneStepThrows()
    {
        var twice = new WaterfallDialog("twice",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(DialogTurnResult.EndOfTurn),
        ]);
        var harness = new DialogHarness(twice);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SayAsync("go"));
    }

    [Fact]
    public async Task NonMessageActivitiesDoNotAdvanceTheWaterfall()
    {
        var harness = new DialogHarness(new ProfileDialog());
        await harness.SayAsync("hi");

        var typing = harness.Make(null);
        typing.Type = Microsoft.Bot.Schema.ActivityTypes.Typing;
        Assert.Empty(await harness.SendAsync(typing));
        Assert.Equal(["Your age?"], await harness.TextsAsync("Sam"));
    }
}
