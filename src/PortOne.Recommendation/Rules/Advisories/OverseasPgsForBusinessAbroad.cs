using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>What the catalog says about the overseas PGs a business registered abroad asks about: those a source rules
/// out, with the sources, and those whose pages state no condition.</summary>
internal static class OverseasPgsForBusinessAbroad
{
    /// <summary>The overseas PGs that would serve the need of a business registered in Korea on the call's API version,
    /// split by the catalog's limits for a business registered abroad.</summary>
    public static (ProviderSet Excluded, IReadOnlyList<string> SourceUrls, ProviderSet Unstated) Of(OverseasCardNeed need)
    {
        var context = need.Context;
        var capability = need.Recurring ? ProviderCapability.OverseasPgRecurringCards : ProviderCapability.OverseasPgCards;
        var providers = context.Catalog.CandidateSet(capability, context.ApiVersion, default);
        var (excluded, keys) = context.Catalog.Excluded(providers, capability, MerchantCondition.BusinessRegisteredAbroad);
        var urls = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            urls[i] = context.Catalog.SourceUrls[keys[i]];
        }

        return (excluded, urls, providers.Except(excluded));
    }

    /// <summary>Whether a limit rules out some of those overseas PGs (a plain method, for rule conditions).</summary>
    public static bool AnyExcluded(OverseasCardNeed need) => !Of(need).Excluded.IsEmpty;

    /// <summary>Whether some of those overseas PGs have no limit (a plain method, for rule conditions).</summary>
    public static bool AnyUnstated(OverseasCardNeed need) => !Of(need).Unstated.IsEmpty;
}
