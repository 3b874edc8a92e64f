using System;
using System.Linq;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Tests.Scenarios;

/// <summary>The built-in scenarios reach every decision the library can make.</summary>
public sealed class ScenarioCatalogTests
{
    /// <summary>Each scenario's result as <c>--scenario</c> gives it: on the scenario's own edition, if it has one.</summary>
    private static readonly RecommendationResult[] Results = ScenarioCatalog.All.Select(Recommend).ToArray();

    /// <summary>Each scenario's result as <c>--why</c> gives it: the rules that give the reasons fire only in calls
    /// that ask for an explanation.</summary>
    private static readonly RecommendationResult[] Explained = ScenarioCatalog.All.Select(s => Recommend(s, explain: true)).ToArray();

    [Fact]
    public void Catalog_HasAtLeastEightScenarios_WithUniqueKebabCaseNames_AndTheSubscriptionShopFirst()
    {
        ScenarioCatalog.All.Should().HaveCountGreaterThanOrEqualTo(8);
        ScenarioCatalog.Names.Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(name => name.Should().MatchRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        ScenarioCatalog.All[0].Should().BeSameAs(ScenarioCatalog.Default);
        ScenarioCatalog.Default.Name.Should().Be("subscription-shop");
    }

    [Fact]
    public void DefaultScenario_IsTheSubscriptionShopOfTheReadme()
    {
        ScenarioCatalog.Default.Requirements.Should().Be(new MerchantRequirements
        {
            CardPayment = true,
            RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
            EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
            IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
        });
    }

    [Fact]
    public void Scenarios_HaveTitlesAndDescriptionsInBothLanguages()
    {
        ScenarioCatalog.All.Should().AllSatisfy(s =>
        {
            s.Title.Korean.Should().NotBeNullOrWhiteSpace();
            s.Title.English.Should().NotBeNullOrWhiteSpace();
            s.Description.Korean.Should().EndWith(".");
            s.Description.English.Should().EndWith(".");
        });
        ScenarioCatalog.All.Select(s => s.Title.English).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Scenarios_TogetherFireEveryBuiltInRule()
    {
        var builtInRules = typeof(RecommendationEngine).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(RuleName)
            .Where(name => name != "Engine.StageEnd") // fires only beside a caller's rules, and is never reported
            .ToList();

        builtInRules.Should().HaveCountGreaterThan(10);

        // "No known provider" is reached by a business registered abroad asking for cards issued abroad: no page
        // confirms a PG for it (foreign-seller). The explanation rules fire only in calls that explain.
        Results.Concat(Explained).SelectMany(r => r.FiredRules).Distinct().Should().Contain(builtInRules);
    }

    [Fact]
    public void Scenarios_TogetherReachEveryServiceAdvisoryAndPath()
    {
        Results.SelectMany(r => r.Recommendations).Select(r => r.Service).Distinct()
            .Should().BeEquivalentTo(Enum.GetValues<PaymentService>());
        Results.SelectMany(r => r.Advisories).Select(a => a.Code).Distinct()
            .Should().BeEquivalentTo(
                Enum.GetValues<AdvisoryCode>().Where(c => c is not AdvisoryCode.Custom),
                "every built-in advisory; Custom is for callers' rules");
        Results.SelectMany(r => r.Recommendations).Select(r => r.Path).Distinct()
            .Should().BeEquivalentTo(Enum.GetValues<ApplicationPath>());
        Results.Should().Contain(r => r.Benefits.Count == 4).And.Contain(r => r.Benefits.Count == 0);
    }

    [Fact]
    public void Scenarios_ShowTheApiVersionsAndExistingContracts()
    {
        ScenarioCatalog.All.Select(s => s.Requirements.ApiVersion).Should().Contain(PortOneApiVersion.V1).And.Contain(PortOneApiVersion.V2);
        Results.Should().Contain(r => r.ContractPlan.Contracts.Any(c => c.IsExisting));
        Results.Should().Contain(r => r.Advisories.Any(a => a.Code == AdvisoryCode.EasyPayOnlyThroughPg));
        Results.Should().Contain(r => r.Recommendations.Any(e => e.Path == ApplicationPath.ExistingContract));
    }

    [Fact]
    public void ScenariosWithAnEditionOfTheirOwn_NeedIt_AndNameAnotherThanTheDefault()
    {
        var withEdition = ScenarioCatalog.All.Where(s => s.Edition is not null).ToList();

        withEdition.Should().NotBeEmpty().And.AllSatisfy(s =>
        {
            EditionChoice.Of(s.Edition!.Value).Should().NotBe(SharedEngines.DefaultEdition);
            EditionChoice.Of(s.Edition!.Value).IsLatest.Should().BeFalse("a golden file must not move with the catalog");
            var onDefault = SharedEngines.Engine.Recommend(s.Requirements, SharedEngines.Context(Language.English, SharedEngines.DefaultEdition));
            onDefault.Should().NotBe(Recommend(s), "{0} names its edition because its answer depends on it", s.Name);
        });
    }

    [Fact]
    public void Find_UnknownName_Throws()
    {
        var find = () => ScenarioCatalog.Find("no-such-scenario");

        find.Should().Throw<ArgumentException>().WithMessage("*no-such-scenario*");
    }

    private static RecommendationResult Recommend(Scenario scenario) => Recommend(scenario, explain: false);

    private static RecommendationResult Recommend(Scenario scenario, bool explain)
    {
        var edition = scenario.Edition is { } own ? EditionChoice.Of(own) : SharedEngines.DefaultEdition;
        return SharedEngines.Engine.Recommend(scenario.Requirements, SharedEngines.Context(Language.English, edition) with { Explain = explain });
    }

    /// <summary>The text of a rule's [Name] (NRules keeps it to itself).</summary>
    private static string RuleName(Type rule) => (string)rule.GetCustomAttributesData()
        .Single(a => a.AttributeType == typeof(NameAttribute))
        .ConstructorArguments[0].Value!;
}
