using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns of the certificate step on PC when the plan issues billing keys in the window of a PG that asks for
/// it.</summary>
[Name("Advisory.RecurringCertificateOnPc")]
[Description("When recurring card payments issue billing keys in the payment window and the contract plan takes them from a PG the catalog lists for it (KG Inicis, NHN KCP), the answer notes that its recurring payments need a certificate step (공인인증) on PC and none on mobile (KG Inicis), or that the step may be included by the PG's policy (NHN KCP, as its page hedges it).")]
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
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.AboutProvider(
                plan.Context,
                AdvisoryCode.RecurringCertificateOnPc,
                PaymentService.RecurringCardPayment,
                plan.ProviderFor(PaymentService.RecurringCardPayment)!.Value,
                TextKey(plan.ProviderFor(PaymentService.RecurringCardPayment)!.Value))));
    }

    /// <summary>NHN KCP's page hedges the step ("포함될 수 있습니다"), so its text does too.</summary>
    internal static string? TextKey(PaymentProvider provider) =>
        provider == PaymentProvider.NhnKcp ? TextKeys.AdvisoryRecurringCertificateOnPcNhnKcp : null;
}
