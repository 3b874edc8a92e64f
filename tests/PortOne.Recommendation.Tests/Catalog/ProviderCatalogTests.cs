using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Catalog;

/// <summary>The provider catalog: every fact pinned with its source key, and a bad catalog refused by the catalog
/// compiler's reader.</summary>
public sealed class ProviderCatalogTests
{
    private static readonly ProviderCatalog Catalog = ProviderCatalog.Default;

    /// <summary>One row per pinned fact, named by its provider, capability, brands, API versions and source key.</summary>
    public static TheoryData<PaymentProvider, string, string, string, string> PinnedCapabilities()
    {
        var data = new TheoryData<PaymentProvider, string, string, string, string>();
        foreach (var c in PinnedCatalog.Capabilities)
        {
            data.Add(c.Provider, c.Capability.ToString(), string.Join(" ", c.Brands), c.Api.ToString(), c.Source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PinnedCapabilities))]
    public void CapabilityFact_IsInTheCatalog_WithItsSource(
        PaymentProvider provider, string capability, string brands, string api, string source)
    {
        var fact = Catalog.Capabilities.Should()
            .ContainSingle(c => c.Provider == provider && c.Capability.ToString() == capability).Subject;

        string.Join(" ", fact.Brands).Should().Be(brands);
        fact.Api.ToString().Should().Be(api);
        fact.SourceKey.Should().Be(source);
        ProviderCatalog.SourceKeys(source).Should().AllSatisfy(key => Catalog.SourceUrls.Should().ContainKey(key));
    }

    [Fact]
    public void Catalog_HoldsNoCapabilityBeyondThePinnedOnes()
    {
        Catalog.Capabilities.Select(c => (c.Provider, c.Capability))
            .Should().BeEquivalentTo(PinnedCatalog.Capabilities.Select(c => (c.Provider, c.Capability)));
    }

    [Fact]
    public void Providers_ApiVersions_ArePinned()
    {
        foreach (var provider in Enum.GetValues<PaymentProvider>())
        {
            Catalog.ProviderApi(provider).Should().Be(PinnedCatalog.Providers[provider], "{0}'s API versions are pinned", provider);
        }
    }

    [Theory]
    [InlineData(PackageEdition.May2025)]
    [InlineData(PackageEdition.October2025)]
    [InlineData(PackageEdition.November2025)]
    [InlineData(PackageEdition.December2025)]
    [InlineData(PackageEdition.April2026)]
    [InlineData(PackageEdition.April2025Kpn)]
    [InlineData(PackageEdition.April2025TossPayments)]
    public void Edition_OffersArePinned_WithTheHelpPageVersionAsSource(PackageEdition edition)
    {
        var actual = Catalog.Edition(edition);
        var pinned = PinnedCatalog.Editions[edition];

        actual.SourceKey.Should().Be(pinned.Source);
        Catalog.SourceUrls[actual.SourceKey].Should().Be("https://help.portone.io/content/package");
        Catalog.SourceEvidence[actual.SourceKey].Should().StartWith("portone-io/mcp-server:")
            .And.EndWith("procedure/recommendation/package.md@" + pinned.Source["H-PKG@".Length..]);
        foreach (var offer in pinned.Offers)
        {
            actual.Offers.Where(o => o.Item == offer.Item).Select(o => o.Provider).Should().Equal(offer.Providers);
        }

        actual.Offers.Select(o => o.Item).Distinct().Should().BeEquivalentTo(pinned.Offers.Select(o => o.Item));
        actual.Benefits.Select(b => (b.Code, b.Condition, b.SourceKey))
            .Should().Equal(pinned.Benefits.Select(b => (b.Code, b.Condition, b.Source)), "an edition's benefits are the ones its pages list");
        actual.BenefitCodes.Should().Equal(PinnedCatalog.BenefitsOf(edition));
        foreach (var benefit in actual.Benefits)
        {
            // The package page at the edition's own version, or the package's event page at a version its period covers.
            benefit.SourceKey.Should().BeOneOf(pinned.Source, "H-FEE@4d1a6a6", "H-FEE@dc75785");
        }
    }

