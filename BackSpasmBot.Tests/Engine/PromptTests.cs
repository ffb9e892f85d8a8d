using System.Globalization;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Engine;

public sealed class PromptTests
{
    /// <summary>A one-step waterfall around a prompt that reports what it ended with.</summary>
    private sealed class Ask : ComponentDialog
    {
        /// <param name="prompt">The prompt to run.</param>
        /// <param name="options">What it is begun with: its options, or a keyed prompt's key.</param>
        public Ask(Dialog prompt, object options)
            : base("root")
        {
            AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.BeginDialogAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(prompt);
            InitialDialogId = "ask";
        }
    }

    private static PromptOptions Options(string prompt, string? retry = null) => new()
    {
        Prompt = (Activity)MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : (Activity)MessageFactory.Text(retry),
    };

    [Fact]
    public async Task RetriesWithTheRetryPromptUntilAnAnswerIsRecognized()
    {
        var harness = new DialogHarness(new Ask(new TextPrompt("t"), Options("Your name?", "Please type your name.")));

        Assert.Equal(["Your name?"], await harness.TextsAsync("start"));
        Assert.Equal(["Please type your name."], await harness.TextsAsync(""));
        Assert.Equal(["Please type your name."], await harness.TextsAsync("   "));
        Assert.Equal(["got Sam"], await harness.TextsAsync("Sam"));
    }

    [Fact]
    public async Task WithoutARetryPromptThePromptIsAskedAgain()
    {
        var harness = new DialogHarness(new Ask(new TextPrompt("t"), Options("Your name?")));
        await harness.SayAsync("start");

        Assert.Equal(["Your name?"], await harness.TextsAsync("   "));
    }

    [Fact]
    public async Task ValidatorSeesTheAttemptCountAndDecides()
    {
        var attempts = new List<int>();
        PromptValidator<string> adultsOnly = (prompt, ct) =>
        {
            attempts.Add(prompt.AttemptCount);
            return Task.FromResult(int.TryParse(prompt.Recognized.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age) && age >= 18);
        };
        var harness = new DialogHarness(new Ask(new TextPrompt("t", adultsOnly), Options("How old?", "Must be 18 or over.")));
        await harness.SayAsync("start");

        Assert.Equal(["Must be 18 or over."], await harness.TextsAsync("12"));
        Assert.Equal(["Must be 18 or over."], await harness.TextsAsync("twelve"));
        Assert.Equal(["Must be 18 or over."], await harness.TextsAsync("   "));
        Assert.Equal(["got 30"], await harness.TextsAsync("30"));
        Assert.Equal([1, 2, 3, 4], attempts);
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
        var harness = new DialogHarness(new Ask(new TextPrompt("t", explains), Options("The word?", "Retry!")));
        await harness.SayAsync("start");

        Assert.Equal(["That is not the word."], await harness.TextsAsync("guess"));
        Assert.Equal(["got secret"], await harness.TextsAsync("secret"));
    }

    [Fact]
    public async Task AValueOnlySubmitAnswersAPrompt()
    {
        var harness = new DialogHarness(new Ask(new TextPrompt("t"), Options("OK?")));
        await harness.SayAsync("start");

        var replies = await harness.SubmitValueAsync(new JObject { ["answer"] = "Yes" });

        Assert.Equal("got Yes", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task ASubmitWithNothingReadableIsAskedAgainNotAnError()
    {
        var harness = new DialogHarness(new Ask(new TextPrompt("t"), Options("OK?", "Please tap Yes or No.")));
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

    /// <summary>A keyed prompt's key: what it asks for.</summary>
    private sealed record Field(string Name);

    private static PromptOptions RenderField(Field field, bool retry) => Options(retry ? $"Please type your {field.Name}." : $"Your {field.Name}?");

    [Fact]
    public async Task AKeyedPromptKeepsOnlyItsKeyAndMakesItsActivitiesAgainForARetry()
    {
        var rendered = new List<string>();
        var harness = new DialogHarness(new Ask(new KeyedTextPrompt<Field>("t", (field, retry) => { rendered.Add($"{field.Name}{(retry ? " again" : "")}"); return RenderField(field, retry); }), new Field("name")));

        Assert.Equal(["Your name?"], await harness.TextsAsync("start"));
        var stored = await StoredJsonAsync(harness);
        Assert.Contains("\"name\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Your name?", stored, StringComparison.Ordinal);

        Assert.Equal(["Please type your name."], await harness.TextsAsync("   "));
        Assert.Equal(["got Sam"], await harness.TextsAsync("Sam"));
        Assert.Equal(["name", "name again"], rendered);
    }

    [Fact]
    public async Task AKeyedPromptBegunWithSomethingElseThrows()
    {
        var harness = new DialogHarness(new Ask(new KeyedTextPrompt<Field>("t", RenderField), Options("Your name?")));

        await Assert.ThrowsAsync<ArgumentException>(() => harness.SayAsync("start"));
    }

    [Fact]
    public async Task AKeyedPromptWaitingWithTheActivitiesAnEarlierVersionKeptSendsThoseAgain()
    {
        // The earlier version: the same prompt id, begun with its whole options.
        var before = new DialogHarness(new Ask(new TextPrompt("t"), Options("Your name?", "Kept: please type your name.")));
        await before.SayAsync("start");

        var after = new DialogHarness(new Ask(new KeyedTextPrompt<Field>("t", RenderField), new Field("name")), before.Storage);

        Assert.Equal(["Kept: please type your name."], await after.TextsAsync("   "));
        Assert.Equal(["got Sam"], await after.TextsAsync("Sam"));
    }

    private static async Task<string> StoredJsonAsync(DialogHarness harness)
    {
        var stored = await harness.Storage.ReadAsync([harness.ConversationStorageKey]);
        return Newtonsoft.Json.JsonConvert.SerializeObject(stored[harness.ConversationStorageKey]);
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
