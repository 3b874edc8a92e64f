using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Identity verification goes through the package's identity verification item.</summary>
[Name("IdentityVerification.RecommendedPackage")]
[Description("Identity verification is applied for through the recommended package's identity verification item (본인인증) with the edition's provider, and needs a sign-up of its own.")]
internal sealed class IdentityVerificationRule : Rule
{
    public override void Define()
    {
        IdentityVerificationNeed need = null!;

        When()
            .Match(() => need);
        Then()
            .Do(ctx => Decide(ctx, need));
    }

    private static void Decide(IContext ctx, IdentityVerificationNeed need)
    {
        var providers = need.Context.PackageProviders(PackageItem.IdentityVerification);
        ctx.Insert(RecommendationFact.ViaPackage(
            PaymentService.IdentityVerification,
            PackageItem.IdentityVerification,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonIdentityVerificationPackage, need.Purpose, providers)));
        ctx.Insert(SourcedAdvisory.Plain(AdvisoryCode.IdentityVerificationSeparateSignup, PaymentService.IdentityVerification));
    }
}
