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
        CallFact call = null!;

        When()
            .Match(() => call, c => c.IdentityVerification != null);
        Then()
            .Do(ctx => Decide(ctx, call));
    }

    private static void Decide(IContext ctx, CallFact call)
    {
        var providers = call.Context.PackageProviders(PackageItem.IdentityVerification);
        call.Emit(ctx, RecommendationFact.ViaPackage(
            PaymentService.IdentityVerification,
            PackageItem.IdentityVerification,
            providers,
            LocalizableText.FromResource(TextKeys.ReasonIdentityVerificationPackage, call.IdentityVerification!.Purpose, providers)));
        call.Emit(ctx, SourcedAdvisory.Plain(AdvisoryCode.IdentityVerificationSeparateSignup, PaymentService.IdentityVerification));
    }
}
