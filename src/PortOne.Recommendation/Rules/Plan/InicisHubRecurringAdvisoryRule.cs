using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that KG Inicis' hub-type easy pay cannot charge recurring payments, when the plan uses it.</summary>
[Name("Advisory.InicisHubEasyPayNotForRecurring")]
[Description("When hub-type easy pay is requested together with recurring payments and the contract plan takes hub-type easy pay from KG Inicis, the answer notes that KG Inicis' hub-type easy pay cannot be used for recurring billing.")]
internal sealed class InicisHubRecurringAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p =>
                p.Context.Requirements.EasyPay == EasyPayIntegration.Hub
                && (p.Context.Requirements.RecurringCard != null || p.Context.Requirements.MobileMicropaymentRecurring == true)
                && p.ProviderFor(PaymentService.EasyPay) == PaymentProvider.KgInicis);
        Then()
            .Do(ctx => plan.Call.Emit(ctx, SourcedAdvisory.Create(plan.Context, AdvisoryCode.InicisHubEasyPayNotForRecurring, PaymentService.EasyPay)));
    }
}
