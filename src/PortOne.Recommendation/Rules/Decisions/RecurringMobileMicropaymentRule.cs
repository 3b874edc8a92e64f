using NRules.Fluent.Dsl;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Recurring mobile micropayments need direct selection of a PG that supports them.</summary>
[Name("MobileMicropayment.Recurring.DirectSelection")]
[Description("Recurring mobile micropayment (휴대폰 소액결제 정기결제) is applied for under mobile payment in direct selection, with a PG that supports recurring charges; the answer names the PGs the catalog knows for it.")]
internal sealed class RecurringMobileMicropaymentRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Requirements.MobileMicropaymentRecurring == true);
        Then()
            .Do(ctx => DirectSelectionRoute.Decide(
                ctx,
                call,
                PaymentService.MobileMicropaymentRecurring,
                ProviderCapability.RecurringMobileMicropayment,
                TextKeys.ReasonMobileMicropaymentRecurringDirect,
                ConsolePaths.RecurringMobileMicropayment));
    }
}
