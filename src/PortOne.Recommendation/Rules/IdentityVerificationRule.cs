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
        MerchantContextFact context = null!;

        When()
            .Match(() => need)
            .Match(() => context);
        Then()
            .Do(ctx => ctx.Insert(Decide(need, context)))
            .Do(ctx => ctx.Insert(Advise()));
    }

    private static RecommendationFact Decide(IdentityVerificationNeed need, MerchantContextFact context)
    {
        var providers = context.PackageProviders(PackageItem.IdentityVerification);
        return RecommendationFact.ViaPackage(
            PaymentService.IdentityVerification,
            PackageItem.IdentityVerification,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonIdentityVerificationPackage, need.Purpose, providers));
    }

    private static AdvisoryFact Advise() => new(
        AdvisoryCode.IdentityVerificationSeparateSignup,
        PaymentService.IdentityVerification,
        LocalizableText.FromResource(TextKeys.AdvisoryIdentityVerificationSeparateSignup));
}
