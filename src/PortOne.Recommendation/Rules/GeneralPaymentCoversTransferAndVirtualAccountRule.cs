using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Tells once that general payment already covers bank transfer and virtual account.</summary>
[Name("Advisory.GeneralPaymentCoversTransferAndVirtualAccount")]
[Description("When bank transfer or virtual account is requested (one or both), the answer notes once that general payment already includes them.")]
internal sealed class GeneralPaymentCoversTransferAndVirtualAccountRule : Rule
{
    public override void Define()
    {
        When()
            .Exists<GeneralPaymentNeed>(n => n.Service == PaymentService.BankTransfer || n.Service == PaymentService.VirtualAccount);
        Then()
            .Do(ctx => ctx.Insert(SourcedAdvisory.Plain(AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, null)));
    }
}
