using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Reminds that age limits are checked by the merchant from the returned birth date.</summary>
[Name("Advisory.AgeCheckUsesBirthDate")]
[Description("When identity verification is for an age restriction, the answer notes that the merchant checks the birth date returned by the verification lookup itself.")]
internal sealed class AgeCheckAdvisoryRule : Rule
{
    public override void Define()
    {
        IdentityVerificationNeed need = null!;

        When()
            .Match(() => need, n => n.Purpose == VerificationPurpose.AgeRestriction);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(need.Context, AdvisoryCode.AgeCheckUsesBirthDate, PaymentService.IdentityVerification)));
    }
}
