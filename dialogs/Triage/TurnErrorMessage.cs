using BackSpasmBot.Clinical;

namespace BackSpasmBot.Triage;

/// <summary>What the person is told when a turn fails on our side.</summary>
public static class TurnErrorMessage
{
    public static string For(RegionContacts region) =>
        $"Sorry, something went wrong on my side and I lost my place. " +
        $"If you feel very unwell, or you have trouble peeing, numbness around your bottom or weakness in your legs, call {region.EmergencyNumber} now. " +
        "Otherwise, type \"restart\" and we'll start again.";
}
