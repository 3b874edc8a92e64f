using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Tells once that real-time bank transfer and virtual account are selected as payment methods in the same
/// e-payment application as the card, citing PortOne's guide to the application.</summary>
[Name("Advisory.GeneralPaymentCoversTransferAndVirtualAccount")]
[Description("When bank transfer or virtual account is requested (one or both), the answer notes once that both are general-payment methods to select as payment methods in the same e-payment application, citing PortOne's guide to it.")]
internal sealed class GeneralPaymentCoversTransferAndVirtualAccountRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.BankTransfer || c.Requirements.VirtualAccount);
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Create(call.Context, AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, null)));
    }
}
