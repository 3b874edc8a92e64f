using System;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Explanations;

/// <summary>The invariants every explanation holds, checked against the answer it explains and the pinned catalog.</summary>
internal static class ExplanationChecks
{
    /// <summary>Returns the first broken invariant, or <see langword="null"/>.</summary>
    public static string? Check(MerchantRequirements r, PackageEdition edition, RecommendationResult result, RecommendationResult unexplained)
    {
        var explanation = result.Explanation;
        if (explanation is null)
        {
            return "no explanation";
        }

        // Explaining changes nothing else.
        if (!(result with { Explanation = null }).Equals(unexplained))
        {
            return "the explained answer differs from the answer without explanation";
        }

        var services = ExplanationOracle.Services(r);
        if (!explanation.Services.Select(s => s.Service).SequenceEqual(services))
        {
            return $"services {string.Join(",", explanation.Services.Select(s => s.Service))} instead of {string.Join(",", services)}";
        }

        var providers = Enum.GetValues<PaymentProvider>();
        foreach (var service in explanation.Services)
        {
            if (!service.Providers.Select(p => p.Provider).SequenceEqual(providers))
            {
                return $"{service.Service}: not every provider once, in order";
            }

            foreach (var standing in service.Providers)
            {
                var problem = CheckProvider(r, edition, result, service.Service, standing);
                if (problem is not null)
                {
                    return $"{service.Service}/{standing.Provider}: {problem}";
                }
            }
        }

        return null;
    }

    private static string? CheckProvider(MerchantRequirements r, PackageEdition edition, RecommendationResult result, PaymentService service, ProviderExplanation standing)
    {
        var provider = standing.Provider;
        var naming = result.Recommendations
            .Where(e => e.Service == service && e.Providers.Contains(provider))
            .Select(e => new ProviderNaming(e.Path, e.RuleName))
            .Distinct()
            .ToArray();
        if (!standing.NamedBy.SequenceEqual(naming))
        {
            return "named by other entries than the answer's";
        }

        var planned = result.ContractPlan.Contracts.Any(c => c.Provider == provider && c.Services.Contains(service));
        var expectedStanding = naming.Length == 0 ? ProviderStanding.NotNamed : planned ? ProviderStanding.Planned : ProviderStanding.Named;
        if (standing.Standing != expectedStanding)
        {
            return $"standing {standing.Standing}, the answer says {expectedStanding}";
        }

        if (planned && naming.Length == 0)
        {
            return "planned but named by no entry";
        }

        var blocking = standing.Reasons.Where(x => x.IsBlocking).Select(x => x.Code).ToArray();
        var plan = standing.Reasons.Where(x => !x.IsBlocking).Select(x => x.Code).ToArray();
        switch (standing.Standing)
        {
            case ProviderStanding.NotNamed:
                {
                    var expected = ExplanationOracle.BlockingReasons(r, edition, service, provider);
                    if (expected.Count == 0)
                    {
                        return "not named, but the catalog gives no reason";
                    }

                    if (!blocking.SequenceEqual(expected))
                    {
                        return $"blocking reasons {string.Join(",", blocking)}, the catalog says {string.Join(",", expected)}";
                    }

                    if (plan.Length > 0)
                    {
                        return "a plan reason for a provider no entry names";
                    }

                    break;
                }

            case ProviderStanding.Named:
                if (blocking.Length > 0)
                {
                    return $"named, yet blocking reasons {string.Join(",", blocking)}";
                }

                if (plan.Length != 1)
                {
                    return $"named but not planned, with {plan.Length} plan reasons";
                }

                if (plan[0] == ExplanationReasonCode.PlanUsesExistingContract
                    && !result.ContractPlan.Contracts.Any(c => c.IsExisting && c.Services.Contains(service)))
                {
                    return "the plan reason names an existing contract the plan does not use for the service";
                }

                break;

            default:
                if (standing.Reasons.Count > 0)
                {
                    return $"planned, yet reasons {string.Join(",", standing.Reasons.Select(x => x.Code))}";
                }

                break;
        }

        foreach (var reason in standing.Reasons)
        {
            if (string.IsNullOrWhiteSpace(reason.Text) || string.IsNullOrEmpty(reason.RuleName))
            {
                return $"{reason.Code} without text or rule";
            }

            if (reason.IsBlocking && reason.Sources.Count == 0)
            {
                return $"{reason.Code} cites no source";
            }

            if (reason.Sources.Any(s => !s.Url.StartsWith("https://", StringComparison.Ordinal) || s.Key is null))
            {
                return $"{reason.Code} cites a source without key or https URL";
            }

            var hangul = Hangul.OutsideTranslatedLabels(reason.Text);
            if ((result.Language == "en") == hangul)
            {
                return $"{reason.Code} text in the wrong language: {reason.Text}";
            }
        }

        return null;
    }
}
