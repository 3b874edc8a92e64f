using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Rules;

/// <summary>Warns about an industry PortOne's help page lists as high risk or not accepted.</summary>
[Name("Advisory.HighRiskIndustry")]
[Description("When the merchant's industry is one PortOne's high-risk page lists, the answer names the PGs the page lists as reviewing it and the planned providers it does not list, or says the page lists no reviewer, or that the industry is not accepted; it cites the page.")]
internal sealed class HighRiskIndustryAdvisoryRule : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When()
            .Match(() => plan, p => p.Context.Industry != null);
        Then()
            .Do(ctx => plan.Call.Emit(ctx, Advise(plan)));
    }

    private static AdvisoryFact Advise(ContractPlanFact plan)
    {
        var context = plan.Context;
        var industry = context.Industry!.Value;
        var listed = context.Catalog.Industry(industry);
        if (!listed.IsAccepted)
        {
            return SourcedAdvisory.WithText(context, AdvisoryCode.HighRiskIndustry, TextKeys.AdvisoryHighRiskIndustryNotAccepted, null, industry);
        }

        if (listed.ReviewedBy.Length == 0)
        {
            return SourcedAdvisory.WithText(context, AdvisoryCode.HighRiskIndustry, TextKeys.AdvisoryHighRiskIndustryNoReviewer, null, industry);
        }

        var unlisted = new List<PaymentProvider>();
        foreach (var contract in plan.Plan.Contracts)
        {
            if (Array.IndexOf(listed.ReviewedBy, contract.Provider) < 0)
            {
                unlisted.Add(contract.Provider);
            }
        }

        return unlisted.Count == 0
            ? SourcedAdvisory.Create(context, AdvisoryCode.HighRiskIndustry, null, industry, listed.ReviewedBy)
            : SourcedAdvisory.WithText(context, AdvisoryCode.HighRiskIndustry, TextKeys.AdvisoryHighRiskIndustryUnlisted, null, industry, listed.ReviewedBy, unlisted.ToArray());
    }
}
