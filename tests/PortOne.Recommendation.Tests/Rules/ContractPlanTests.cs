using System;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>The contract plan on worked examples; the exhaustive tests compare it with a brute-force search.</summary>
public sealed class ContractPlanTests
{
    [Fact]
    public void NothingAsked_EmptyPlan()
    {
        Engines.Ko.Recommend(new MerchantRequirements()).ContractPlan.Should().Be(ContractPlan.Empty);
    }

    [Fact]
    public void SubscriptionShop_OnePgAndTheEasyPayCompanies()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            RecurringCard = new(BillingKeyIssuance.Api),
            EasyPay = new() { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
            IdentityVerification = new(),
        });

        // The package's picks: KG Inicis covers cards and recurring cards at once (ties go to the earlier provider),
        // KakaoPay and NaverPay are each their own contract, and Danal does identity verification, as the entries say.
        result.ContractPlan.Contracts.Should().Equal(
            Contract(PaymentProvider.KgInicis, Package, [PaymentService.CardPayment, PaymentService.RecurringCardPayment], [ContractAddOn.RecurringAddendum]),
            Contract(PaymentProvider.KakaoPay, Package, [PaymentService.EasyPay], []),
            Contract(PaymentProvider.NaverPay, Package, [PaymentService.EasyPay], []),
            Contract(PaymentProvider.Danal, Package, [PaymentService.IdentityVerification], [ContractAddOn.IdentityVerificationContract]));
        result.Benefits.Select(b => b.Code).Should().Equal(PinnedCatalog.BenefitsOf(PackageEdition.May2025));
        result.ContractPlan.UncoveredServices.Should().BeEmpty();
    }

    [Fact]
    public void ExistingKcp_TakesCardsAndHubEasyPay_WithSiteCodes_AndSaysSo()
    {
        var result = Engines.En.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.KakaoPay] },
            OverseasCards = true,
            ExistingContracts = [PaymentProvider.NhnKcp],
        });

        // Each service has an entry that says to add it to the KCP contract, and the plan follows it.
        result.Recommendations.Where(e => e.Path == ApplicationPath.ExistingContract).Select(e => e.Service).Should().Equal(
            PaymentService.CardPayment, PaymentService.EasyPay, PaymentService.OverseasCardPayment);
        result.ContractPlan.Contracts.Should().Equal(Contract(
            PaymentProvider.NhnKcp,
            ApplicationPath.ExistingContract,
            [PaymentService.CardPayment, PaymentService.EasyPay, PaymentService.OverseasCardPayment],
            [ContractAddOn.OverseasCardAddendum, ContractAddOn.HubEasyPaySiteCodes],
            isExisting: true,
            isInPackage: false));
        result.Benefits.Should().BeEmpty("no new contract is signed through the package");
        result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.ExistingContractExtended)
            .Which.Message.Should().Contain("NHN KCP").And.Contain("help.portone.io/content/add-service");
    }

    [Fact]
    public void WithoutExistingContracts_ThePackagePgWins_AndNiceHubNeedsItsOwnMid()
    {
        var withoutExisting = Engines.Ko.Recommend(new MerchantRequirements { CardPayment = true }).ContractPlan;
        withoutExisting.Contracts.Select(c => c.Provider).Should().Equal(PaymentProvider.KgInicis);

        var nice = Engines.Ko.Recommend(new MerchantRequirements
        {
            EasyPay = new() { Integration = EasyPayIntegration.Hub },
            ExistingContracts = [PaymentProvider.NicePayments],
        }).ContractPlan;
        nice.Contracts.Should().ContainSingle().Which.AddOns.Should().Equal(ContractAddOn.HubEasyPayMerchantId);
    }

    [Fact]
    public void ReadmeWorkedExample_IsWhatTheEngineAnswers()
    {
        var engine = RecommendationEngine.Create(o => o.Edition = EditionChoice.Latest);
        var result = engine.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
            EasyPay = new EasyPayRequirement { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.ApplePay] },
            OverseasCards = true,
            ApiVersion = PortOneApiVersion.V2,
            ExistingContracts = [PaymentProvider.TossPayments],
        });

        result.Recommendations.Select(r => (r.Service, r.Path, string.Join(", ", r.Providers))).Should().Equal(
            (PaymentService.CardPayment, ApplicationPath.RecommendedPackage, "Kpn, GalaxiaMoneyTree"),
            (PaymentService.CardPayment, ApplicationPath.ExistingContract, "TossPayments"),
            (PaymentService.RecurringCardPayment, ApplicationPath.RecommendedPackage, "Kpn"),
            (PaymentService.RecurringCardPayment, ApplicationPath.ExistingContract, "TossPayments"),
            (PaymentService.EasyPay, ApplicationPath.ExistingContract, "TossPayments"),
            (PaymentService.EasyPay, ApplicationPath.DirectSelection, "KgInicis, NicePayments, NhnKcp, TossPayments, GalaxiaMoneyTree"),
            (PaymentService.OverseasCardPayment, ApplicationPath.ExistingContract, "TossPayments"),
            (PaymentService.OverseasCardPayment, ApplicationPath.DirectSelection, "KgInicis, NicePayments, NhnKcp, TossPayments, Ksnet"));
        result.ContractPlan.Contracts.Should().Equal(Contract(
            PaymentProvider.TossPayments,
            ApplicationPath.ExistingContract,
            [PaymentService.CardPayment, PaymentService.RecurringCardPayment, PaymentService.EasyPay, PaymentService.OverseasCardPayment],
            [ContractAddOn.RecurringAddendum, ContractAddOn.OverseasCardAddendum, ContractAddOn.HubEasyPayMerchantId, ContractAddOn.HubEasyPayPriorContract],
            isExisting: true,
            isInPackage: false));
        result.Advisories.Select(a => a.Code).Should().Contain([
            AdvisoryCode.ExistingContractExtended,
            AdvisoryCode.BillingKeyTiedToIssuingPg,
            AdvisoryCode.HubEasyPayTestPaymentsAreReal]);
        result.Advisories.Select(a => a.Code).Should().NotContain(
            AdvisoryCode.InicisHubEasyPayNotForRecurring, "the plan takes hub-type easy pay from Toss Payments, not KG Inicis");
        result.Benefits.Should().BeEmpty();
    }

    [Fact]
    public void BrandWithoutDirectCompany_IsPlannedWithAPgThatCarriesIt_AndSaysSo()
    {
        var result = Engines.En.Recommend(new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.ApplePay] } });

        // [D-V2PG] lists no direct contract for Apple Pay; the PGs that carry it as hub-type easy pay serve it.
        result.ContractPlan.Contracts.Should().ContainSingle().Which.Provider.Should().BeOneOf(
            PaymentProvider.KgInicis, PaymentProvider.NicePayments, PaymentProvider.NhnKcp, PaymentProvider.TossPayments,
            PaymentProvider.GalaxiaMoneyTree, PaymentProvider.KiwoomPay);
        result.ContractPlan.UncoveredServices.Should().BeEmpty();
        result.Advisories.Should().NotContain(a => a.Code == AdvisoryCode.NoKnownProvider);
        result.Advisories.Should().ContainSingle(a => a.Code == AdvisoryCode.EasyPayOnlyThroughPg)
            .Which.Message.Should().StartWith("PortOne's documentation lists no direct contract with the easy-pay company for Apple Pay");
    }

    [Fact]
    [Trait("Category", "Exhaustive")]
    public void EveryCombinationOfServiceKinds_PlannerMatchesBruteForce_ForEveryApiVersionAndEdition()
    {
        // A denser walk than the exhaustive tests for the planner alone: every subset of eight service switches,
        // with hub or direct easy pay of a few brand lists, on each API version and edition.
        var failures = new System.Collections.Generic.List<string>();
        EasyPayRequirement?[] easyPays =
        [
            null,
            new(),
            new() { Integration = EasyPayIntegration.Hub },
            new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.ApplePay, EasyPayBrand.SamsungPay] },
            new() { Brands = [EasyPayBrand.TossPay, EasyPayBrand.Payco] },
        ];
        foreach (var edition in Enum.GetValues<PackageEdition>())
        {
            var context = new RecommendationContext { Edition = edition };
            foreach (PortOneApiVersion? version in new PortOneApiVersion?[] { null, PortOneApiVersion.V1, PortOneApiVersion.V2 })
            {
                for (var mask = 0; mask < 1 << 7; mask++)
                {
                    foreach (var easyPay in easyPays)
                    {
                        var requirements = new MerchantRequirements
                        {
                            CardPayment = (mask & 1) != 0,
                            BankTransfer = (mask & 2) != 0,
                            RecurringCard = (mask & 4) != 0 ? new(BillingKeyIssuance.PaymentWindow) : null,
                            IdentityVerification = (mask & 8) != 0 ? new() : null,
                            MobileMicropayment = (mask & 16) != 0 ? new(Recurring: (mask & 32) != 0) : null,
                            OverseasCards = (mask & 64) != 0,
                            EasyPay = easyPay,
                            ApiVersion = version,
                        };
                        var plan = Engines.Uncached.Recommend(requirements, context).ContractPlan;
                        var expected = DecisionTable.For(requirements, edition).Plan;
                        if (!plan.Equals(expected))
                        {
                            failures.Add($"{edition} {requirements}: {plan} != {expected}");
                        }
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    private const ApplicationPath Package = ApplicationPath.RecommendedPackage;

    private static PlannedContract Contract(
        PaymentProvider provider,
        ApplicationPath path,
        PaymentService[] services,
        ContractAddOn[] addOns,
        bool isExisting = false,
        bool isInPackage = true) =>
        new(provider, services, addOns, isExisting, isInPackage) { Routes = services.Select(s => new PlannedService(s, path)).ToArray() };
}