    [Fact]
    public void Benefits_AreEditionData_AsThePagesStateThem()
    {
        // 4d1a6a6: "가입비 및 연 관리비가 모두 면제 처리 됩니다" and "AWS 크레디트 제공"; no faster contract.
        Catalog.Edition(PackageEdition.April2025Kpn).BenefitCodes.Should().Equal(
            BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount, BenefitCode.SignUpFeeSupport, BenefitCode.SignUpAndAnnualFeeWaiver, BenefitCode.AwsCredit);

        // 0c12aee: "보다 빠르게 진행 될 수 있습니다"; the event page was not in the help center at that refresh.
        Catalog.Edition(PackageEdition.April2025TossPayments).BenefitCodes.Should().Equal(
            BenefitCode.FasterContract, BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount);

        // dc75785 on: the event page's "22만 원 상당의 PG 가입비를 지원받을 수 있습니다" covers every later edition.
        foreach (var edition in new[] { PackageEdition.May2025, PackageEdition.October2025, PackageEdition.November2025, PackageEdition.December2025, PackageEdition.April2026 })
        {
            Catalog.Edition(edition).BenefitCodes.Should().Equal(
                BenefitCode.FasterContract, BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount, BenefitCode.SignUpFeeSupport);
        }

        // The page only points to PortOne's partner-benefits page for start-up perks: no edition promises them.
        Catalog.Editions.SelectMany(e => e.Benefits).Should().NotContain(b => b.Code == BenefitCode.StartupPerks);

        // Salesforce, Stibee and AWS come "포트원 추천패키지를 통해 결제대행사(PG사) 계약을 완료한 고객사에는".
        Catalog.Editions.SelectMany(e => e.Benefits)
            .Where(b => b.Condition == BenefitCondition.PgContractCompleted).Select(b => b.Code).Distinct()
            .Should().BeEquivalentTo([BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount, BenefitCode.AwsCredit]);
        Catalog.SourceUrls["H-FEE@dc75785"].Should().Be("https://help.portone.io/content/content200013");
        Catalog.SourceEvidence["H-FEE@4d1a6a6"].Should().EndWith("/content200013.md@4d1a6a6");
    }

