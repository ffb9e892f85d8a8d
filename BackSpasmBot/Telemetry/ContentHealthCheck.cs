using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Triage.Regions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// Whether the clinical content can answer: there are questions and findings, every red-flag finding on its own
/// decides an outcome at least as urgent as its tier, and that outcome can be worded for the deployment's region.
/// The content is fixed for the life of the process, so the first good answer is kept. Part of <c>/healthz/ready</c>.
/// </summary>
public sealed class ContentHealthCheck(RegionResolver regions) : IHealthCheck
{
    private volatile bool _checked;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["contentVersion"] = Wording.ContentVersion };
        if (_checked)
        {
            return Task.FromResult(HealthCheckResult.Healthy("content answers", data));
        }

        bool answers;
        try
        {
            answers = Answers(regions.Default);
        }
        catch (Exception)
        {
            answers = false;
        }

        _checked = answers;
        return Task.FromResult(answers
            ? HealthCheckResult.Healthy("content answers", data)
            : HealthCheckResult.Unhealthy("content does not answer", data: data));
    }

    private static bool Answers(RegionContacts region)
    {
        if (TriageRules.Questions.Count == 0 || FindingCatalog.All.Count == 0)
        {
            return false;
        }

        foreach (var finding in FindingCatalog.All.Where(f => f.Tier >= Tier.Urgent))
        {
            var report = new SymptomReport();
            report.Findings[finding.Id] = FindingStatus.Present;
            var decision = TriageRules.Decide(report);
            var message = Wording.Outcome(decision, TriageRules.Plan(report, decision.Disposition), region);
            if ((int)decision.Disposition < (int)finding.Tier || string.IsNullOrWhiteSpace(message.Text))
            {
                return false;
            }
        }

        return true;
    }
}
