using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the overseas PGs whose pages state no condition on where the business is registered.</summary>
[Name("Advisory.OverseasPgBusinessConditionUnstated")]
[Description("When a business registered abroad asks for cards issued abroad, the answer names the overseas PGs that would serve a business registered in Korea on the merchant's API version and that no limit of the catalog rules out, and says to ask PortOne's support team whether a business registered abroad can use them: their pages state no condition, which is not a confirmation.")]
internal sealed class OverseasPgBusinessConditionUnstatedAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.OverseasCards != null && c.Context.BusinessRegisteredAbroad && OverseasPgsForBusinessAbroad.AnyUnstated(c.OverseasCards));
        Then()
            .Do(ctx => call.Emit(ctx, Advise(call.OverseasCards!)));
    }

    private static AdvisoryFact Advise(OverseasCardNeed need) =>
        SourcedAdvisory.Plain(AdvisoryCode.OverseasPgBusinessConditionUnstated, PaymentService.OverseasCardPayment, OverseasPgsForBusinessAbroad.Of(need).Unstated.ToArray());
}
