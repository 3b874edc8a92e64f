using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>What the plan stage's rules ask of the final entries.</summary>
internal static class PlanStage
{
    /// <summary>Whether an entry for the service names the provider.</summary>
    public static bool AnyEntryNames(ContractPlanFact plan, PaymentService service, PaymentProvider provider)
    {
        var entries = plan.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Service == service && Names(entries[i], provider))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the entry names the provider.</summary>
    public static bool Names(RecommendationFact entry, PaymentProvider provider)
    {
        var providers = entry.Providers;
        for (var i = 0; i < providers.Count; i++)
        {
            if (providers[i] == provider)
            {
                return true;
            }
        }

        return false;
    }
}
