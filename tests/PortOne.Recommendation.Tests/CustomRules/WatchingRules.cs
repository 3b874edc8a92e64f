using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.CustomRules;

// Rules of a caller that match every kind of fact of the caller's stage and change nothing: with them registered,
// every answer must be the built-in one. Internal, so that AddRules(assembly) skips them.

[Name("Watch.Needs")]
[Description("Matches every need and changes nothing.")]
internal sealed class WatchesNeedsRule : Rule
{
    public override void Define()
    {
        RequirementFact need = null!;

        When().Match(() => need);
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Watch.Context")]
[Description("Matches the call's context and changes nothing.")]
internal sealed class WatchesContextRule : Rule
{
    public override void Define()
    {
        MerchantContextFact context = null!;

        When().Match(() => context);
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Watch.Entries")]
[Description("Matches every entry and changes nothing.")]
internal sealed class WatchesEntriesRule : Rule
{
    public override void Define()
    {
        RecommendationFact entry = null!;

        When().Match(() => entry);
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Watch.Advisories")]
[Description("Matches every advisory and changes nothing.")]
internal sealed class WatchesAdvisoriesRule : Rule
{
    public override void Define()
    {
        AdvisoryFact advisory = null!;

        When().Match(() => advisory);
        Then().Do(ctx => Watching.Nothing());
    }
}

[Name("Watch.Plan")]
[Description("Matches the plan and changes nothing.")]
internal sealed class WatchesPlanRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan);
        Then().Do(ctx => Watching.Nothing());
    }
}

internal static class Watching
{
    public static void Nothing()
    {
    }
}
