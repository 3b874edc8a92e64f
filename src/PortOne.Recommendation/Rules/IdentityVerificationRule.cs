using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Identity verification goes through the package's identity verification item.</summary>
[Name("IdentityVerification.RecommendedPackage")]
[Description("Identity verification, whatever its purpose, is applied for through the package's identity verification item (본인인증); the answer notes that it needs a sign-up of its own (별도 가입).")]
public sealed class IdentityVerificationRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        IdentityVerificationNeed need = null!;

        When()
            .Match(() => need);
        Then()
            .Do(ctx => ctx.Insert(Decide(need)))
            .Do(ctx => ctx.Insert(Advise()));
    }

    private static RecommendationFact Decide(IdentityVerificationNeed need) => RecommendationFact.ViaPackage(
        PaymentService.IdentityVerification,
        PackageItem.IdentityVerification,
        RecommendedPackage.IdentityVerificationProviders,
        LocalizableText.FromResource(
            TextKeys.ReasonIdentityVerificationPackage,
            need.Purpose,
            RecommendedPackage.IdentityVerificationProviders));

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.IdentityVerificationSeparateSignup,
        PaymentService.IdentityVerification,
        LocalizableText.FromResource(TextKeys.AdvisoryIdentityVerificationSeparateSignup));
}
