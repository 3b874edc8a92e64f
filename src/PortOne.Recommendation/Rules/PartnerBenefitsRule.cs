using System.Collections.Generic;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Rules;

/// <summary>Grants the partner benefits whenever something is applied for through the package.</summary>
[Name("Benefits.RecommendedPackage")]
[Description("While at least one entry goes through the recommended package, every partner benefit (제휴혜택) applies; they are withdrawn with the last such entry.")]
public sealed class PartnerBenefitsRule : Rule
{
    private static readonly IReadOnlyList<BenefitCode> AllBenefits = EnumValues<BenefitCode>.All;

    /// <inheritdoc/>
    public override void Define()
    {
        When()
            .Exists<RecommendationFact>(r => r.Path == ApplicationPath.RecommendedPackage);
        Then()
            .Do(ctx => Grant(ctx));
    }

    private static void Grant(IContext ctx)
    {
        foreach (var code in AllBenefits)
        {
            ctx.InsertLinked(code, new BenefitFact(code));
        }
    }
}
