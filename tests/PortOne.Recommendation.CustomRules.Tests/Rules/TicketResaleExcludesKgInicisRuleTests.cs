using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortOne.Recommendation.CustomRules.Rules;
using PortOne.Recommendation.CustomRules.Tests.Support;

namespace PortOne.Recommendation.CustomRules.Tests.Rules;

/// <summary>
/// <see cref="TicketResaleExcludesKgInicisRule"/> alone with the built-in rules: no entry and no contract names KG
/// Inicis, and otherwise the answer is the built-in one. Shown on the sample's shop, then over every combination of
/// the needs that can bring KG Inicis into an answer.
/// </summary>
public sealed class TicketResaleExcludesKgInicisRuleTests
{
    private const string RuleName = "Category.TicketResale.ExcludeKgInicis";

    private static readonly RecommendationEngine Engine = Ask.EngineWith(typeof(TicketResaleExcludesKgInicisRule));

    [Fact]
    public void SubscriptionShop_CardEntriesLoseKgInicis_AndThePlanContractsNicePayments()
    {
        var result = Engine.In("en", Shops.Subscription);

        result.Recommendations.Where(e => e.Service is PaymentService.CardPayment or PaymentService.RecurringCardPayment)
            .Should().HaveCount(2).And.OnlyContain(e => e.Providers.SequenceEqual(new[] { PaymentProvider.NicePayments })
                && e.RuleName == RuleName
                && e.Reason == "Under our platform's policy, ticket resale merchants do not apply with KG Inicis.");
        result.Recommendations.Where(e => e.Service is PaymentService.EasyPay or PaymentService.IdentityVerification)
            .Should().Equal(Ask.BuiltInOnly.In("en", Shops.Subscription).Recommendations.Where(e => e.Service is PaymentService.EasyPay or PaymentService.IdentityVerification));
        result.ContractPlan.Contracts.Select(c => c.Provider).Should().Equal(
            PaymentProvider.NicePayments, PaymentProvider.KakaoPay, PaymentProvider.NaverPay, PaymentProvider.Danal);
        result.FiredRules.Where(rule => rule == RuleName).Should().HaveCount(2, "it fires once per entry that names KG Inicis");
    }

    [Fact]
    public void ExistingKgInicisContract_ItsEntriesGo_AndThePlanSignsWithAnotherPg()
    {
        var result = Engine.In("en", Shops.CardsOnly with { ExistingContracts = [PaymentProvider.KgInicis] });

        result.Recommendations.Should().ContainSingle()
            .Which.Should().Match<ServiceRecommendation>(e => e.Path == ApplicationPath.RecommendedPackage
                && e.Providers.SequenceEqual(new[] { PaymentProvider.NicePayments }));
        result.ContractPlan.Contracts.Should().ContainSingle().Which.Provider.Should().Be(PaymentProvider.NicePayments);
    }

    /// <summary>Every combination of the needs whose answers can name KG Inicis (cards, recurring cards, easy pay,
    /// mobile micropayments, overseas cards), with and without an existing KG Inicis contract, in the first and the latest
    /// package edition: 2 x 3 x 5 x 3 x 2 x 2 x 2 = 720 requirement profiles.</summary>
    public static IEnumerable<(MerchantRequirements Requirements, EditionChoice Edition)> Space()
    {
        RecurringCardRequirement?[] recurring = [null, new(BillingKeyIssuance.Api), new(BillingKeyIssuance.PaymentWindow)];
        EasyPayRequirement?[] easyPay =
        [
            null,
            new(),
            new() { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.TossPay] },
            new() { Integration = EasyPayIntegration.Hub },
            new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.NaverPay, EasyPayBrand.ApplePay] },
        ];
        MobileMicropaymentRequirement?[] mobile = [null, new(Recurring: false), new(Recurring: true)];
        IReadOnlyList<PaymentProvider>[] existing = [[], [PaymentProvider.KgInicis]];
        EditionChoice[] editions = [PackageEdition.May2025, EditionChoice.Latest];

        foreach (var card in new[] { false, true })
        {
            foreach (var recurringCard in recurring)
            {
                foreach (var easy in easyPay)
                {
                    foreach (var micropayment in mobile)
                    {
                        foreach (var overseas in new[] { false, true })
                        {
                            foreach (var contracts in existing)
                            {
                                foreach (var edition in editions)
                                {
                                    var requirements = new MerchantRequirements
                                    {
                                        CardPayment = card,
                                        RecurringCard = recurringCard,
                                        EasyPay = easy,
                                        MobileMicropayment = micropayment,
                                        OverseasCards = overseas,
                                        ExistingContracts = contracts,
                                    };
                                    yield return (requirements, edition);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void WholeSpace_NoEntryOrContractNamesKgInicis_AndEveryOtherPgStays()
    {
        var violations = new List<string>();
        var profiles = 0;
        var changed = 0;
        foreach (var (requirements, edition) in Space())
        {
            var context = new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en"), Edition = edition };
            var before = Ask.BuiltInOnly.Recommend(requirements, context);
            var after = Engine.Recommend(requirements, context);
            profiles++;
            changed += after.FiredRules.Contains(RuleName) ? 1 : 0;
            foreach (var broken in Violations(before, after))
            {
                violations.Add($"{broken}, for {requirements} in edition {edition}");
            }
        }

        violations.Should().BeEmpty();
        profiles.Should().Be(720);
        changed.Should().BeGreaterThan(100, "the space must exercise the rule, not just leave it idle");
    }

    /// <summary>What the rule promises, checked with plain LINQ: a loop of 720 profiles stays fast, and one failure
    /// lists every broken profile.</summary>
    private static IEnumerable<string> Violations(RecommendationResult before, RecommendationResult after)
    {
        if (after.Recommendations.Any(e => e.Providers.Contains(PaymentProvider.KgInicis)))
        {
            yield return "an entry names KG Inicis";
        }

        if (after.ContractPlan.Contracts.Any(c => c.Provider == PaymentProvider.KgInicis))
        {
            yield return "the plan contracts KG Inicis";
        }

        // Every built-in entry is still there with its other PGs, except an existing-contract entry that named KG Inicis
        // alone; entries that did not name KG Inicis are untouched.
        var expected = before.Recommendations
            .Where(e => !(e.Path == ApplicationPath.ExistingContract && e.Providers.All(p => p == PaymentProvider.KgInicis)))
            .Select(e => $"{e.Service}/{e.Path}/{e.PackageItem}: {string.Join(",", e.Providers.Where(p => p != PaymentProvider.KgInicis))}");
        var actual = after.Recommendations.Select(e => $"{e.Service}/{e.Path}/{e.PackageItem}: {string.Join(",", e.Providers)}");
        if (!actual.SequenceEqual(expected))
        {
            yield return $"the entries are [{string.Join("; ", actual)}], expected [{string.Join("; ", expected)}]";
        }

        if (after.Recommendations.Any(e => e.RuleName != RuleName && !before.Recommendations.Contains(e)))
        {
            yield return "an entry the rule did not touch differs from the built-in one";
        }

        // The plan follows the entries: every service an entry names a PG for is covered by one of those PGs.
        foreach (var entry in after.Recommendations.Where(e => e.Providers.Count > 0))
        {
            if (!after.ContractPlan.Contracts.Any(c => c.Services.Contains(entry.Service) && entry.Providers.Contains(c.Provider)))
            {
                yield return $"the plan does not cover {entry.Service} with a PG its entry names";
            }
        }
    }
}
