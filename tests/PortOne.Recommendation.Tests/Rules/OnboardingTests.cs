using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>
/// The onboarding plan (issue 22). Over every provider, new or existing contract, each shape of services and every set
/// of kinds of sale (the whole space of what the plan's onboarding depends on): a section per contract, every item
/// sourced from a help-center page with its evidence, site requirements that follow what is sold, texts that read in
/// both languages and agree but for the words. Then through the engine: the sections follow the contract plan, the
/// option changes nothing else, cached and uncached agree.
/// </summary>
public sealed class OnboardingTests
{
    private static readonly ProviderCatalog Catalog = ProviderCatalog.Default;
    private static readonly RecommendationEngine Engine = Engines.Ko;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> CheckedTexts = new(StringComparer.Ordinal);
    private static readonly Regex UnresolvedParticle = new(@"\((?:은|는|이|가|을|를|과|와|으)\)|[은는이가을를과와]/[은는이가을를과와]", RegexOptions.Compiled);
    private static readonly Regex EvidencePattern = new(@"^portone-io/mcp-server:assets/docs/help/.+\.md@[0-9a-f]{7}$", RegexOptions.Compiled);

    /// <summary>The shapes of a contract's services that the items' conditions tell apart.</summary>
    private static readonly PaymentService[][] ServiceShapes =
    [
        [PaymentService.CardPayment],
        [PaymentService.IdentityVerification],
        [PaymentService.CardPayment, PaymentService.IdentityVerification],
        [PaymentService.RecurringCardPayment],
        [PaymentService.OverseasCardPayment],
        [PaymentService.EasyPay],
    ];

