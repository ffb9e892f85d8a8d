using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Triage;

/// <summary>What every played vignette must show.</summary>
internal static class VignetteAssertions
{
    public static void Match(Vignette vignette, PatientTranscript transcript)
    {
        var outcome = transcript.Outcome ?? throw new Xunit.Sdk.XunitException($"{vignette.Id}: no outcome.");
        Assert.True(vignette.Tier == outcome.Disposition, $"{vignette.Id}: expected {vignette.Tier}, got {outcome.Disposition} (findings: {string.Join(", ", outcome.Findings)}).");
        Assert.Equal(Wording.ContentVersion, outcome.ContentVersion);

        foreach (var step in vignette.MustPlan)
        {
            Assert.True(outcome.Plan.Contains(step), $"{vignette.Id}: plan lacks {step} ({string.Join(", ", outcome.Plan)}).");
        }

        foreach (var step in vignette.MustNotPlan)
        {
            Assert.False(outcome.Plan.Contains(step), $"{vignette.Id}: plan must not contain {step}.");
        }

        if (outcome.Disposition is "emergency" or "urgent")
        {
            Assert.Empty(outcome.Plan);
            var decisive = FindingCatalog.All
                .Where(f => vignette.Has(f.Id) && TierName(f.Tier) == outcome.Disposition)
                .Select(f => f.Id)
                .ToList();
            // A plain "yes" to a grouped question confirms no finding: the outcome then names none, and the group is what
            // was asked (docs/clinical-content.md §3).
            var groupYes = outcome.Findings.Count == 0 && transcript.Questions.Any(asks => asks.Count > 1 && asks.Intersect(decisive).Any());
            Assert.True(
                decisive.Count == 0 || decisive.Intersect(outcome.Findings).Any() || groupYes,
                $"{vignette.Id}: findings {string.Join(", ", outcome.Findings)} name none of {string.Join(", ", decisive)}.");
        }
        else
        {
            Assert.Contains("safety_net", outcome.Plan);
        }
    }

    private static string TierName(Tier tier) => tier switch
    {
        Tier.Emergency => "emergency",
        Tier.Urgent => "urgent",
        Tier.Gp => "gp",
        _ => "selfcare",
    };
}
