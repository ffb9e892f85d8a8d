using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Engine;

public sealed class ComponentDialogTests
{
    /// <summary>Three questions in a loop-free waterfall, with help and cancel as interruptions.</summary>
    private sealed class Survey : ComponentDialog
    {
        public Survey()
            : base("survey")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => Ask(step, "First?", ct),
                (step, ct) => Ask(step, "Second?", ct),
                (step, ct) => Ask(step, "Third?", ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Done.", cancellationToken: ct);
                    return await step.EndDialogAsync("finished", ct);
                },
            ]));
            AddDialog(new TextPrompt("text"));
        }

        public int InterruptionChecks { get; private set; }

        private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string question, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = (Activity)MessageFactory.Text(question) }, ct);

        protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            InterruptionChecks++;
            switch (innerDc.Context.Activity.Text)
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("Answer the question.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.EndOfTurn;
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return null;
            }
        }
    }

    [Fact]
    public async Task TheInterruptionHookRunsBeforeTheActiveStepOnEveryTurn()
    {
        var survey = new Survey();
        var harness = new DialogHarness(survey);

        await harness.SayAsync("start");
        await harness.SayAsync("a");
        await harness.SayAsync("b");

        Assert.Equal(2, survey.InterruptionChecks);
    }

    [Fact]
    public async Task HelpInterruptsThenAsksTheSameQuestionAgain()
    {
        var harness = new DialogHarness(new Survey());
        await harness.SayAsync("start");
        await harness.SayAsync("a");

        Assert.Equal(["Answer the question.", "Second?"], await harness.TextsAsync("help"));
        Assert.Equal(["Third?"], await harness.TextsAsync("b"));
    }

    [Fact]
    public async Task CancelEmptiesTheStackAndTheNextMessageStartsAfresh()
    {
        var harness = new DialogHarness(new Survey());
        await harness.SayAsync("start");
        await harness.SayAsync("a");

        Assert.Equal(["Cancelled."], await harness.TextsAsync("cancel"));
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal(["First?"], await harness.TextsAsync("hello"));
    }

    [Fact]
    public async Task TheComponentEndsWithItsInnerResult()
    {
        var harness = new DialogHarness(new Survey());
        foreach (var text in new[] { "start", "a", "b" })
        {
            await harness.SayAsync(text);
        }

        Assert.Equal(["Done."], await harness.TextsAsync("c"));
        Assert.Equal("finished", harness.LastResult!.Result);
    }

    [Fact]
    public async Task ReplaceDialogLoopsWithoutGrowingTheStack()
    {
        var storage = new MemoryStorage();
        var harness = new DialogHarness(new Counter(), storage);
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal([$"Count {i}?"], await harness.TextsAsync("next"));
        }

        var stack = await StackDepthAsync(storage, harness.ConversationStorageKey);
        Assert.Equal(3, stack); // the component, its loop waterfall and the prompt, however many times it looped
    }

    [Fact]
    public async Task ContinuingAStackWhoseDialogNoLongerExistsThrows()
    {
        var storage = new MemoryStorage();
        await new DialogHarness(new Survey(), storage).SayAsync("start");

        var renamed = new DialogHarness(new Renamed(), storage);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renamed.SayAsync("a"));
        Assert.Contains("could not be found", error.Message, StringComparison.Ordinal);
    }

    private sealed class Renamed : ComponentDialog
    {
        public Renamed()
            : base("survey")
        {
            AddDialog(new TextPrompt("other"));
        }
    }

    private sealed class Counter : ComponentDialog
    {
        public Counter()
            : base("counter")
        {
            AddDialog(new WaterfallDialog("loop",
            [
                (step, ct) =>
                {
                    var count = (step.GetOptions<int?>() ?? 0) + 1;
                    step.SetValue("count", count);
                    return step.PromptAsync("text", new PromptOptions { Prompt = (Activity)MessageFactory.Text($"Count {count}?") }, ct);
                },
                (step, ct) => step.ReplaceDialogAsync("loop", step.GetValue<int>("count"), ct),
            ]));
            AddDialog(new TextPrompt("text"));
        }
    }

    private static async Task<int> StackDepthAsync(IStorage storage, string key)
    {
        var items = await storage.ReadAsync([key]);
        var state = Assert.Single(items).Value;
        var stack = ((IDictionary<string, object>)state)["stack"] as DialogState
            ?? Newtonsoft.Json.Linq.JObject.FromObject(((IDictionary<string, object>)state)["stack"]).ToObject<DialogState>()!;
        return Count(stack);

        static int Count(DialogState? level) => level is null ? 0 : level.Stack.Sum(instance => 1 + Count(instance.Inner));
    }
}
