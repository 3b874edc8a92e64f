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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.IdentityVerification != null && c.IdentityVerification.Purpose == VerificationPurpose.AgeRestriction);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.AgeCheckUsesBirthDate, PaymentService.IdentityVerification)));
    }
}