    public static IEnumerable<object[]> Providers() => Enum.GetValues<PaymentProvider>().Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Providers))]
    public void EveryProvider_NewOrExisting_EveryShapeAndSale_HasASourcedSectionThatFollowsTheRequirements(PaymentProvider provider)
    {
        foreach (var existing in new[] { false, true })
        {
            foreach (var services in ServiceShapes)
            {
                foreach (var recurringOverseas in new[] { false, true })
                {
                    for (var sells = 0; sells < 1 << Enum.GetValues<MerchantOffering>().Length; sells++)
                    {
                        var requirements = Requirements(sells, recurringOverseas && services.Contains(PaymentService.OverseasCardPayment));
                        var plan = new ContractPlan([new PlannedContract(provider, services, [], existing, false)], []);
                        var ko = Build(plan, requirements, TextLanguage.Korean);
                        var en = Build(plan, requirements, TextLanguage.English);

                        var section = ko.Contracts.Should().ContainSingle().Subject;
                        section.Provider.Should().Be(provider);
                        section.IsExisting.Should().Be(existing);
                        section.Items.Should().NotBeEmpty();
                        CheckItems(ko, "ko");
                        CheckItems(en, "en");
                        WithoutTexts(en).Should().Be(WithoutTexts(ko), "Korean and English agree but for the texts ({0})", provider);
                        CheckSiteRequirements(ko, requirements, services.Contains(PaymentService.OverseasCardPayment));
                        CheckConditions(section, provider, existing, services, requirements);
                    }
                }
            }
        }
    }

    [Fact]
    public void ProviderWithoutAProcedurePage_SaysSo_AndCopiesNoOtherProvidersSteps()
    {
        var plan = new ContractPlan([new PlannedContract(PaymentProvider.Payletter, [PaymentService.OverseasCardPayment], [], false, false)], []);

        var section = Build(plan, RequirementsSnapshot.Of(new MerchantRequirements()), TextLanguage.Korean).Contracts.Single();

        section.HasProcedurePage.Should().BeFalse();
        section.Items[0].Kind.Should().Be(OnboardingItemKind.NotDocumented);
        section.Items[0].Text.Should().Be("포트원 도움말에 페이레터 상세 계약절차가 나와 있지 않습니다. 신청한 뒤 포트원의 안내에 따라 진행하고, 심사와 일정은 포트원에 문의해 주세요.");
        section.Items.Select(i => i.Kind).Should().Equal(OnboardingItemKind.NotDocumented, OnboardingItemKind.ChannelSetting);
        section.Items.Should().OnlyContain(i => i.Source.Key == "H-INTL-PL" || i.Source.Key == "H-CH-payletter");
    }

    [Fact]
    public void KgInicis_NewContract_GivesThePagesStepsInOrder_WithWaitsAndSources()
    {
        var plan = new ContractPlan([new PlannedContract(PaymentProvider.KgInicis, [PaymentService.CardPayment], [], false, true)], []);

        var section = Build(plan, RequirementsSnapshot.Of(new MerchantRequirements()), TextLanguage.Korean).Contracts.Single();

        section.Items.Select(i => i.Kind).Should().Equal(
            OnboardingItemKind.Step, OnboardingItemKind.Step, OnboardingItemKind.Wait, OnboardingItemKind.Documents, OnboardingItemKind.Step,
            OnboardingItemKind.Step, OnboardingItemKind.ChannelSetting, OnboardingItemKind.Step, OnboardingItemKind.Review);
        section.Items[0].Text.Should().Be("포트원 관리자콘솔에서 ‘전자결제 신청’을 눌러 사업자등록증을 올리고, 쓸 결제수단과 KG이니시스를 골라 가입 신청서를 제출합니다.");
        section.Items[2].Wait.Should().Be(new OnboardingWait(2, 3, OnboardingWaitUnit.BusinessDays));
        section.Items[2].Text.Should().StartWith("신청서를 제출하고 2~3영업일 안에 KG이니시스 계약 부서가");
        section.Items[3].Link!.Url.Should().Be("https://help.portone.io/content/content54");
        section.Items[8].Wait.Should().Be(new OnboardingWait(2, 2, OnboardingWaitUnit.Weeks));
        section.Items[8].Text.Should().EndWith("보통 2주 정도 걸립니다.");
        section.Items.Should().OnlyContain(i => i.Source == new OnboardingSource(
            "H-C-inicis",
            "https://help.portone.io/content/inicis-contract",
            "portone-io/mcp-server:assets/docs/help/core-service/how-to-use/inicis-contract.md@47b7df7"));
        section.Items.Should().NotContain(i => i.Kind == OnboardingItemKind.Insurance, "KG Inicis' page does not mention guarantee insurance");
    }

    [Fact]
    public void Danal_ForIdentityVerificationOnly_SkipsChannelDevelopmentAndCardReview_ForTheCarriersReview()
    {
        var idOnly = Section(PaymentProvider.Danal, [PaymentService.IdentityVerification]);
        var payments = Section(PaymentProvider.Danal, [PaymentService.CardPayment]);

        idOnly.Items.Select(i => i.Kind).Should().NotContain(OnboardingItemKind.ChannelSetting);
        idOnly.Items[^1].Text.Should().Contain("통신사 심사").And.Contain("2~3주");
        idOnly.Items[^1].Wait.Should().Be(new OnboardingWait(2, 3, OnboardingWaitUnit.Weeks));
        payments.Items.Select(i => i.Kind).Should().Contain(OnboardingItemKind.ChannelSetting);
        payments.Items.Should().NotContain(i => i.Text.Contains("통신사 심사", StringComparison.Ordinal));
    }

    [Fact]
    public void ExistingContract_GetsTheAddServiceSteps()
    {
        var section = Section(PaymentProvider.KgInicis, [PaymentService.RecurringCardPayment], existing: true);

        section.IsExisting.Should().BeTrue();
        section.Items[0].Source.Key.Should().Be("H-A-inicis");
        section.Items.Select(i => i.Text).Should().Contain("정기결제를 쓰려면 추가된 상점아이디에 정기결제 특약 서비스를 따로 신청합니다.");
        section.Items[^1].Source.Key.Should().Be("H-ADD");
        Section(PaymentProvider.KgInicis, [PaymentService.CardPayment], existing: true).Items.Select(i => i.Text)
            .Should().NotContain(t => t.Contains("정기결제 특약", StringComparison.Ordinal), "the recurring addendum is for recurring services");
    }

    [Fact]
    public void Engine_WithoutTheOption_GivesNoOnboarding_AndTheOptionChangesNothingElse()
    {
        var requirements = new MerchantRequirements { CardPayment = true, IdentityVerification = new(), Sells = [MerchantOffering.PhysicalGoods] };

        var plain = Engines.Uncached.Recommend(requirements);
        var withOnboarding = Engines.Uncached.Recommend(requirements, new RecommendationContext { IncludeOnboarding = true });

        plain.Onboarding.Should().BeNull();
        withOnboarding.Onboarding.Should().NotBeNull();
        (withOnboarding with { Onboarding = null }).Should().Be(plain);
        withOnboarding.Should().NotBe(plain);
    }

    [Fact]
    public void Engine_NothingRequested_GivesAnEmptyOnboardingPlan()
    {
        Engine.Recommend(new MerchantRequirements(), new RecommendationContext { IncludeOnboarding = true }).Onboarding
            .Should().Be(OnboardingPlan.Empty);
    }

    /// <summary>A walk over the requirement space (every 17th profile, with the API version, edition, existing contracts
    /// and kinds of sale turning with the walk): a section per planned contract in plan order, new or existing as planned,
    /// site requirements exactly when there is a contract; Korean and English agree but for the texts; the cached engine
    /// agrees with the uncached one. The exhaustive suite walks every profile.</summary>
    [Fact]
    public void ProfilesWalk_EveryPlannedContractHasItsSection_LanguagesAndCacheAgree() => Walk(17);

    [Fact]
    [Trait("Category", "Exhaustive")]
    public void WholeSpace_EveryPlannedContractHasItsSection_LanguagesAndCacheAgree() => Walk(1);

    private static void Walk(int stride)
    {
        var cached = RecommendationEngine.Create();
        PaymentProvider[][] existing = [[], [PaymentProvider.KgInicis], [PaymentProvider.Danal, PaymentProvider.Kpn], [PaymentProvider.KakaoPay, PaymentProvider.Payletter]];
        var editions = Enum.GetValues<PackageEdition>();
        var i = 0;
        foreach (var profile in DecisionTable.AllProfiles())
        {
            if (i++ % stride != 0)
            {
                continue;
            }

            var requirements = profile with
            {
                ApiVersion = (i / stride % 3) switch { 0 => null, 1 => PortOneApiVersion.V1, _ => PortOneApiVersion.V2 },
                ExistingContracts = existing[i / stride % existing.Length],
                Sells = [.. Enum.GetValues<MerchantOffering>().Where(o => ((i / stride) & (1 << (int)o)) != 0)],
            };
            var edition = EditionChoice.Of(editions[i / stride % editions.Length]);
            var ko = Engines.Uncached.Recommend(requirements, new RecommendationContext { IncludeOnboarding = true, Edition = edition, Culture = CultureInfo.GetCultureInfo("ko") });
            var en = Engines.Uncached.Recommend(requirements, new RecommendationContext { IncludeOnboarding = true, Edition = edition, Culture = CultureInfo.GetCultureInfo("en") });

            ko.Onboarding!.Contracts.Select(c => (c.Provider, c.IsExisting))
                .Should().Equal(ko.ContractPlan.Contracts.Select(c => (c.Provider, c.IsExisting)), "every planned contract has its section, in plan order");
            (ko.Onboarding.SiteRequirements.Count > 0).Should().Be(ko.ContractPlan.Contracts.Count > 0, "site requirements come with contracts");
            ko.Onboarding.Contracts.Should().NotContain(c => c.Items.Count == 0);
            WithoutTexts(en.Onboarding!).Should().Be(WithoutTexts(ko.Onboarding), "ko and en agree but for the texts");
            cached.Recommend(requirements, new RecommendationContext { IncludeOnboarding = true, Edition = edition, Culture = CultureInfo.GetCultureInfo("ko") })
                .Should().Be(ko, "cached and uncached answers agree");
        }
    }

    private static ContractOnboarding Section(PaymentProvider provider, PaymentService[] services, bool existing = false) =>
        Build(new ContractPlan([new PlannedContract(provider, services, [], existing, false)], []), RequirementsSnapshot.Of(new MerchantRequirements()), TextLanguage.Korean)
            .Contracts.Single();

    private static OnboardingPlan Build(ContractPlan plan, RequirementsSnapshot requirements, TextLanguage language) =>
        OnboardingAssembler.Build(plan, requirements, Catalog, new TextCache(), language);

    private static RequirementsSnapshot Requirements(int sells, bool recurringOverseas) =>
        RequirementsSnapshot.Of(new MerchantRequirements
        {
            OverseasCards = recurringOverseas,
            RecurringOverseasCards = recurringOverseas,
            Sells = [.. Enum.GetValues<MerchantOffering>().Where(o => (sells & (1 << (int)o)) != 0)],
        });

    private static void CheckItems(OnboardingPlan plan, string language)
    {
        foreach (var item in plan.Contracts.SelectMany(c => c.Items).Concat(plan.SiteRequirements))
        {
            foreach (var source in new[] { item.Source, item.Link }.OfType<OnboardingSource>())
            {
                source.Url.Should().StartWith("https://help.portone.io/content/");
                source.Evidence.Should().MatchRegex(EvidencePattern.ToString());
                Catalog.SourceUrls[source.Key].Should().Be(source.Url);
            }

            item.Text.Should().NotBeNullOrWhiteSpace().And.NotContain("{").And.NotContain("}");
            if (CheckedTexts.TryAdd(item.Text, true))
            {
                // The Korean rules of issue 18 (software words, nested parentheses, quoted labels, company kinds): once per text.
                MerchantTextChecks.Problems(item.Text, MerchantTextKind.Sentence, language).Should().BeEmpty();
            }
            if (language == "ko")
            {
                Hangul.In(item.Text).Should().BeTrue(item.Text);
                UnresolvedParticle.IsMatch(item.Text).Should().BeFalse(item.Text);
            }
            else
            {
                Hangul.In(Regex.Replace(item.Text, @"‘[^’]*’ (?=\()", string.Empty)).Should().BeFalse(item.Text);
            }

            if (item.Wait is { } wait)
            {
                item.Text.Should().Contain(language == "ko"
                    ? (wait.Minimum == wait.Maximum ? $"{wait.Minimum}" : $"{wait.Minimum}~{wait.Maximum}")
                    : (wait.Minimum == wait.Maximum ? $"{wait.Minimum} " : $"{wait.Minimum} to {wait.Maximum} "), "a wait is said in the text");
            }
        }
    }

    private static void CheckSiteRequirements(OnboardingPlan plan, RequirementsSnapshot requirements, bool overseas)
    {
        var keys = plan.SiteRequirements.Select(i => i.Text).ToList();
        bool Has(string key) => keys.Contains(TextCatalog.Get("Onboarding." + key, TextLanguage.Korean));
        Has("Site.PhysicalGoods").Should().Be(requirements.SellsOffering(MerchantOffering.PhysicalGoods));
        Has("Site.NonPhysical").Should().Be(requirements.SellsOffering(MerchantOffering.DigitalContent) || requirements.SellsOffering(MerchantOffering.Services));
        Has("Site.RecurringGoods").Should().Be(requirements.SellsOffering(MerchantOffering.RecurringGoods));
        Has("Site.ArbitraryAmounts").Should().Be(requirements.SellsOffering(MerchantOffering.ArbitraryAmounts));
        Has("Site.BySales").Should().Be(requirements.Sells == 0);
        Has("Site.EnglishUsd").Should().Be(overseas);
        Has("Site.BusinessInfo").Should().BeTrue();
        plan.SiteRequirements.Should().OnlyContain(i => i.Kind == OnboardingItemKind.SiteRequirement);
    }

    private static void CheckConditions(ContractOnboarding section, PaymentProvider provider, bool existing, PaymentService[] services, RequirementsSnapshot requirements)
    {
        var procedure = Catalog.Procedure(provider, existing ? OnboardingProcedureKind.AddService : OnboardingProcedureKind.NewContract);
        var expected = procedure.Items.Where(item =>
            OnboardingAssembler.Applies(item.When, new PlannedContract(provider, services, [], existing, false), requirements)
            && (item.Sells == 0 || (item.Sells & requirements.Sells) != 0));
        section.Items.Select(i => i.Source.Key).Should().Equal(expected.Select(i => i.SourceKey), "the items are the procedure's, in order, those whose conditions hold");
        section.HasProcedurePage.Should().Be(procedure.HasPage);
        if (!requirements.SellsOffering(MerchantOffering.PhysicalGoods))
        {
            section.Items.Should().NotContain(i => i.Text == TextCatalog.Get("Onboarding.KakaoPay.DeliveryPeriod", TextLanguage.Korean), "no physical-goods item for a business that sells none");
        }

        var idOnly = services.All(s => s == PaymentService.IdentityVerification);
        if (provider == PaymentProvider.Danal && !existing)
        {
            section.Items.Any(i => i.Text.Contains("통신사 심사", StringComparison.Ordinal)).Should().Be(idOnly);
        }
    }

    /// <summary>The plan with every text blanked: what must agree between languages.</summary>
    private static string WithoutTexts(OnboardingPlan plan) =>
        string.Join(
            "\n",
            plan.Contracts.Select(c => $"{c.Provider} {c.IsExisting} {c.HasProcedurePage}: " + string.Join(" | ", c.Items.Select(Describe)))
                .Append("site: " + string.Join(" | ", plan.SiteRequirements.Select(Describe))));

    private static string Describe(OnboardingItem item) => $"{item.Kind} {item.Actor} {item.Wait} {item.Source} {item.Link}";
}
