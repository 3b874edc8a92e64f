using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns of the certificate step on PC when the plan issues billing keys in the window of a PG that asks for
/// it.</summary>
[Name("Advisory.RecurringCertificateOnPc")]
[Description("When recurring card payments issue billing keys in the payment window and the contract plan takes them from a PG the catalog lists for it (KG Inicis), the answer notes that its recurring payments need a certificate step (공인인증) on PC and none on mobile.")]
internal sealed class RecurringCertificateOnPcAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p =>
                p.Context.Requirements.RecurringCard == BillingKeyIssuance.PaymentWindow
                && p.Context.AdvisoryConcerns(AdvisoryCode.RecurringCertificateOnPc, p.ProviderFor(PaymentService.RecurringCardPayment)));
        Then()
            .Yield(ctx => SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.RecurringCertificateOnPc,
                PaymentService.RecurringCardPayment,
                plan.ProviderFor(PaymentService.RecurringCardPayment)!.Value));
    }
}
