using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Localization;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Catalog;

/// <summary>The catalog's onboarding data (issue 22): every procedure, site requirement and industry pinned, every text
/// in both languages, every page a help-center page with its evidence, and a bad onboarding section refused.</summary>
public sealed class OnboardingCatalogTests
{
    private static readonly ProviderCatalog Catalog = ProviderCatalog.Default;

    /// <summary>Every text key the catalog's onboarding names, for the text-catalog tests.</summary>
    public static IEnumerable<string> TextKeysOfTheCatalog() =>
        Catalog.Procedures.SelectMany(p => p.Items).Concat(Catalog.SiteRequirements).Select(i => i.TextKey).Distinct();

    /// <summary>Every source key the onboarding cites or links.</summary>
    public static IEnumerable<string> SourceKeysOfTheOnboarding() =>
        Catalog.Procedures.Select(p => p.SourceKey)
            .Concat(Catalog.Procedures.SelectMany(p => p.Items).Concat(Catalog.SiteRequirements).SelectMany(i => new[] { i.SourceKey, i.LinkKey }))
            .Append(Catalog.IndustrySourceKey)
            .OfType<string>();

    public static TheoryData<PaymentProvider, bool> PinnedProcedures()
    {
        var data = new TheoryData<PaymentProvider, bool>();
        foreach (var pinned in PinnedOnboarding.Procedures)
        {
            data.Add(pinned.Provider, pinned.Kind == OnboardingProcedureKind.AddService);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PinnedProcedures))]
    public void Procedure_IsPinned_ItemByItem(PaymentProvider provider, bool addService)
    {
        var kind = addService ? OnboardingProcedureKind.AddService : OnboardingProcedureKind.NewContract;
        var pinned = PinnedOnboarding.Procedures.Single(p => p.Provider == provider && p.Kind == kind);
        var procedure = Catalog.Procedure(provider, kind);

        procedure.SourceKey.Should().Be(pinned.Source);
        procedure.HasPage.Should().Be(pinned.HasPage);
        string.Join(" | ", procedure.Items.Select(i => Describe(i, procedure.SourceKey))).Should().Be(pinned.Items);
    }

    [Fact]
    public void EveryProviderHasBothProcedures_AndNoOtherIsListed()
    {
        Catalog.Procedures.Should().HaveCount(Enum.GetValues<PaymentProvider>().Length * 2);
        Catalog.Procedures.Select(p => (p.Provider, p.Kind)).Should()
            .BeEquivalentTo(PinnedOnboarding.Procedures.Select(p => (p.Provider, p.Kind)));
    }

    [Fact]
    public void ProvidersWithoutAProcedurePage_ArePayletterOnly_AndSaySo()
    {
        Catalog.Procedures.Where(p => !p.HasPage).Select(p => p.Provider).Should().Equal(PaymentProvider.Payletter);
        var payletter = Catalog.Procedure(PaymentProvider.Payletter, OnboardingProcedureKind.NewContract);
        payletter.Items[0].Kind.Should().Be(OnboardingItemKind.NotDocumented);
        payletter.Items.Select(i => i.Kind).Should().NotContain([OnboardingItemKind.Step, OnboardingItemKind.Wait, OnboardingItemKind.Documents, OnboardingItemKind.Insurance, OnboardingItemKind.Review]);
    }

    [Fact]
    public void SiteRequirements_ArePinned()
    {
        Catalog.SiteRequirements.Select(i => Describe(i, null)).Should().Equal(PinnedOnboarding.SiteRequirements);
    }

    [Fact]
    public void Industries_ArePinned_EveryValueOnce()
    {
        foreach (var industry in Enum.GetValues<MerchantIndustry>())
        {
            var (accepted, reviewedBy) = PinnedOnboarding.Industries[industry];
            var listed = Catalog.Industry(industry);
            listed.IsAccepted.Should().Be(accepted, "{0}", industry);
            listed.ReviewedBy.Should().BeEquivalentTo(ProviderCatalog.SourceKeys(reviewedBy).Select(Enum.Parse<PaymentProvider>), "{0}", industry);
        }

        PinnedOnboarding.Industries.Should().HaveCount(Enum.GetValues<MerchantIndustry>().Length);
        Catalog.IndustrySourceKey.Should().Be("H-RISK");
    }

    [Fact]
    public void EveryOnboardingPage_IsAHelpCenterPageWithItsEvidence()
    {
        foreach (var key in SourceKeysOfTheOnboarding().Distinct())
        {
            Catalog.SourceUrls[key].Should().StartWith("https://help.portone.io/content/", key);
            Catalog.SourceEvidence[key].Should().MatchRegex(@"^portone-io/mcp-server:assets/docs/help/.+\.md@[0-9a-f]{7}$", key);
        }
    }

    [Fact]
    public void EveryOnboardingText_HasKoreanAndEnglish()
    {
        foreach (var key in TextKeysOfTheCatalog())
        {
            TextCatalog.Has(key).Should().BeTrue(key);
        }
    }

    [Theory]
    [InlineData("<procedure provider=\"Kpn\" kind=\"AddService\" source=\"H-ADD\">", "<procedure provider=\"Kpn\" kind=\"NewContract\" source=\"H-ADD\">", "the NewContract procedure of Kpn is listed twice")]
    [InlineData("<procedure provider=\"Kpn\" kind=\"AddService\" source=\"H-ADD\">", "<procedure provider=\"Kpn\" kind=\"Renewal\" source=\"H-ADD\">", "'Renewal' in the attribute 'kind' is not a OnboardingProcedureKind")]
    [InlineData("<item kind=\"Wait\" actor=\"Provider\" text=\"Add.Inicis.Issued\" wait=\"1 BusinessDays\" />", "<item kind=\"Wait\" actor=\"Provider\" text=\"Add.Inicis.Issued\" />", "a Wait item needs the attribute 'wait'")]
    [InlineData("text=\"Add.Inicis.Issued\" wait=\"1 BusinessDays\"", "text=\"Add.Inicis.Issued\" wait=\"3-1 BusinessDays\"", "the wait '3-1 BusinessDays' is not a figure or a range and a unit")]
    [InlineData("text=\"Add.Inicis.Issued\" wait=\"1 BusinessDays\"", "text=\"Add.Inicis.Issued\" wait=\"1 Months\"", "'Months' in the attribute 'wait' is not a OnboardingWaitUnit")]
    [InlineData("text=\"Documents\" link=\"H-DOCS\" />\n      <item kind=\"Step\" actor=\"Provider\" text=\"Inicis.OpenImmediately\" />", "text=\"Documents\" link=\"H-NOWHERE\" />\n      <item kind=\"Step\" actor=\"Provider\" text=\"Inicis.OpenImmediately\" />", "the source key 'H-NOWHERE' in the attribute 'link' is not in <sources>")]
    [InlineData("text=\"KakaoPay.SealAndSignature\" source=\"H-CONTRACT-kakaopay\"", "text=\"KakaoPay.SealAndSignature\" source=\"H-CONTRACT-kakaopay H-REQ\"", "<item> cites one source, not 'H-CONTRACT-kakaopay H-REQ'")]
    [InlineData("text=\"Kcp.IdentityVerification\" when=\"IdentityVerification\"", "text=\"Kcp.IdentityVerification\" when=\"SalesUnstated\"", "the condition SalesUnstated does not apply here")]
    [InlineData("text=\"KakaoPay.DeliveryPeriod\" sells=\"PhysicalGoods\"", "text=\"KakaoPay.DeliveryPeriod\" sells=\"Furniture\"", "'Furniture' in the attribute 'sells' is not a MerchantOffering")]
    [InlineData("<item kind=\"NotDocumented\" actor=\"PortOne\" text=\"NoProcedurePage\" />", "<item kind=\"NotDocumented\" actor=\"PortOne\" text=\"NoProcedurePage\" />\n      <item kind=\"Step\" actor=\"Merchant\" text=\"Apply\" />", "the procedure of Payletter has no page of its own: it holds no Step item")]
    [InlineData("<item kind=\"NotDocumented\" actor=\"PortOne\" text=\"NoProcedurePage\" />", "", "the procedure of Payletter has no page of its own: it must open with a NotDocumented item")]
    [InlineData("<item kind=\"Step\" actor=\"Merchant\" text=\"PayPal.Open\" />", "<item kind=\"NotDocumented\" actor=\"Merchant\" text=\"PayPal.Open\" />", "a NotDocumented item opens a procedure with page=\"none\" and stands nowhere else")]
    [InlineData("<procedure provider=\"Payco\" kind=\"AddService\" source=\"H-A-payco\">", "<procedure provider=\"Payco\" kind=\"AddService\" source=\"H-A-payco\" page=\"missing\">", "the attribute 'page' takes 'none' only, not 'missing'")]
    [InlineData("<procedure provider=\"Payletter\" kind=\"AddService\" source=\"H-ADD\">\n      <item kind=\"Step\" actor=\"Merchant\" text=\"Add.Support\" />\n      <item kind=\"Review\" actor=\"Provider\" text=\"Add.NewServiceReview\" />\n    </procedure>", "", "the provider Payletter has no AddService procedure")]
    [InlineData("<item kind=\"Step\" actor=\"Merchant\" text=\"PayPal.Open\" />", "<item kind=\"Step\" actor=\"Merchant\" text=\"PayPal Open\" />", "the text key 'PayPal Open' is not a dotted name")]
    [InlineData("<requirement when=\"OverseasPayments\" text=\"Site.EnglishUsd\" source=\"H-REQ\" />", "<requirement when=\"Recurring\" text=\"Site.EnglishUsd\" source=\"H-REQ\" />", "a site requirement applies always, or when OverseasPayments or SalesUnstated, not when Recurring")]
    [InlineData("<requirement text=\"Site.NoTestProducts\" source=\"H-REQ\" />", "<requirement text=\"Site.NoTestProducts\" />", "<requirement> has no source")]
    [InlineData("<industry name=\"Loans\" accepted=\"false\" />", "<industry name=\"Loans\" accepted=\"false\" reviewedBy=\"Danal\" />", "the industry Loans is not accepted, so no provider reviews it")]
    [InlineData("<industry name=\"Loans\" accepted=\"false\" />", "", "the industry Loans has no <industry> entry")]
    [InlineData("<industry name=\"InsuranceAgency\" reviewedBy=\"Danal\" />", "<industry name=\"InsuranceAgency\" reviewedBy=\"Danal Danal\" />", "the industry InsuranceAgency names a provider twice")]
    [InlineData("<industries source=\"H-RISK\">", "<industries source=\"H-RISK H-REQ\">", "<industries> cites one source, not 'H-RISK H-REQ'")]
    [InlineData("<advisory code=\"HighRiskIndustry\" source=\"H-RISK\" />", "<advisory code=\"HighRiskIndustry\" source=\"H-RISKY\" />", "the source key 'H-RISKY' is not in <sources>")]
    public void BrokenOnboarding_FailsFast_NamingTheProblemAndLine(string find, string replace, string message)
    {
        var text = CatalogFiles.XmlText();
        text.Should().Contain(find, "the mutation must apply to the shipped catalog");

        var act = () => ProviderCatalogReader.Parse(new StringReader(text.Replace(find, replace, StringComparison.Ordinal)), "test");

        var error = act.Should().Throw<InvalidDataException>().Which;
        error.Message.Should().Contain(message).And.StartWith("Provider catalog (test").And.MatchRegex(@"line \d+");
    }

    /// <summary>An item as the pins write it: <c>Kind/Actor:text</c>, then its wait, condition, kinds of sale, its own
    /// page where it differs from the procedure's, and its link.</summary>
    private static string Describe(CatalogOnboardingItem item, string? procedureSource)
    {
        var text = $"{item.Kind}/{item.Actor}:{item.TextKey["Onboarding.".Length..]}";
        if (item.Wait is { } wait)
        {
            text += " wait=" + (wait.Minimum == wait.Maximum ? $"{wait.Minimum}" : $"{wait.Minimum}-{wait.Maximum}") + " " + wait.Unit;
        }

        if (item.When != OnboardingCondition.Always)
        {
            text += " when=" + item.When;
        }

        if (item.Sells != 0)
        {
            text += " sells=" + string.Join(" ", Enum.GetValues<MerchantOffering>().Where(o => (item.Sells & (1 << (int)o)) != 0));
        }

        if (item.SourceKey != procedureSource)
        {
            text += " source=" + item.SourceKey;
        }

        if (item.LinkKey is { } link)
        {
            text += " link=" + link;
        }

        return text;
    }
}
