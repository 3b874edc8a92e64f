using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns that KG Inicis' hub-type easy pay cannot charge recurring payments.</summary>
[Name("Advisory.InicisHubEasyPayNotForRecurring")]
[Description("When hub-type easy pay is requested together with recurring payments and KG Inicis is among the hub PGs, the answer notes that KG Inicis' hub-type easy pay cannot be used for recurring billing.")]
[Priority(-7)]
public sealed class InicisHubRecurringAdvisoryRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        When()
            .Exists<CoverageFact>(c =>
                c.Need.Capability == ProviderCapability.HubEasyPay && c.Providers.Contains(PaymentProvider.KgInicis))
            .Exists<PlanNeedFact>(n =>
                n.Service == PaymentService.RecurringCardPayment || n.Service == PaymentService.MobileMicropaymentRecurring);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Create(AdvisoryCode.InicisHubEasyPayNotForRecurring, PaymentService.EasyPay)));
    }
}
