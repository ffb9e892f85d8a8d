using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Engine;

public sealed class DialogStateStorageTests
{
    /// <summary>
    /// A real IStorage that keeps each item as a JSON string with no type names, the way a database or Redis
    /// store does: what comes back is JObjects and longs, never the CLR objects that went in.
    /// </summary>
    private sealed class JsonTextStorage : IStorage
    {
        private readonly Dictionary<string, string> _items = [];

        public IReadOnlyDictionary<string, string> Items => _items;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Task.FromResult<IDictionary<string, object>>(keys
                .Where(_items.ContainsKey)
                .ToDictionary(k => k, k => (object)JObject.Parse(_items[k])));

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            foreach (var (key, value) in changes)
            {
                _items[key] = JsonConvert.SerializeObject(value, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
            }

            return Task.CompletedTask;
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class Nested : ComponentDialog
    {
        public Nested()
            : base("outer")
        {
            AddDialog(new WaterfallDialog("outer.steps",
            [
                (step, ct) => step.BeginDialogAsync("inner", new { Topic = "back" }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"inner said {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new Inner());
        }
    }

    private sealed class Inner : ComponentDialog
    {
        public Inner()
            : base("inner")
        {
            AddDialog(new WaterfallDialog("inner.steps",
            [
                (step, ct) =>
                {
                    step.SetValue("asked", 1);
                    var options = new PromptOptions
                    {
                        Prompt = (Activity)MessageFactory.Text("How many?"),
                        Choices = [new("1"), new("2")],
                    };
                    return step.PromptAsync("n", options, ct);
                },
                (step, ct) =>
                {
                    step.SetValue("asked", step.GetValue<int>("asked") + 1);
                    return step.PromptAsync("n", new PromptOptions { Prompt = (Activity)MessageFactory.Text("And again?") }, ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.GetValue<int>("asked")}:{step.Result}", ct),
            ]));
            AddDialog(new TextPrompt("n"));
        }
    }

    [Fact]
    public async Task ANestedStackSurvivesAStoreThatKeepsOnlyPlainJson()
    {
        var storage = new JsonTextStorage();
        var harness = new DialogHarness(new Nested(), storage);

        var first = Assert.Single(await harness.SayAsync("hi"));
        Assert.Equal("How many?", first.Text);
        Assert.Equal(["1", "2"], first.SuggestedActions.Actions.Select(a => a.Title));
        Assert.DoesNotContain("$type", Assert.Single(storage.Items).Value, StringComparison.Ordinal);

        Assert.Equal(["And again?"], await harness.TextsAsync("3"));
        Assert.Equal(["inner said 2:7"], await harness.TextsAsync("7"));
    }

    [Fact]
    public async Task ANestedStackSurvivesTheSdkMemoryStorage()
    {
        var harness = new DialogHarness(new Nested(), new MemoryStorage());

        await harness.SayAsync("hi");
        await harness.SayAsync("3");

        Assert.Equal(["inner said 2:9"], await harness.TextsAsync("9"));
    }

    [Fact]
    public void TheStackRoundTripsThroughJsonUnchanged()
    {
        var state = new DialogState
        {
            Stack =
            [
                new DialogInstance
                {
                    Id = "outer",
                    Inner = new DialogState { Stack = [new DialogInstance { Id = "w", State = new DialogInstanceState { StepIndex = 2, Values = new() { ["answer"] = "yes" } } }] },
                },
            ],
        };

        var json = JsonConvert.SerializeObject(state);
        var back = JsonConvert.DeserializeObject<DialogState>(json)!;

        Assert.Equal(json, JsonConvert.SerializeObject(back));
        Assert.Equal(2, back.Stack[0].Inner!.Stack[0].State.StepIndex);
        Assert.Equal("yes", EngineJson.As<string>(back.Stack[0].Inner!.Stack[0].State.Values!["answer"]));
    }
}
