using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.CustomRules;

/// <summary>A service a team's rules ask: which PG its platform has a master contract with.</summary>
public interface IPlatformContracts
{
    PaymentProvider MasterContract { get; }
}

/// <summary>The platform's contracts as a test registers them.</summary>
public sealed class FixedPlatformContracts(PaymentProvider master) : IPlatformContracts
{
    public PaymentProvider MasterContract { get; } = master;
}

/// <summary>Takes a service in its constructor: created from the application's container.</summary>
[Name("Custom.MasterContractNote")]
[Description("Adds a note naming the platform's master contract, from a service of the container.")]
internal sealed class MasterContractNoteRule(IPlatformContracts contracts) : Rule
{
    public override void Define()
    {
        ContractPlanFact plan = null!;

        When().Match(() => plan);
        Then().Yield(ctx => new AdvisoryFact(AdvisoryCode.Custom, null, LocalizableText.Of("대표 계약: " + contracts.MasterContract, "Master contract: " + contracts.MasterContract)));
    }
}

/// <summary>Asks for a service in its condition with NRules' Dependency(): resolved from the container.</summary>
[Name("Custom.MasterContractEntriesOnly")]
[Description("Keeps only the platform's master contract on the card entry, the PG read from a service of the container.")]
internal sealed class MasterContractEntriesOnlyRule : Rule
{
    public override void Define()
    {
        RecommendationFact card = null!;
        IPlatformContracts contracts = null!;

        Dependency().Resolve(() => contracts);
        When().Match(() => card, c => c.Service == PaymentService.CardPayment && c.Providers.Count > 1);
        Then().Do(ctx => Replace(ctx, card, contracts.MasterContract));
    }

    private static void Replace(NRules.RuleModel.IContext ctx, RecommendationFact card, PaymentProvider master)
    {
        ctx.Retract(card);
        ctx.Insert(card with { Providers = [master] });
    }
}
