using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>One-off mobile micropayments need direct selection.</summary>
[Name("MobileMicropayment.DirectSelection")]
[Description("Mobile micropayment (휴대폰 소액결제) is not in the package, so it is applied for under mobile payment in direct selection; the answer names the PGs the catalog knows for it.")]
internal sealed class MobileMicropaymentRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.MobileMicropaymentRecurring == false);
        Then()
            .Do(ctx => DirectSelectionRoute.Decide(
                ctx,
                call,
                PaymentService.MobileMicropayment,
                ProviderCapability.MobileMicropayment,
                TextKeys.ReasonMobileMicropaymentDirect,
                ConsolePaths.MobileMicropayment));
    }
}
