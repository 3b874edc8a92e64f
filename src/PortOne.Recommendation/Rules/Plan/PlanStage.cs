using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>What the plan stage's rules ask of the final entries.</summary>
internal static class PlanStage
{
    /// <summary>Whether an entry for the service names the provider.</summary>
    public static bool AnyEntryNames(ContractPlanFact plan, PaymentService service, PaymentProvider provider)
    {
        foreach (var entry in plan.Entries)
        {
            if (entry.Service == service && Names(entry, provider))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the entry names the provider.</summary>
    public static bool Names(RecommendationFact entry, PaymentProvider provider)
    {
        foreach (var named in entry.Providers)
        {
            if (named == provider)
            {
                return true;
            }
        }

        return false;
    }
}
