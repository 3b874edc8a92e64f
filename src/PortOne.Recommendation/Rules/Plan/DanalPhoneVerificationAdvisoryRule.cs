using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Points out how Danal's identity verification is tested and where its guide is, wherever Danal is recommended
/// for identity checks.</summary>
[Name("Advisory.DanalPhoneVerificationDiffers")]
[Description("Whenever an identity verification entry names Danal, the answer notes, citing Danal's channel page, that Danal provides no test integration keys for identity verification (tests use the live MID after the contract) and that its guide tells how it authenticates.")]
internal sealed class DanalPhoneVerificationAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => PlanStage.AnyEntryNames(p, PaymentService.IdentityVerification, PaymentProvider.Danal));
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.Create(plan.Context, AdvisoryCode.DanalPhoneVerificationDiffers, PaymentService.IdentityVerification)));
    }
}
