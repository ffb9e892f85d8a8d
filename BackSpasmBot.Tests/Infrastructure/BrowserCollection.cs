namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Tests that drive a real browser (Web Chat, the Agents Playground) run one class at a time and not beside the
/// rest of the suite: on a 2-core machine a browser competing with parallel test classes misses its waits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Real browser";
}
