using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Points out that Danal's phone verification differs, wherever Danal is recommended for identity checks.</summary>
[Name("Advisory.DanalPhoneVerificationDiffers")]
[Description("Whenever an identity verification entry names Danal, the answer notes that Danal's phone identity verification is a different service and has its own guide.")]
internal sealed class DanalPhoneVerificationAdvisoryRule : Rule
{
    public override void Define()
    {
        When()
            .Exists<RecommendationFact>(r =>
                r.Service == PaymentService.IdentityVerification && r.Providers.Contains(PaymentProvider.Danal));
        Then()
            .Yield(ctx => SourcedAdvisory.Plain(AdvisoryCode.DanalPhoneVerificationDiffers, PaymentService.IdentityVerification));
    }
}
