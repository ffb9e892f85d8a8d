using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>Fails start-up with messages that name the setting to change (see <see cref="BotOptions.Problems"/>).</summary>
public sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var problems = options.Problems(environment).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
