using System.Collections.Generic;
using NRules.RuleModel;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>
/// A service outside the package, applied for in direct selection with the catalog's providers for one capability: the
/// one body of the rules that decide such a service. When the catalog lists no provider, the need is noted as a gap.
/// </summary>
internal static class DirectSelectionRoute
{
    public static void Decide(
        IContext ctx,
        CallFact call,
        PaymentService service,
        ProviderCapability capability,
        string reasonKey,
        IReadOnlyList<LocalizableText> steps)
    {
        var providers = call.Context.Candidates(capability);
        call.Emit(ctx, RecommendationFact.ViaDirectSelection(service, providers, LocalizableText.FromResource(reasonKey), steps));
        if (providers.Count == 0)
        {
            call.Emit(new NoCandidateFact(service, default));
        }
    }
}
