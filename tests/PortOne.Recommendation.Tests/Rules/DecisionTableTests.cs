using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Rules;

/// <summary>One test per row of the contract's decision table.</summary>
public sealed class DecisionTableTests
{
    /// <summary>The benefits of the default edition (first seen 2025-05-07): the package page's faster contract,
    /// Salesforce and Stibee, and the event page's PG sign-up fee support.</summary>
    private static readonly BenefitCode[] AllBenefits =
        [BenefitCode.FasterContract, BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount, BenefitCode.SignUpFeeSupport];

    [Theory]
    [InlineData("ko", "요청하신 결제·인증 서비스가 없어")]
    [InlineData("en", "nothing to recommend")]
    public void NothingAtAll_NoRecommendationNoBenefits_NothingRequested(string language, string messagePart)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements());

        result.Recommendations.Should().BeEmpty();
        result.Benefits.Should().BeEmpty();
        result.Advisories.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = AdvisoryCode.NothingRequested, Service = (PaymentService?)null });
        result.Advisories[0].Message.Should().Contain(messagePart);
        result.FiredRules.Should().Equal("Advisory.NothingRequested");
    }

    [Theory]
    [InlineData("ko", "‘추천패키지’", "‘신용카드 일반결제’", "KG이니시스, 나이스정보통신(구 나이스페이먼츠)")]
    [InlineData("en", "‘추천패키지’ (Recommended package)", "‘신용카드 일반결제’ (One-time card)", "KG Inicis and NICE Information & Communication (formerly NICE Payments)")]
    public void CardPayment_PackageCardGeneral_WithKgInicisAndNice(string language, string firstStep, string item, string providers)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { CardPayment = true });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.CardPayment);
        entry.Providers.Should().Equal(PaymentProvider.KgInicis, PaymentProvider.NicePayments);
        entry.Path.Should().Be(ApplicationPath.RecommendedPackage);
        entry.PackageItem.Should().Be(PackageItem.CardGeneral);
        entry.Steps.Should().Equal(firstStep, item);
        entry.Reason.Should().Contain(providers);
        entry.RuleName.Should().Be("CardPayment.RecommendedPackage");
        result.Advisories.Should().BeEmpty();
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void TransferOrVirtualAccount_PackageCardGeneral_AdvisoryOnce(bool transfer, bool virtualAccount)
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements { BankTransfer = transfer, VirtualAccount = virtualAccount });

        var expectedServices = new[] { (transfer, PaymentService.BankTransfer), (virtualAccount, PaymentService.VirtualAccount) }
            .Where(x => x.Item1)
            .Select(x => x.Item2);
        result.Recommendations.Select(r => r.Service).Should().Equal(expectedServices);
        result.Recommendations.Should().AllSatisfy(r =>
        {
            r.Providers.Should().Equal(PaymentProvider.KgInicis, PaymentProvider.NicePayments);
            r.Path.Should().Be(ApplicationPath.RecommendedPackage);
            r.PackageItem.Should().Be(PackageItem.CardGeneral);
            r.Steps.Should().Equal("‘추천패키지’", "‘신용카드 일반결제’");
            r.RuleName.Should().Be("GeneralPayment.IncludedMethod.RecommendedPackage");
        });
        result.Advisories.Select(a => (a.Code, a.Service)).Should().Equal(
            (AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount, (PaymentService?)null),
            (AdvisoryCode.EscrowForCashPayments, (PaymentService?)null));
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
    }

    [Theory]
    [InlineData("ko", "실시간 계좌이체", "가상계좌")]
    [InlineData("en", "Real-time bank transfer", "Virtual account")]
    public void TransferAndVirtualAccount_ReasonsNameTheMethod(string language, string transfer, string virtualAccount)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { BankTransfer = true, VirtualAccount = true });

        result.Recommendations[0].Reason.Should().Contain(transfer);
        result.Recommendations[1].Reason.Should().Contain(virtualAccount);
    }

    [Theory]
    [InlineData("ko", "‘신용카드 정기결제’")]
    [InlineData("en", "‘신용카드 정기결제’ (Recurring card)")]
    public void RecurringCardApi_PackageCardRecurring(string language, string item)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.Api) });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.RecurringCardPayment);
        entry.Providers.Should().Equal(PaymentProvider.KgInicis, PaymentProvider.NicePayments);
        entry.Path.Should().Be(ApplicationPath.RecommendedPackage);
        entry.PackageItem.Should().Be(PackageItem.CardRecurring);
        entry.Steps.Should().Equal(language == "en" ? "‘추천패키지’ (Recommended package)" : "‘추천패키지’", item);
        // The plan takes them from KG Inicis, whose V2 guide lists API billing keys under its prior contracts.
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.BillingKeyTiedToIssuingPg, AdvisoryCode.ApiBillingKeyNeedsPriorContract);
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
    }

    [Theory]
    [InlineData("ko", "‘전자결제 직접 선택하기’", "결제창")]
    [InlineData("en", "‘전자결제 직접 선택하기’ (Select e-payment directly)", "payment window")]
    public void RecurringCardPaymentWindow_DirectSelection_WithAdvisory(string language, string firstStep, string windowWord)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { RecurringCard = new(BillingKeyIssuance.PaymentWindow) });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.RecurringCardPayment);
        // [D-V1BILL] window billing: Inicis, KCP, Toss Payments, Smartro, Welcome, Danal, KG Financial, KICC; KPN [D-V2PG];
        // Galaxia [D-V1-galaxia D-V2-galaxia]; KSNET on V2 [D-V2-ksnet]. NICE, Kiwoom and Hecto issue billing keys by API only.
        entry.Providers.Should().Equal(
            PaymentProvider.KgInicis, PaymentProvider.Danal, PaymentProvider.NhnKcp, PaymentProvider.TossPayments, PaymentProvider.Kpn,
            PaymentProvider.Ksnet, PaymentProvider.Smartro, PaymentProvider.WelcomePayments, PaymentProvider.GalaxiaMoneyTree, PaymentProvider.KgFinancial,
            PaymentProvider.Kicc);
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.PackageItem.Should().BeNull();
        entry.Steps[0].Should().Be(firstStep);
        entry.Reason.Should().Contain(windowWord);
        result.Advisories.Select(a => (a.Code, a.Service)).Should().Equal(
            (AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection, PaymentService.RecurringCardPayment),
            (AdvisoryCode.BillingKeyTiedToIssuingPg, (PaymentService?)null),
            (AdvisoryCode.RecurringCertificateOnPc, PaymentService.RecurringCardPayment));
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", "카카오페이, 네이버페이", new[] { "‘추천패키지’", "‘간편결제’" })]
    [InlineData("en", "KakaoPay and NaverPay", new[] { "‘추천패키지’ (Recommended package)", "‘간편결제’ (Easy pay)" })]
    public void EasyPayDirectNoBrands_PackageEasyPay_KakaoAndNaver(string language, string brands, string[] steps)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { EasyPay = new() });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.EasyPay);
        entry.Providers.Should().Equal(PaymentProvider.KakaoPay, PaymentProvider.NaverPay);
        entry.Path.Should().Be(ApplicationPath.RecommendedPackage);
        entry.PackageItem.Should().Be(PackageItem.EasyPay);
        entry.Steps.Should().Equal(steps);
        entry.Reason.Should().Contain(brands);
        entry.RuleName.Should().Be("EasyPay.AnyBrand.RecommendedPackage");
        // A new NaverPay contract: its entry condition (naverpay-contract.md).
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.NaverPayNeedsPgSalesFirst);
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
    }

    [Fact]
    public void EasyPayDirectPackageBrandsOnly_PackageItemWithThoseBrands_NoAdvisory()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.NaverPay] } });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Providers.Should().Equal(PaymentProvider.NaverPay);
        entry.PackageItem.Should().Be(PackageItem.EasyPay);
        entry.Steps.Should().Equal("‘추천패키지’", "‘간편결제’");
        entry.RuleName.Should().Be("EasyPay.PackageBrands.RecommendedPackage");
        entry.Reason.Should().Contain("네이버페이").And.NotContain("카카오페이");
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.NaverPayNeedsPgSalesFirst);
    }

    [Theory]
    [InlineData("ko", "토스페이, 애플페이", "카카오페이")]
    [InlineData("en", "TossPay and Apple Pay", "KakaoPay")]
    public void EasyPayDirectMixedBrands_PackageItemAndDirectItem_AdvisoryNamesOtherBrands(
        string language, string otherBrands, string packageBrand)
    {
        var requirements = new MerchantRequirements
        {
            EasyPay = new() { Brands = [EasyPayBrand.ApplePay, EasyPayBrand.KakaoPay, EasyPayBrand.TossPay] },
        };

        var result = Engines.For(language).Recommend(requirements);

        result.Recommendations.Should().HaveCount(2);
        var package = result.Recommendations[0];
        package.Path.Should().Be(ApplicationPath.RecommendedPackage);
        package.PackageItem.Should().Be(PackageItem.EasyPay);
        package.Providers.Should().Equal(PaymentProvider.KakaoPay);
        package.Reason.Should().Contain(packageBrand);
        var direct = result.Recommendations[1];
        direct.Service.Should().Be(PaymentService.EasyPay);
        direct.Path.Should().Be(ApplicationPath.DirectSelection);
        direct.PackageItem.Should().BeNull();
        // Apple Pay has no direct contract: the PGs that carry it (PG 제휴) are named with TossPay's own company.
        direct.Providers.Should().Equal(
            PaymentProvider.KgInicis, PaymentProvider.NicePayments, PaymentProvider.NhnKcp, PaymentProvider.TossPayments,
            PaymentProvider.GalaxiaMoneyTree, PaymentProvider.KiwoomPay, PaymentProvider.TossPay);
        direct.Reason.Should().Contain(otherBrands);
        direct.Steps.Should().HaveCount(3);
        direct.Steps[2].Should().Contain(otherBrands);
        direct.RuleName.Should().Be("EasyPay.OtherBrands.DirectSelection");
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.EasyPayBrandNotInPackage, AdvisoryCode.EasyPayOnlyThroughPg);
        var advisory = result.Advisories[0];
        advisory.Service.Should().Be(PaymentService.EasyPay);
        advisory.Message.Should().Contain(otherBrands).And.NotContain(packageBrand);
        result.Advisories[1].Message.Should().Contain(language == "en" ? "Apple Pay" : "애플페이")
            .And.Contain("https://developers.portone.io/opi/ko/integration/pg/v2/readme");
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
    }

    [Fact]
    public void EasyPayDirectOnlyOtherBrands_OnlyDirectItem_NoBenefits()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements { EasyPay = new() { Brands = [EasyPayBrand.Payco] } });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.Steps.Should().Equal("‘전자결제 직접 선택하기’", "‘간편결제’", "간편결제사 선택: 페이코");
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.EasyPayBrandNotInPackage);
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", new[] { "‘전자결제 직접 선택하기’", "‘간편결제’", "‘PG 제휴’(이전 표기 ‘허브형’) 결제대행사 선택" }, "PG상점아이디")]
    [InlineData("en", new[] { "‘전자결제 직접 선택하기’ (Select e-payment directly)", "‘간편결제’ (Easy pay)", "Choose a PG marked ‘PG 제휴’ (PG-partnered), formerly ‘허브형’ (hub-type)" }, "merchant ID")]
    public void EasyPayHub_DirectSelectionEasyPayTabHub_ExtraMerchantIdAdvisory(string language, string[] steps, string advisoryPart)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements
        {
            EasyPay = new() { Integration = EasyPayIntegration.Hub, Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.Payco] },
        });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.EasyPay);
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.PackageItem.Should().BeNull();
        // Hub PGs that carry both KakaoPay and PAYCO [D-V2PG, D-V2-kcp, D-V2-welcome, D-V2-galaxia, D-V1-daou]; not KG Financial,
        // whose contract page offers cards and mobile payments only [H-CONTRACT-mobilians].
        entry.Providers.Should().Equal(
            PaymentProvider.KgInicis, PaymentProvider.NicePayments, PaymentProvider.NhnKcp, PaymentProvider.TossPayments,
            PaymentProvider.Kpn, PaymentProvider.Ksnet, PaymentProvider.Smartro, PaymentProvider.WelcomePayments,
            PaymentProvider.GalaxiaMoneyTree, PaymentProvider.KiwoomPay, PaymentProvider.Eximbay);
        entry.Steps.Should().Equal(steps);
        entry.RuleName.Should().Be("EasyPay.Hub.DirectSelection");
        result.Advisories.Select(a => a.Code).Should().Equal(
            AdvisoryCode.HubEasyPayExtraMerchantId,
            AdvisoryCode.HubAndDirectEasyPayExclusive,
            AdvisoryCode.HubEasyPayTestPaymentsAreReal);
        result.Advisories[0].Message.Should().Contain(advisoryPart);
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", VerificationPurpose.SignUp, "회원가입")]
    [InlineData("ko", VerificationPurpose.AgeRestriction, "연령 제한")]
    [InlineData("ko", VerificationPurpose.Other, "기타 용도")]
    [InlineData("en", VerificationPurpose.SignUp, "member sign-up")]
    [InlineData("en", VerificationPurpose.AgeRestriction, "age-restricted")]
    [InlineData("en", VerificationPurpose.Other, "other purposes")]
    public void IdentityVerification_PackageWithDanal_ReasonNamesPurpose_TwoAdvisories(
        string language, VerificationPurpose purpose, string purposeText)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { IdentityVerification = new(purpose) });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.IdentityVerification);
        entry.Providers.Should().Equal(PaymentProvider.Danal);
        entry.Path.Should().Be(ApplicationPath.RecommendedPackage);
        entry.PackageItem.Should().Be(PackageItem.IdentityVerification);
        entry.Steps.Should().Equal(
            language == "en" ? "‘추천패키지’ (Recommended package)" : "‘추천패키지’",
            language == "en" ? "‘본인인증’ (Identity verification)" : "‘본인인증’");
        entry.Reason.Should().Contain(purposeText);
        AdvisoryCode[] advisories = purpose == VerificationPurpose.AgeRestriction
            ? [AdvisoryCode.IdentityVerificationSeparateSignup, AdvisoryCode.DanalPhoneVerificationDiffers, AdvisoryCode.AgeCheckUsesBirthDate]
            : [AdvisoryCode.IdentityVerificationSeparateSignup, AdvisoryCode.DanalPhoneVerificationDiffers];
        result.Advisories.Select(a => a.Code).Should().Equal(advisories);
        result.Advisories.Should().AllSatisfy(a => a.Service.Should().Be(PaymentService.IdentityVerification));
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
    }

    [Theory]
    [InlineData("ko", new[] { "‘전자결제 직접 선택하기’", "‘일반결제’", "결제대행사 선택", "‘휴대폰 소액결제’로 신청" })]
    [InlineData("en", new[] { "‘전자결제 직접 선택하기’ (Select e-payment directly)", "‘일반결제’ (General payment)", "Choose a PG", "Apply as ‘휴대폰 소액결제’ (Mobile micropayment)" })]
    public void MobileMicropayment_DirectSelectionMobilePayment(string language, string[] steps)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { MobileMicropayment = new(Recurring: false) });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.MobileMicropayment);
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.PackageItem.Should().BeNull();
        entry.Steps.Should().Equal(steps);
        // Every PG with mobile micropayments in the catalog; Danal, KG Financial, Kiwoom, Hecto and KICC on V1.
        entry.Providers.Should().HaveCount(14).And.NotContain([PaymentProvider.Eximbay, PaymentProvider.KakaoPay]);
        result.Advisories.Should().BeEmpty();
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", new[] { "‘전자결제 직접 선택하기’", "‘휴대폰결제’", "정기결제를 지원하는 결제대행사 선택", "‘휴대폰 소액결제 정기결제’로 신청" })]
    [InlineData("en", new[] { "‘전자결제 직접 선택하기’ (Select e-payment directly)", "‘휴대폰결제’ (Mobile payment)", "Choose a PG that supports recurring charges", "Apply as ‘휴대폰 소액결제 정기결제’ (Recurring mobile micropayment)" })]
    public void MobileMicropaymentRecurring_DirectSelectionRecurringPath(string language, string[] steps)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { MobileMicropayment = new(Recurring: true) });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.MobileMicropaymentRecurring);
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.PackageItem.Should().BeNull();
        entry.Steps.Should().Equal(steps);
        entry.RuleName.Should().Be("MobileMicropayment.Recurring.DirectSelection");
        // Recurring mobile micropayments: Welcome, Galaxia, Danal and KG Financial; KG Inicis on V2 only [D-V2-inicis].
        entry.Providers.Should().Equal(
            PaymentProvider.KgInicis, PaymentProvider.Danal, PaymentProvider.WelcomePayments, PaymentProvider.GalaxiaMoneyTree,
            PaymentProvider.KgFinancial);
        result.Advisories.Select(a => a.Code).Should().Equal(AdvisoryCode.BillingKeyTiedToIssuingPg, AdvisoryCode.MobileBillingFixedAmount);
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", new[] { "‘전자결제 직접 선택하기’", "‘일반결제’", "해외결제를 지원하는 결제대행사 선택", "‘신용카드 일반결제’로 신청" }, "해외카드 서비스")]
    [InlineData("en", new[] { "‘전자결제 직접 선택하기’ (Select e-payment directly)", "‘일반결제’ (General payment)", "Choose a PG that supports overseas payment", "Apply as ‘신용카드 일반결제’ (One-time card payment)" }, "overseas card service")]
    public void OverseasCards_DirectSelectionGeneralPayment_SeparateContractAdvisory(string language, string[] steps, string advisoryPart)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { OverseasCards = true });

        var entry = result.Recommendations.Should().ContainSingle().Subject;
        entry.Service.Should().Be(PaymentService.OverseasCardPayment);
        entry.Path.Should().Be(ApplicationPath.DirectSelection);
        entry.PackageItem.Should().BeNull();
        entry.Steps.Should().Equal(steps);
        // [H-INTL]: overseas cards through a domestic PG at KG Inicis, NHN KCP, NICE, Toss Payments and KSNET.
        entry.Providers.Should().Equal(
            PaymentProvider.KgInicis, PaymentProvider.NicePayments, PaymentProvider.NhnKcp, PaymentProvider.TossPayments, PaymentProvider.Ksnet);
        // The default answer stays with domestic PGs; the overseas PGs are named beside it [H-INTL].
        result.Advisories.Select(a => a.Code).Should().Equal(
            AdvisoryCode.OverseasCardServiceNeedsSeparateContract,
            AdvisoryCode.OverseasCardsDomesticPgLimits,
            AdvisoryCode.OverseasPgsAlsoAvailable);
        var advisory = result.Advisories[0];
        advisory.Service.Should().Be(PaymentService.OverseasCardPayment);
        advisory.Message.Should().Contain(advisoryPart);
        result.Benefits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko", "추천패키지로 신청하시면", "추천패키지로 결제대행사 계약을 완료하시면", "세일즈포스", "스티비", "22만 원 상당의 PG 가입비")]
    [InlineData("en", "can speed up the PG contract", "Merchants that complete a PG contract through the package", "Salesforce", "Stibee", "KRW 220,000")]
    public void AnyPackageRecommendation_TheEditionsBenefitsInOrder_WithThePagesConditions(
        string language, string faster, string condition, string salesforce, string stibee, string fee)
    {
        var result = Engines.For(language).Recommend(new MerchantRequirements { CardPayment = true, OverseasCards = true });

        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
        result.Benefits.Select(b => b.Message).Should().SatisfyRespectively(
            m => m.Should().Contain(faster),
            m => m.Should().Contain(condition).And.Contain(salesforce),
            m => m.Should().Contain(condition).And.Contain(stibee),
            m => m.Should().Contain(fee));
    }

    [Theory]
    [InlineData("ko", "가입비와 연 관리비가 모두 면제", "AWS 크레디트", "추천패키지로 결제대행사 계약을 완료하시면")]
    [InlineData("en", "waives both the sign-up fee and the annual management fee", "AWS credit", "Merchants that complete a PG contract through the package")]
    public void April2025KpnEdition_WaivesTheFees_AndOffersAwsCredit_OnItsCondition(string language, string waiver, string aws, string condition)
    {
        var result = Engines.For(language).Recommend(
            new MerchantRequirements { IdentityVerification = new() },
            new RecommendationContext { Edition = PackageEdition.April2025Kpn });

        result.Benefits.Select(b => b.Code).Should().Equal(
            BenefitCode.SalesforceDiscount, BenefitCode.StibeeDiscount, BenefitCode.SignUpFeeSupport, BenefitCode.SignUpAndAnnualFeeWaiver, BenefitCode.AwsCredit);
        result.Benefits.Single(b => b.Code == BenefitCode.SignUpAndAnnualFeeWaiver).Message.Should().Contain(waiver);
        result.Benefits.Single(b => b.Code == BenefitCode.AwsCredit).Message.Should().Contain(aws).And.Contain(condition);
    }

    [Fact]
    public void EveryEdition_OnEveryApiVersion_GrantsItsOwnBenefits_AndNeverStartupPerks()
    {
        foreach (var edition in System.Enum.GetValues<PackageEdition>())
        {
            foreach (var version in new PortOneApiVersion?[] { null, PortOneApiVersion.V1, PortOneApiVersion.V2 })
            {
                foreach (var language in new[] { "ko", "en" })
                {
                    // Identity verification goes through every edition's package on every version (Danal).
                    var result = Engines.For(language).Recommend(
                        new MerchantRequirements { CardPayment = true, IdentityVerification = new(), ApiVersion = version },
                        new RecommendationContext { Edition = edition });

                    result.Benefits.Select(b => b.Code).Should().Equal(PinnedCatalog.BenefitsOf(edition), "{0} on {1} in {2}", edition, version, language);
                    result.Benefits.Should().NotContain(b => b.Code == BenefitCode.StartupPerks);
                    result.Benefits.Should().OnlyContain(b => b.Message.Length > 0);
                }
            }
        }
    }

    [Fact]
    public void EverythingAsked_OrderedByServiceThenPackageBeforeDirect_AdvisoriesByCode()
    {
        var result = Engines.Ko.Recommend(new MerchantRequirements
        {
            CardPayment = true,
            BankTransfer = true,
            VirtualAccount = true,
            RecurringCard = new(BillingKeyIssuance.PaymentWindow),
            EasyPay = new() { Brands = [EasyPayBrand.SamsungPay, EasyPayBrand.NaverPay] },
            IdentityVerification = new(VerificationPurpose.AgeRestriction),
            MobileMicropayment = new(Recurring: true),
            OverseasCards = true,
        });

        result.Recommendations.Select(r => (r.Service, r.Path)).Should().Equal(
            (PaymentService.CardPayment, ApplicationPath.RecommendedPackage),
            (PaymentService.BankTransfer, ApplicationPath.RecommendedPackage),
            (PaymentService.VirtualAccount, ApplicationPath.RecommendedPackage),
            (PaymentService.RecurringCardPayment, ApplicationPath.DirectSelection),
            (PaymentService.EasyPay, ApplicationPath.RecommendedPackage),
            (PaymentService.EasyPay, ApplicationPath.DirectSelection),
            (PaymentService.IdentityVerification, ApplicationPath.RecommendedPackage),
            (PaymentService.MobileMicropaymentRecurring, ApplicationPath.DirectSelection),
            (PaymentService.OverseasCardPayment, ApplicationPath.DirectSelection));
        result.Advisories.Select(a => a.Code).Should().Equal(
            AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount,
            AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection,
            AdvisoryCode.EasyPayBrandNotInPackage,
            AdvisoryCode.IdentityVerificationSeparateSignup,
            AdvisoryCode.DanalPhoneVerificationDiffers,
            AdvisoryCode.OverseasCardServiceNeedsSeparateContract,
            AdvisoryCode.BillingKeyTiedToIssuingPg,
            AdvisoryCode.OverseasCardsDomesticPgLimits,
            AdvisoryCode.EscrowForCashPayments,
            AdvisoryCode.AgeCheckUsesBirthDate,
            AdvisoryCode.EasyPayOnlyThroughPg,
            AdvisoryCode.MobileBillingFixedAmount,
            AdvisoryCode.RecurringCertificateOnPc,
            AdvisoryCode.RecurringEasyPayAvailable,
            AdvisoryCode.OverseasPgsAlsoAvailable,
            AdvisoryCode.NaverPayNeedsPgSalesFirst);
        result.Benefits.Select(b => b.Code).Should().Equal(AllBenefits);
        result.Recommendations.Select(r => r.RuleName).Should().BeSubsetOf(result.FiredRules);
    }
}
