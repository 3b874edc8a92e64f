using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Tells a merchant with a KG Financial contract why it is not offered for bank transfer, virtual account or
/// hub-type easy pay, and what to confirm.</summary>
[Name("Advisory.KgFinancialCardAndMobileOnly")]
[Description("When the merchant has a KG Financial contract and asks, on V1 or either version, for bank transfer, virtual account or hub-type easy pay, the answer notes that KG Financial's contract page offers card and mobile payments only while its integration guide lists more, so the merchant should ask PortOne before adding them.")]
internal sealed class KgFinancialCardAndMobileOnlyAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => Applies(c.Context));
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.KgFinancialCardAndMobileOnly, null)));
    }

    internal static bool Applies(MerchantContextFact context) =>
        context.HasExistingContract(PaymentProvider.KgFinancial)
        && context.ApiVersion != PortOneApiVersion.V2
        && (context.Requirements.BankTransfer || context.Requirements.VirtualAccount || context.Requirements.EasyPay == EasyPayIntegration.Hub);
}
