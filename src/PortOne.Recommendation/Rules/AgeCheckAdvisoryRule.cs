using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Reminds that age limits are checked by the merchant from the returned birth date.</summary>
[Name("Advisory.AgeCheckUsesBirthDate")]
[Description("When identity verification is for an age restriction, the answer notes that the merchant checks the birth date returned by the verification lookup itself.")]
public sealed class AgeCheckAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        When()
            .Exists<IdentityVerificationNeed>(n => n.Purpose == VerificationPurpose.AgeRestriction);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.AgeCheckUsesBirthDate, PaymentService.IdentityVerification)));
    }
}
