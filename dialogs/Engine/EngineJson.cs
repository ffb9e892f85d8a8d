using Newtonsoft.Json;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>The one serializer the engine uses for persisted values: no type names, nulls omitted.</summary>
internal static class EngineJson
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
    });
}
