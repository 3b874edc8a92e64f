using System.Linq;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Rules;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>Each built-in rule alone, in a session of its own with the facts it matches (<see cref="RuleFixture"/>).</summary>
public sealed class SingleRuleTests
{
    [Fact]
    public void CardPayment_NamesTheEditionsCardPgs_AndNothingElse()
    {
        RuleFixture.Run<CardPaymentRule>(new() { CardPayment = true }).Entries.Should().ContainSingle()
            .Which.Should().Match<RecommendationFact>(e => e.Path == ApplicationPath.RecommendedPackage
                && e.PackageItem == PackageItem.CardGeneral
                && e.Providers.SequenceEqual(new[] { PaymentProvider.KgInicis, PaymentProvider.NicePayments }));
        RuleFixture.Run<CardPaymentRule>(new() { CardPayment = true }, PackageEdition.April2026).Entries.Single().Providers
            .Should().Equal(PaymentProvider.Kpn, PaymentProvider.GalaxiaMoneyTree);
        RuleFixture.Run<CardPaymentRule>(new() { BankTransfer = true }).Outputs.Should().BeEmpty();
    }

    [Fact]
    public void ExistingContract_OneEntryPerServiceAnExistingContractServes_OnTheApiVersion()
    {
        var run = RuleFixture.Run<ExistingContractRule>(new()
        {
            CardPayment = true,
            IdentityVerification = new(),
            MobileMicropayment = new(Recurring: true),
            ExistingContracts = [PaymentProvider.NhnKcp, PaymentProvider.Kpn],
            ApiVersion = PortOneApiVersion.V1,
        });

        // KCP serves cards and identity verification on V1; KPN exists on V2 only; nobody of the two has recurring
        // mobile micropayments.
        run.Entries.Select(e => (e.Service, e.Path, string.Join(",", e.Providers))).Should().BeEquivalentTo(new[]
        {
            (PaymentService.CardPayment, ApplicationPath.ExistingContract, "NhnKcp"),
            (PaymentService.IdentityVerification, ApplicationPath.ExistingContract, "NhnKcp"),
        });
        RuleFixture.Run<ExistingContractRule>(new() { CardPayment = true }).Outputs.Should().BeEmpty("no existing contracts");
    }

    [Fact]
    public void ExistingContractUnavailable_NamesContractsThatServeOnlyOnTheOtherVersion()
    {
        RuleFixture.Run<ExistingContractUnavailableAdvisoryRule>(new()
        {
            CardPayment = true,
            ExistingContracts = [PaymentProvider.Kpn],
            ApiVersion = PortOneApiVersion.V1,
        }).Advisories.Should().Equal(AdvisoryCode.ExistingContractUnavailableOnApiVersion);
        RuleFixture.Run<ExistingContractUnavailableAdvisoryRule>(new()
        {
            CardPayment = true,
            ExistingContracts = [PaymentProvider.Kpn],
            ApiVersion = PortOneApiVersion.V2,
        }).Outputs.Should().BeEmpty();
        RuleFixture.Run<ExistingContractUnavailableAdvisoryRule>(new()
        {
            CardPayment = true,
            ExistingContracts = [PaymentProvider.Kpn],
        }).Outputs.Should().BeEmpty("without an API version every contract serves");
    }

