using Microsoft.Extensions.Options;

namespace BackSpasmBot.Storage;

/// <summary>Fails start-up with every problem of the "Storage" section, each naming its setting.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
