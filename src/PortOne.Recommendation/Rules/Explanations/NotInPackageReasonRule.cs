using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>A provider that could serve the need but is not in the package's item is not named.</summary>
[Name("Explain.NotInPackage")]
[Description("When a call explains, every provider that could serve the need on the merchant's API version but that no entry names, for a service that goes through a package item, gets the reason that the package edition does not offer it for that item, citing the edition's page.")]
[Tag(ProviderReasons.Tag)]
internal sealed class NotInPackageReasonRule() : BlockingReasonRule(ExplanationReasonCode.NotInPackage)
{
    protected override ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider) =>
        ProviderReasons.NotInPackageReason(need, provider);
}
