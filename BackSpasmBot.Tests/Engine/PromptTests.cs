using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Choices;
using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Engine;

public sealed class PromptTests
{
    /// <summary>A one-step waterfall around a prompt that reports what it ended with.</summary>
    private sealed class Ask<T> : ComponentDialog
    {
        public Ask(Dialog prompt, PromptOptions options)
            : base("root")
        {
            AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"got {FormatResult(step.Result)}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(prompt);
            InitialDialogId = "ask";
        }

        private static string FormatResult(object? result) => result is FoundChoice found ? $"{found.Value}#{found.Index}" : $"{result}";
    }

    private static PromptOptions Options(string prompt, string? retry = null, params string[] choices) => new()
    {
        Prompt = (Activity)MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : (Activity)MessageFactory.Text(retry),
        Choices = choices.Length == 0 ? null : [.. choices.Select(c => new Choice(c))],
    };

    [Fact]
    public async Task NumberPromptRetriesWithTheRetryPromptUntilItGetsANumber()
    {
        var harness = new DialogHarness(new Ask<int>(new NumberPrompt<int>("n"), Options("How old?", "Please type a number, like 42.")));

        Assert.Equal(["How old?"], await harness.TextsAsync("start"));
        Assert.Equal(["Please type a number, like 42."], await harness.TextsAsync("old enough"));
        Assert.Equal(["Please type a number, like 42."], await harness.TextsAsync(""));
        Assert.Equal(["got 42"], await harness.TextsAsync("I'm 42 this year"));
    }

    [Fact]
    public async Task WithoutARetryPromptThePromptIsAskedAgain()
    {
        var harness = new DialogHarness(new Ask<int>(new NumberPrompt<int>("n"), Options("How old?")));
        await harness.SayAsync("start");

        Assert.Equal(["How old?"], await harness.TextsAsync("no idea"));
    }

    [Fact]
    public async Task ValidatorSeesTheAttemptCountAndDecides()
    {
        var attempts = new List<int>();
        PromptValidator<int> adultsOnly = (prompt, ct) =>
        {
            attempts.Add(prompt.AttemptCount);
            return Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value >= 18);
        };
        var harness = new DialogHarness(new Ask<int>(new NumberPrompt<int>("n", adultsOnly), Options("How old?", "Must be 18 or over.")));
        await harness.SayAsync("start");

        Assert.Equal(["Must be 18 or over."], await harness.TextsAsync("12"));
        Assert.Equal(["Must be 18 or over."], await harness.TextsAsync("twelve"));
        Assert.Equal(["got 30"], await harness.TextsAsync("30"));
        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task AValidatorThatRepliesItselfSuppressesTheRetryPrompt()
    {
        PromptValidator<string> explains = async (prompt, ct) =>
        {
            if (prompt.Recognized.Value == "secret")
            {
                return true;
            }

            await prompt.Context.SendActivityAsync("That is not the word.", cancellationToken: ct);
            return false;
        };
        var harness = new DialogHarness(new Ask<string>(new TextPrompt("t", explains), Options("The word?", "Retry!")));
        await harness.SayAsync("start");

        Assert.Equal(["That is not the word."], await harness.TextsAsync("guess"));
        Assert.Equal(["got secret"], await harness.TextsAsync("secret"));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah", true)]
    [InlineData("yep!", true)]
    [InlineData("y", true)]
    [InlineData("sure", true)]
    [InlineData("no", false)]
    [InlineData("Nope", false)]
    [InlineData("nah", false)]
    [InlineData("not really", false)]
    public async Task ConfirmPromptUnderstandsTheUsualWaysOfSayingYesAndNo(string answer, bool expected)
    {
        var harness = new DialogHarness(new Ask<bool>(new ConfirmPrompt("c"), Options("OK?")));
        await harness.SayAsync("start");

        Assert.Equal([$"got {expected}"], await harness.TextsAsync(answer));
    }

    [Fact]
    public async Task ConfirmPromptOffersYesAndNoButtonsAndRejectsOtherAnswers()
    {
        var harness = new DialogHarness(new Ask<bool>(new ConfirmPrompt("c"), Options("OK?", "Yes or no?")));

        var prompt = Assert.Single(await harness.SayAsync("start"));
        Assert.Equal(["Yes", "No"], prompt.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["Yes or no?"], await harness.TextsAsync("purple"));
    }

    [Theory]
    [InlineData("Lifting", "Lifting#0")]
    [InlineData("exercise or sport", "Exercise or sport#1")]
    [InlineData("2", "Exercise or sport#1")]
    [InlineData("Liftng", "Lifting#0")]
    [InlineData("gym", "Exercise or sport#1")]
    public async Task ChoicePromptMatchesValueSynonymNumberOrATypo(string answer, string expected)
    {
        var options = new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Text("What set it off?"),
            Choices = [new Choice("Lifting"), new Choice("Exercise or sport", "gym", "football")],
        };
        var harness = new DialogHarness(new Ask<FoundChoice>(new ChoicePrompt("c"), options));
        await harness.SayAsync("start");

        Assert.Equal([$"got {expected}"], await harness.TextsAsync(answer));
    }

    [Fact]
    public async Task AValueOnlySubmitAnswersAPrompt()
    {
        var harness = new DialogHarness(new Ask<bool>(new ConfirmPrompt("c"), Options("OK?")));
        await harness.SayAsync("start");

        var replies = await harness.SubmitValueAsync(new JObject { ["answer"] = "Yes" });

        Assert.Equal("got True", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ASubmitWithNothingReadableIsAskedAgainNotAnError()
    {
        var harness = new DialogHarness(new Ask<bool>(new ConfirmPrompt("c"), Options("OK?", "Please tap Yes or No.")));
        await harness.SayAsync("start");

        var replies = await harness.SubmitValueAsync(new JObject { ["x"] = 1 });

        Assert.Equal("Please tap Yes or No.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task BeginningAPromptWithoutPromptOptionsThrows()
    {
        var bad = new WaterfallDialog("bad", [(step, ct) => step.BeginDialogAsync("t", "not options", ct)]);
        var harness = new DialogHarness(new Wrapper(bad, new TextPrompt("t")));

        await Assert.ThrowsAsync<ArgumentException>(() => harness.SayAsync("go"));
    }

    private sealed class Wrapper : ComponentDialog
    {
        public Wrapper(params Dialog[] dialogs)
            : base("wrapper")
        {
            foreach (var dialog in dialogs)
            {
                AddDialog(dialog);
            }
        }
    }
}