    [Fact]
    public void ContractPlan_WorksFromTheEntries_NotFromTheCatalog()
    {
        var requirements = new MerchantRequirements { CardPayment = true, OverseasCards = true };
        var card = RecommendationFact.ViaPackage(PaymentService.CardPayment, PackageItem.CardGeneral, [PaymentProvider.NicePayments], LocalizableText.Of("카드"));
        var overseas = RecommendationFact.ViaDirectSelection(
            PaymentService.OverseasCardPayment, [PaymentProvider.NhnKcp, PaymentProvider.NicePayments], LocalizableText.Of("해외"), []);

        var plan = RuleFixture.Run<PartnerBenefitsRule>(requirements, PackageEdition.May2025, card, overseas).Plan!;

        plan.Contracts.Should().ContainSingle().Which.Should().Match<PlannedContract>(c => c.Provider == PaymentProvider.NicePayments
            && c.Services.SequenceEqual(new[] { PaymentService.CardPayment, PaymentService.OverseasCardPayment })
            && c.Routes.Select(r => r.Path).SequenceEqual(new[] { ApplicationPath.RecommendedPackage, ApplicationPath.DirectSelection }));
        RuleFixture.Run<PartnerBenefitsRule>(requirements).Plan.Should().BeNull("no entry, no plan");
    }

    [Fact]
    public void PartnerBenefits_OnlyWhenThePlanSignsANewContractThroughThePackage()
    {
        var requirements = new MerchantRequirements { CardPayment = true, ExistingContracts = [PaymentProvider.KgInicis] };
        var newPackage = new PlannedContract(PaymentProvider.NicePayments, [PaymentService.CardPayment], [], false, true)
        {
            Routes = [new PlannedService(PaymentService.CardPayment, ApplicationPath.RecommendedPackage)],
        };
        var existing = newPackage with { Provider = PaymentProvider.KgInicis, IsExisting = true };
        var direct = newPackage with { Routes = [new PlannedService(PaymentService.CardPayment, ApplicationPath.DirectSelection)] };
        var context = RuleFixture.Run<PartnerBenefitsRule>(requirements).Context;
        var kpnContext = RuleFixture.Run<PartnerBenefitsRule>(requirements, PackageEdition.April2025Kpn).Context;

        Benefits(newPackage, context).Should().Equal(BenefitCode.FasterContract, BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount, BenefitCode.SignUpFeeSupport);
        Benefits(existing, context).Should().BeEmpty();
        Benefits(direct, context).Should().BeEmpty();

        // The benefits are the call's edition's, read through the plan's context: no rule names a benefit.
        Benefits(newPackage, kpnContext).Should().Equal(PinnedCatalog.BenefitsOf(PackageEdition.April2025Kpn));
        Benefits(newPackage, kpnContext).Should().Contain(BenefitCode.AwsCredit).And.NotContain(BenefitCode.FasterContract);

        System.Collections.Generic.IEnumerable<BenefitCode> Benefits(PlannedContract contract, MerchantContextFact call) => RuleFixture
            .Run<PartnerBenefitsRule>(requirements, call.Edition, new ContractPlan([contract], []))
            .Outputs.OfType<BenefitFact>().Select(b => b.Code).Order();
    }

    [Fact]
    public void InicisHubRecurring_OnlyWhenThePlanTakesHubEasyPayFromKgInicis()
    {
        var requirements = new MerchantRequirements { RecurringCard = new(), EasyPay = new() { Integration = EasyPayIntegration.Hub } };
        var context = RuleFixture.Run<InicisHubRecurringAdvisoryRule>(requirements).Context;

        Advise(PaymentProvider.KgInicis).Should().Equal(AdvisoryCode.InicisHubEasyPayNotForRecurring);
        Advise(PaymentProvider.NhnKcp).Should().BeEmpty();

        System.Collections.Generic.IEnumerable<AdvisoryCode> Advise(PaymentProvider hub) => RuleFixture
            .Run<InicisHubRecurringAdvisoryRule>(requirements, PackageEdition.May2025, new ContractPlan([new PlannedContract(hub, [PaymentService.EasyPay], [], false, false)], []))
            .Advisories;
    }

    [Fact]
    public void NothingRequested_OnlyWhenNoNeedIsAsked()
    {
        RuleFixture.Run<NothingRequestedRule>(new()).Advisories.Should().Equal(AdvisoryCode.NothingRequested);
        RuleFixture.Run<NothingRequestedRule>(new() { OverseasCards = true }).Outputs.Should().BeEmpty();
    }
}
