using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Rules;

/// <summary>Says that answers other than overseas cards assume a business registered in Korea.</summary>
[Name("Advisory.BusinessAbroadDomesticServicesUnconfirmed")]
[Description("When a business registered abroad asks for anything besides cards issued abroad, the answer notes once that PortOne's pages state the conditions for such a business for overseas payments only, so the other answers assume a business registered in Korea and should be checked with PortOne's support team.")]
internal sealed class BusinessAbroadAdvisoryRule : Rule
{
    public override void Define()
    {
        CallFact call = null!;

        When()
            .Match(() => call, c => c.Context.BusinessRegisteredAbroad && AsksBesidesOverseasCards(c));
        Then()
            .Do(ctx => call.Emit(ctx, SourcedAdvisory.Plain(AdvisoryCode.BusinessAbroadDomesticServicesUnconfirmed, null)));
    }

    private static bool AsksBesidesOverseasCards(CallFact call) => call.Needs.Count > (call.OverseasCards is null ? 0 : 1);
}
