using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>The machine-readable <c>channelData.triage</c> of one bot message (docs/architecture.md, "What channels read").</summary>
public sealed record TriageData(
    IReadOnlyList<string> Asks,
    string? Disposition,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Plan,
    string? ContentVersion)
{
    public bool IsQuestion => Asks.Count > 0;

    public bool IsOutcome => Disposition is not null;

    /// <summary>The triage data of a message, or null when it carries none.</summary>
    public static TriageData? Of(IActivity activity)
    {
        var channelData = activity switch
        {
            Activity a => a.ChannelData,
            _ => null,
        };
        var triage = channelData switch
        {
            JObject obj => obj["triage"] as JObject,
            null => null,
            _ => JObject.FromObject(channelData)["triage"] as JObject,
        };
        if (triage is null)
        {
            return null;
        }

        return new TriageData(
            Strings(triage["asks"]),
            triage.Value<string>("disposition"),
            Strings(triage["findings"]),
            Strings(triage["plan"]),
            triage.Value<string>("contentVersion"));
    }

    private static List<string> Strings(JToken? token) =>
        token is JArray array ? [.. array.Values<string>().OfType<string>()] : [];
}
