using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Planning;

namespace PortOne.Recommendation.Rules;

/// <summary>What a need asks of the catalog: the service, and the providers that can serve it on an API version.</summary>
internal static class NeedCoverage
{
    /// <summary>The catalog's providers that serve a need on <paramref name="apiVersion"/> (<see langword="null"/>:
    /// either): for direct easy pay, the company of any of its brands (or the PGs of a brand with no company); for hub-type easy pay, a PG with all of them.</summary>
    public static ProviderSet Serving(RequirementFact need, PortOneApiVersion? apiVersion)
    {
        var context = need.Context;
        var capability = ServiceCapabilities.Of(NeedServices.ServiceOf(need), context.Requirements);
        if (capability == ProviderCapability.DirectEasyPay)
        {
            var serving = ProviderSet.Empty;
            foreach (var brand in ServiceCapabilities.EasyPayBrands(context.Requirements, context.View))
            {
                serving = serving.Union(context.Catalog.DirectEasyPayRoute(brand, apiVersion).Providers);
            }

            return serving;
        }

        var brands = capability == ProviderCapability.HubEasyPay ? context.Requirements.EasyPayBrands : default;
        return context.Catalog.CandidateSet(capability, apiVersion, brands);
    }
}