    [Fact]
    public void EveryEdition_NameAndLabels_GiveTheMonthItWasFirstSeen()
    {
        var english = System.Globalization.CultureInfo.GetCultureInfo("en");
        var korean = System.Globalization.CultureInfo.GetCultureInfo("ko");
        foreach (var edition in Catalog.Editions)
        {
            var effective = edition.Effective;
            var month = effective.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);

            edition.Edition.ToString().Should().StartWith($"{month}{effective.Year}", "the enum name of {0}", edition.Edition);
            DisplayNames.Of(edition.Edition, english).Should().StartWith($"{month} {effective.Year} package");
            DisplayNames.Of(edition.Edition, korean).Should().StartWith($"{effective.Year}년 {effective.Month}월 추천패키지");
        }
    }

    [Fact]
    public void Latest_IsTheEditionThatTookEffectLast()
    {
        Catalog.LatestEdition.Should().Be(PackageEdition.April2026);
        RecommendationEngine.Create(o => o.Edition = EditionChoice.Latest).PackageEdition.Should().Be(PackageEdition.April2026);
    }

    [Fact]
    public void AddOnsAndAdvisorySources_ArePinned()
    {
        Catalog.AddOns.Select(a => (a.AddOn, string.Join(",", a.Capabilities), string.Join(",", a.Providers), a.SourceKey, a.Api))
            .Should().Equal(PinnedCatalog.AddOns.Select(a => (a.AddOn, string.Join(",", a.Capabilities), string.Join(",", a.Providers), a.Source, a.Api)));
        foreach (var (code, source) in PinnedCatalog.AdvisorySources)
        {
            Catalog.AdvisorySourceUrl(code).Should().Be(Catalog.SourceUrls[source]);
        }

        Catalog.ProviderAdvisories.Select(a => (a.Code, a.Provider, a.Api, a.SourceKey))
            .Should().Equal(PinnedCatalog.ProviderAdvisories.Select(a => (a.Code, a.Provider, a.Api, a.Source)));
        foreach (var advisory in PinnedCatalog.ProviderAdvisories)
        {
            Catalog.AdvisorySourceUrl(advisory.Code, advisory.Provider).Should().Be(Catalog.SourceUrls[advisory.Source]);
        }
    }

    [Fact]
    public void ProviderAdvisories_ConcernTheirProviderOnTheVersionsTheirSourceCovers()
    {
        // The V2 guides' 사전 계약 sections are no evidence for V1; without a version the merchant may be on V2.
        Catalog.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.KgInicis, PortOneApiVersion.V2).Should().BeTrue();
        Catalog.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.KgInicis, null).Should().BeTrue();
        Catalog.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.KgInicis, PortOneApiVersion.V1).Should().BeFalse();
        Catalog.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.NicePayments, PortOneApiVersion.V2).Should().BeFalse();
        Catalog.AdvisoryConcerns(AdvisoryCode.RecurringCertificateOnPc, PaymentProvider.KgInicis, PortOneApiVersion.V1).Should().BeTrue();
        Catalog.AdvisoryConcerns(AdvisoryCode.OverseasCardsClosedToContent, PaymentProvider.KgInicis, null).Should().BeFalse();
        var act = () => Catalog.AdvisorySourceUrl(AdvisoryCode.ApiBillingKeyNeedsPriorContract);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Limits_ArePinned_WithTheirSources()
    {
        Catalog.Limits.Select(l => (string.Join(",", l.Capabilities), string.Join(",", l.Providers), l.Excludes, l.SourceKey))
            .Should().Equal(PinnedCatalog.Limits.Select(l => (string.Join(",", l.Capabilities), string.Join(",", l.Providers), l.Excludes, l.Source)));
    }

    [Fact]
    public void BusinessAbroad_NoSourceConfirmsAnyProvider()
    {
        // No page confirms a PG for a business registered abroad: the capabilities that would say so are empty.
        Catalog.Capabilities.Should().NotContain(c =>
            c.Capability == ProviderCapability.OverseasPgCardsBusinessAbroad || c.Capability == ProviderCapability.OverseasPgRecurringCardsBusinessAbroad);
        var (excluded, keys) = Catalog.Excluded(
            Catalog.CandidateSet(ProviderCapability.OverseasPgCards, null, default), ProviderCapability.OverseasPgCards, MerchantCondition.BusinessRegisteredAbroad);
        excluded.ToArray().Should().Equal(PaymentProvider.Eximbay, PaymentProvider.Payletter);
        keys.Should().Equal("H-INTL-EXIM", "H-INTL-PL");
    }

    [Fact]
    public void EverySource_IsAPageAMerchantReads_WithTheRepositoryFileAsEvidence()
    {
        Catalog.SourceUrls.Should().NotBeEmpty();
        foreach (var (key, url) in Catalog.SourceUrls)
        {
            var evidence = Catalog.SourceEvidence.Should().ContainKey(key).WhoseValue;
            if (url.StartsWith("https://help.portone.io/content/", StringComparison.Ordinal))
            {
                // PortOne's docPathToUrl: the help page's slug is the file name.
                evidence.Should().StartWith("portone-io/mcp-server:").And.Contain("/" + url["https://help.portone.io/content/".Length..] + ".md@");
            }
            else
            {
                url.Should().StartWith("https://developers.portone.io/opi/ko/");
                evidence.Should().Be("portone-io/developers.portone.io:src/routes/(root)/opi/ko/"
                    + url["https://developers.portone.io/opi/ko/".Length..] + ".mdx@" + evidence[(evidence.LastIndexOf('@') + 1)..]);
            }
        }

        RecommendationEngine.CatalogVersion.Should().Be(Catalog.Version).And.NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EverySourceKey_IsCited()
    {
        var cited = Catalog.Capabilities.SelectMany(c => ProviderCatalog.SourceKeys(c.SourceKey))
            .Concat(Catalog.AddOns.SelectMany(a => ProviderCatalog.SourceKeys(a.SourceKey)))
            .Concat(Catalog.Limits.Select(l => l.SourceKey))
            .Concat(Catalog.Editions.Select(e => e.SourceKey))
            .Concat(Catalog.Editions.SelectMany(e => e.Benefits).Select(b => b.SourceKey))
            .Concat(PinnedCatalog.AdvisorySources.Values)
            .Concat(PinnedCatalog.ProviderAdvisories.Select(a => a.Source))
            .Concat(ProviderSourceKeys())
            .Concat(OnboardingCatalogTests.SourceKeysOfTheOnboarding())
            .ToHashSet();

        Catalog.SourceUrls.Keys.Should().BeSubsetOf(cited, "a source no entry cites is dropped");
    }

    [Theory]
    [InlineData("name=\"Kpn\" api=\"V2\"", "name=\"Kpm\" api=\"V2\"", "'Kpm' in the attribute 'name' is not a PaymentProvider")]
    [InlineData("name=\"Kpn\" api=\"V2\"", "name=\"Kpn\" api=\"V3\"", "'V3' in the attribute 'api' is not a PortOneApiVersion")]
    [InlineData("<provider name=\"Eximbay\" api=\"V1 V2\" source=\"D-V1-eximbay D-V2-eximbay\" />", "", "the provider Eximbay has no <provider> entry")]
    [InlineData("kind=\"OverseasCards\" source=\"H-INTL\" />\n    <capability provider=\"NhnKcp\"", "kind=\"OverseasCards\" />\n    <capability provider=\"NhnKcp\"", "<capability> has no source")]
    [InlineData("kind=\"DirectEasyPay\" brands=\"Payco\" source=\"D-V1CODES H-PGLIST\"", "kind=\"DirectEasyPay\" brands=\"Payco\" source=\"D-V1CODES D-NOWHERE\"", "the source key 'D-NOWHERE' is not in <sources>")]
    [InlineData("kind=\"DirectEasyPay\" brands=\"Payco\"", "kind=\"DirectEasyPay\"", "the easy-pay capability DirectEasyPay of Payco needs its brands")]
    [InlineData("<capability provider=\"Kpn\" kind=\"RecurringCardPaymentWindow RecurringCardApi\" source=\"D-V2PG\" />", "<capability provider=\"Kpn\" kind=\"RecurringCardPaymentWindow RecurringCardApi\" api=\"V1 V2\" source=\"D-V2PG\" />", "claims API versions (Both) that the provider Kpn lacks (V2)")]
    [InlineData("<offer item=\"CardGeneral\" providers=\"KgInicis NicePayments\" />", "<offer item=\"CardGeneral\" providers=\"KgInicis KakaoPay\" />", "offers KakaoPay for CardGeneral, but the catalog lists no CardPayment capability for it")]
    [InlineData("<offer item=\"EasyPay\" providers=\"KakaoPay\" />", "<offer item=\"EasyPay\" providers=\"Payco\" />", "offers no provider for the item EasyPay on V2")]
    [InlineData("<advisory code=\"NoKnownProvider\" source=\"D-V2PG\" />", "<advisory code=\"NoKnownProvider\" source=\"D-V2PG H-PGLIST\" />", "<advisory> cites one source, not 'D-V2PG H-PGLIST'")]
    [InlineData("<offer item=\"IdentityVerification\" providers=\"Danal\" />\n      <benefit code=\"FasterContract\" source=\"H-PKG@dc75785\" />", "<benefit code=\"FasterContract\" source=\"H-PKG@dc75785\" />", "the edition May2025 has no offer for the item IdentityVerification")]
    [InlineData("<edition name=\"December2025\"", "<edition name=\"November2025\"", "the edition November2025 is listed twice")]
    [InlineData("<advisory code=\"AgeCheckUsesBirthDate\" source=\"H-AGE\" />", "<advisory code=\"AgeCheckUsesBirthDate\" source=\"H-AGE\" note=\"x\" />", "unexpected attribute 'note' on <advisory>")]
    [InlineData("<advisory code=\"AgeCheckUsesBirthDate\" source=\"H-AGE\" />", "<advisory code=\"AgeCheckUsesBirthDate\" api=\"V2\" source=\"H-AGE\" />", "the advisory AgeCheckUsesBirthDate names API versions but no provider")]
    [InlineData("provider=\"Kpn\" api=\"V2\" source=\"D-V2-kpn\"", "provider=\"Kpn\" api=\"V1 V2\" source=\"D-V2-kpn\"", "the advisory claims API versions (Both) that the provider Kpn lacks (V2)")]
    [InlineData("provider=\"Kpn\" api=\"V2\" source=\"D-V2-kpn\"", "provider=\"NhnKcp\" api=\"V2\" source=\"D-V2-kpn\"", "the advisory ApiBillingKeyNeedsPriorContract is listed twice for NhnKcp")]
    [InlineData("<advisory code=\"MobileBillingFixedAmount\" source=\"H-PAYMETHOD\" />", "<advisory code=\"MobileBillingFixedAmount\" source=\"H-PAYMETHOD\" />\n    <advisory code=\"MobileBillingFixedAmount\" provider=\"Danal\" source=\"H-PAYMETHOD\" />", "the advisory MobileBillingFixedAmount is listed twice for Danal")]
    [InlineData("<advisory code=\"RecurringEasyPayAvailable\" provider=\"KakaoPay\" source=\"H-CONTRACT-kakaopay\" />", "<advisory code=\"RecurringEasyPayAvailable\" provider=\"KakaoPay\" source=\"H-CONTRACT-kakaopay\" />\n    <advisory code=\"RecurringEasyPayAvailable\" provider=\"KakaoPay\" source=\"H-CH-kakaopay\" />", "the advisory RecurringEasyPayAvailable is listed twice for KakaoPay")]
    [InlineData("url=\"https://developers.portone.io/opi/ko/support/pg-terms\"", "url=\"http://developers.portone.io/opi/ko/support/pg-terms\"", "the source 'D-TERMS' needs an absolute https URL")]
    [InlineData("</catalog>", "", "is not well-formed XML")]
    [InlineData("<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />", "<benefit code=\"AwsCredits\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />", "'AwsCredits' in the attribute 'code' is not a BenefitCode")]
    [InlineData("<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />", "<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" />", "<benefit> has no source")]
    [InlineData("<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />", "<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@nowhere\" />", "the source key 'H-PKG@nowhere' is not in <sources>")]
    [InlineData("<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />", "<benefit code=\"AwsCredit\" condition=\"WhenAsked\" source=\"H-PKG@4d1a6a6\" />", "'WhenAsked' in the attribute 'condition' is not a BenefitCondition")]
    [InlineData("<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />", "<benefit code=\"AwsCredit\" condition=\"PgContractCompleted\" source=\"H-PKG@4d1a6a6\" />\n      <benefit code=\"AwsCredit\" source=\"H-PKG@4d1a6a6\" />", "the edition April2025Kpn lists the benefit AwsCredit twice")]
    [InlineData("<benefit code=\"StibeeDiscount\" condition=\"PgContractCompleted\" source=\"H-PKG@0c12aee\" />", "<benefit code=\"StibeeDiscount\" source=\"H-PKG@0c12aee\" />", "the benefit StibeeDiscount has different conditions in different editions")]
    [InlineData("<benefit code=\"FasterContract\" source=\"H-PKG@0c12aee\" />", "<benefit code=\"FasterContract\" source=\"H-PKG@0c12aee\" note=\"x\" />", "unexpected attribute 'note' on <benefit>")]
    [InlineData("<benefit code=\"FasterContract\" source=\"H-PKG@0c12aee\" />", "<perk code=\"FasterContract\" source=\"H-PKG@0c12aee\" />", "unexpected element <perk> in <edition>")]
    [InlineData("providers=\"Payletter\" excludes=\"BusinessRegisteredAbroad\"", "providers=\"PayPal Danal\" excludes=\"BusinessRegisteredAbroad\"", "the limit names Danal for OverseasPgCards, but the catalog lists no OverseasPgCards capability for it")]
    [InlineData("providers=\"Payletter\" excludes=\"BusinessRegisteredAbroad\"", "providers=\"Payletter\" excludes=\"AdultBusiness\"", "'AdultBusiness' in the attribute 'excludes' is not a MerchantCondition")]
    [InlineData("excludes=\"BusinessRegisteredAbroad\" source=\"H-INTL-PL\"", "excludes=\"BusinessRegisteredAbroad\" source=\"H-INTL-PL H-INTL\"", "<limit> cites one source, not 'H-INTL-PL H-INTL'")]
    [InlineData("providers=\"Ksnet\" api=\"V2\" source=\"D-V2-ksnet\"", "providers=\"Kpn\" api=\"V1 V2\" source=\"D-V2-ksnet\"", "the add-on HubEasyPayPriorContract claims API versions (Both) that the provider Kpn lacks (V2)")]
    [InlineData("providers=\"Ksnet\" api=\"V2\" source=\"D-V2-ksnet\"", "providers=\"Ksnet\" api=\"V3\" source=\"D-V2-ksnet\"", "'V3' in the attribute 'api' is not a PortOneApiVersion")]
    [InlineData("<addOn name=\"HubEasyPayBrandReview\" capability=\"HubEasyPay\" providers=\"KgInicis\" source=\"H-INIHUB\" />", "<addOn name=\"HubEasyPayBrandReview\" capability=\"HubEasyPay\" providers=\"KgInicis\" source=\"H-INIHUB\" note=\"x\" />", "unexpected attribute 'note' on <addOn>")]
    public void BrokenCatalog_FailsFast_NamingTheProblemAndLine(string find, string replace, string message)
    {
        var text = CatalogFiles.XmlText();
        text.Should().Contain(find, "the mutation must apply to the shipped catalog");

        var act = () => ProviderCatalogReader.Parse(new StringReader(text.Replace(find, replace, StringComparison.Ordinal)), "test");

        var error = act.Should().Throw<InvalidDataException>().Which;
        error.Message.Should().Contain(message).And.StartWith("Provider catalog (test");
        if (!message.Contains("XML", StringComparison.Ordinal))
        {
            error.Message.Should().MatchRegex(@"line \d+");
        }
    }

    [Fact]
    public void ShippedCatalog_ParsesFromItsText()
    {
        var parsed = ProviderCatalogReader.Parse(new StringReader(CatalogFiles.XmlText()), "test");

        parsed.Capabilities.Should().HaveCount(PinnedCatalog.Capabilities.Count);
        parsed.Version.Should().Be(ProviderCatalog.Default.Version);
    }

    private static IEnumerable<string> ProviderSourceKeys() =>
        System.Xml.Linq.XDocument.Parse(CatalogFiles.XmlText()).Descendants("provider")
            .SelectMany(p => ProviderCatalog.SourceKeys(p.Attribute("source")!.Value));
}
