using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>The one way the host registers an options class: bound from its section, validated at start-up.</summary>
public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to <paramref name="sectionName"/>, checks its data annotations and its own
    /// <paramref name="problems"/>, and refuses to start with <paramref name="message"/> (which names the keys) when
    /// any is found.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(
        this WebApplicationBuilder builder, string sectionName, Func<T, IEnumerable<string>> problems, string message)
        where T : class =>
        builder.Services.AddOptions<T>()
            .Bind(builder.Configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .Validate(options => !problems(options).Any(), message)
            .ValidateOnStart();
}
