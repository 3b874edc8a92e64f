using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Names the overseas PGs that serve businesses registered in Korea only, for a business registered abroad.</summary>
[Name("Advisory.OverseasPgKoreanBusinessesOnly")]
[Description("When a business registered abroad asks for cards issued abroad, the answer names the overseas PGs that would serve a business registered in Korea on the merchant's API version but whose pages say they serve businesses registered in Korea only (the catalog's limits), citing those pages.")]
internal sealed class OverseasPgKoreanBusinessesOnlyAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.OverseasCards != null && c.Context.BusinessRegisteredAbroad && OverseasPgsForBusinessAbroad.AnyExcluded(c.OverseasCards));
        Then()
            .Do(ctx => call.Emit(ctx, Advise(call.OverseasCards!)));
    }

    private static AdvisoryFact Advise(OverseasCardNeed need)
    {
        var (excluded, urls, _) = OverseasPgsForBusinessAbroad.Of(need);
        return SourcedAdvisory.Plain(AdvisoryCode.OverseasPgKoreanBusinessesOnly, PaymentService.OverseasCardPayment, excluded.ToArray(), urls);
    }
}
