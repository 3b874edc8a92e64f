using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Notes that identity verification needs a sign-up of its own.</summary>
[Name("Advisory.IdentityVerificationSeparateSignup")]
[Description("When identity verification is requested, the answer notes that it is separate from payments and needs its own sign-up (별도 가입).")]
public sealed class IdentityVerificationSignupAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        IdentityVerificationNeed need = null!;

        When()
            .Match(() => need);
        Then()
            .Do(ctx => ctx.Insert(Decide()));
    }

    private static AdvisoryFact Decide() => new(
        AdvisoryCode.IdentityVerificationSeparateSignup,
        PaymentService.IdentityVerification,
        LocalizableText.FromResource(TextKeys.AdvisoryIdentityVerificationSeparateSignup));
}
