using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BackSpasmBot.Dialogs.Engine.Prompts;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// How the engine's persisted state is written and read: System.Text.Json, with source-generated contracts for the
/// engine's own types (<see cref="EngineJsonContext"/>) and reflection for the small option records dialogs define;
/// no type names, nulls left out, names read case-insensitively (state saved by the earlier Newtonsoft code reads the same).
/// </summary>
public static class EngineJson
{
    /// <summary>Options for the engine's types; callers add their own contexts in front with <see cref="CreateOptions"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Options that resolve <paramref name="contexts"/> first, then the engine's types, then anything else by reflection.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The host is not trimmed; dialogs' option records are read by reflection.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The host is not compiled ahead of time.")]
    public static JsonSerializerOptions CreateOptions(params IJsonTypeInfoResolver[] contexts)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine([.. contexts, EngineJsonContext.Default, new DefaultJsonTypeInfoResolver()]),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// <paramref name="value"/> as a <typeparamref name="T"/>: itself when it already is one (set this turn), else read
    /// from the JSON it was stored as; default when it is absent, null, or JSON of another shape.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "See CreateOptions.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "See CreateOptions.")]
    public static T? As<T>(object? value)
    {
        switch (value)
        {
            case T typed:
                return typed;
            case JsonElement { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } json:
                try
                {
                    return json.Deserialize<T>(Options);
                }
                catch (JsonException)
                {
                    return default;
                }

            default:
                return default;
        }
    }
}

/// <summary>Source-generated contracts for the engine's persisted types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class EngineJsonContext : JsonSerializerContext;
