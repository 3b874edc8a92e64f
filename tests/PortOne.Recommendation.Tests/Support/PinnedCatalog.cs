using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The provider catalog's facts, pinned by hand with their provider-facts source keys. The catalog tests compare the
/// embedded catalog against these tables, and the decision table derives expected answers from them, so a change to
/// the catalog must be made here too, deliberately.
/// </summary>
internal static class PinnedCatalog
{
    public static readonly IReadOnlyDictionary<PaymentProvider, ApiVersionSet> Providers = new Dictionary<PaymentProvider, ApiVersionSet>
    {
        [PaymentProvider.KgInicis] = ApiVersionSet.Both,
        [PaymentProvider.NicePayments] = ApiVersionSet.Both,
        [PaymentProvider.KakaoPay] = ApiVersionSet.Both,
        [PaymentProvider.NaverPay] = ApiVersionSet.Both,
        [PaymentProvider.Danal] = ApiVersionSet.Both,
        [PaymentProvider.NhnKcp] = ApiVersionSet.Both,
        [PaymentProvider.TossPayments] = ApiVersionSet.Both,
        [PaymentProvider.Kpn] = ApiVersionSet.V2,
        [PaymentProvider.Ksnet] = ApiVersionSet.Both,
        [PaymentProvider.Smartro] = ApiVersionSet.Both,
        [PaymentProvider.WelcomePayments] = ApiVersionSet.Both,
        [PaymentProvider.GalaxiaMoneyTree] = ApiVersionSet.Both,
        [PaymentProvider.KgFinancial] = ApiVersionSet.V1,
        [PaymentProvider.KiwoomPay] = ApiVersionSet.V1,
        [PaymentProvider.HectoFinancial] = ApiVersionSet.V1,
        [PaymentProvider.Kicc] = ApiVersionSet.V1,
        [PaymentProvider.TossPay] = ApiVersionSet.Both,
        [PaymentProvider.Payco] = ApiVersionSet.V1,
        [PaymentProvider.Eximbay] = ApiVersionSet.Both,
        [PaymentProvider.PayPal] = ApiVersionSet.Both,
        [PaymentProvider.Paymentwall] = ApiVersionSet.Both,
        [PaymentProvider.Payletter] = ApiVersionSet.Both,
    };

    public static readonly IReadOnlyList<PinnedCapability> Capabilities =
    [
        new(PaymentProvider.KgInicis, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.KgInicis, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.KgInicis, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.KgInicis, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.NhnKcp, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.NhnKcp, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.NhnKcp, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.NhnKcp, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.NicePayments, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V1-nice D-V2PG"),
        new(PaymentProvider.NicePayments, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V1-nice D-V2PG"),
        new(PaymentProvider.NicePayments, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V1-nice D-V2PG"),
        new(PaymentProvider.NicePayments, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V1-nice D-V2PG"),
        new(PaymentProvider.TossPayments, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.TossPayments, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.TossPayments, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.TossPayments, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.Kpn, ProviderCapability.CardPayment, [], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Kpn, ProviderCapability.BankTransfer, [], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Kpn, ProviderCapability.VirtualAccount, [], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Kpn, ProviderCapability.MobileMicropayment, [], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Ksnet, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.Ksnet, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.Ksnet, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.Ksnet, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V2PG H-PGLIST"),
        new(PaymentProvider.Smartro, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V1-smartro D-V2PG"),
        new(PaymentProvider.Smartro, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V1-smartro D-V2PG"),
        new(PaymentProvider.Smartro, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V1-smartro D-V2PG"),
        new(PaymentProvider.Smartro, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V1-smartro D-V2PG"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V1-welcome D-V2-welcome"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V1-welcome D-V2-welcome"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V1-welcome D-V2-welcome"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V1-welcome D-V2-welcome"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.BankTransfer, [], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.VirtualAccount, [], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.MobileMicropayment, [], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.Danal, ProviderCapability.CardPayment, [], ApiVersionSet.V1, "D-V1-danal"),
        new(PaymentProvider.Danal, ProviderCapability.BankTransfer, [], ApiVersionSet.V1, "D-V1-danal"),
        new(PaymentProvider.Danal, ProviderCapability.VirtualAccount, [], ApiVersionSet.V1, "D-V1-danal"),
        new(PaymentProvider.Danal, ProviderCapability.MobileMicropayment, [], ApiVersionSet.V1, "D-V1-danal"),
        // KG Financial: cards and mobile micropayments only (mobilians-contract: "현재 KG파이낸셜은 신용카드, 휴대폰결제 연동
        // 서비스만 이용 가능합니다"); the V1 guide's vbank, trans and easy pay conflict with it and are left out.
        new(PaymentProvider.KgFinancial, ProviderCapability.CardPayment, [], ApiVersionSet.V1, "D-V1-mobilians-v2 H-CONTRACT-mobilians"),
        new(PaymentProvider.KgFinancial, ProviderCapability.MobileMicropayment, [], ApiVersionSet.V1, "D-V1-mobilians-v2 H-CONTRACT-mobilians"),
        new(PaymentProvider.KiwoomPay, ProviderCapability.CardPayment, [], ApiVersionSet.V1, "D-V1-daou"),
        new(PaymentProvider.KiwoomPay, ProviderCapability.BankTransfer, [], ApiVersionSet.V1, "D-V1-daou"),
        new(PaymentProvider.KiwoomPay, ProviderCapability.VirtualAccount, [], ApiVersionSet.V1, "D-V1-daou"),
        new(PaymentProvider.KiwoomPay, ProviderCapability.MobileMicropayment, [], ApiVersionSet.V1, "D-V1-daou"),
        new(PaymentProvider.HectoFinancial, ProviderCapability.CardPayment, [], ApiVersionSet.V1, "D-V1-settle"),
        new(PaymentProvider.HectoFinancial, ProviderCapability.BankTransfer, [], ApiVersionSet.V1, "D-V1-settle"),
        new(PaymentProvider.HectoFinancial, ProviderCapability.VirtualAccount, [], ApiVersionSet.V1, "D-V1-settle"),
        new(PaymentProvider.HectoFinancial, ProviderCapability.MobileMicropayment, [], ApiVersionSet.V1, "D-V1-settle"),
        new(PaymentProvider.Kicc, ProviderCapability.CardPayment, [], ApiVersionSet.V1, "D-V1-kicc"),
        new(PaymentProvider.Kicc, ProviderCapability.BankTransfer, [], ApiVersionSet.V1, "D-V1-kicc"),
        new(PaymentProvider.Kicc, ProviderCapability.VirtualAccount, [], ApiVersionSet.V1, "D-V1-kicc"),
        new(PaymentProvider.Kicc, ProviderCapability.MobileMicropayment, [], ApiVersionSet.V1, "D-V1-kicc"),
        new(PaymentProvider.Eximbay, ProviderCapability.CardPayment, [], ApiVersionSet.Both, "D-V1-eximbay D-V2PG"),
        new(PaymentProvider.Eximbay, ProviderCapability.BankTransfer, [], ApiVersionSet.V2, "D-V2PG D-V2-eximbay"),
        new(PaymentProvider.KgInicis, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.KgInicis, ProviderCapability.RecurringCardApi, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.NhnKcp, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.NhnKcp, ProviderCapability.RecurringCardApi, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.NicePayments, ProviderCapability.RecurringCardApi, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.TossPayments, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.TossPayments, ProviderCapability.RecurringCardApi, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.Kpn, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Kpn, ProviderCapability.RecurringCardApi, [], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Ksnet, ProviderCapability.RecurringCardApi, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.Ksnet, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.V2, "D-V2-ksnet"),
        new(PaymentProvider.Smartro, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.Both, "D-V1BILL D-V2-smartro"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.Both, "D-V1BILL D-V2-welcome"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.RecurringCardApi, [], ApiVersionSet.Both, "D-V1BILL D-V2-welcome"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.Danal, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.V1, "D-V1BILL"),
        new(PaymentProvider.KgFinancial, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.V1, "D-V1BILL"),
        new(PaymentProvider.KiwoomPay, ProviderCapability.RecurringCardApi, [], ApiVersionSet.V1, "D-V1BILL"),
        new(PaymentProvider.HectoFinancial, ProviderCapability.RecurringCardApi, [], ApiVersionSet.V1, "D-V1BILL"),
        new(PaymentProvider.Kicc, ProviderCapability.RecurringCardPaymentWindow, [], ApiVersionSet.V1, "D-V1BILL"),
        new(PaymentProvider.KgInicis, ProviderCapability.RecurringMobileMicropayment, [], ApiVersionSet.V2, "D-V2-inicis"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.RecurringMobileMicropayment, [], ApiVersionSet.Both, "D-V1BILL D-V2-welcome"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.RecurringMobileMicropayment, [], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.Danal, ProviderCapability.RecurringMobileMicropayment, [], ApiVersionSet.V1, "D-V1BILL"),
        new(PaymentProvider.KgFinancial, ProviderCapability.RecurringMobileMicropayment, [], ApiVersionSet.V1, "D-V1-mobilians-v2"),
        new(PaymentProvider.KgInicis, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay], ApiVersionSet.Both, "D-V2PG"),
        new(PaymentProvider.NhnKcp, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay], ApiVersionSet.Both, "D-V2-kcp"),
        new(PaymentProvider.NicePayments, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay], ApiVersionSet.Both, "D-V1-nice D-V2PG"),
        new(PaymentProvider.TossPayments, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay], ApiVersionSet.Both, "D-V2PG"),
        new(PaymentProvider.Kpn, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.Ksnet, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.Payco], ApiVersionSet.Both, "D-V2PG"),
        new(PaymentProvider.Smartro, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.Payco], ApiVersionSet.Both, "D-V2PG"),
        new(PaymentProvider.WelcomePayments, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco], ApiVersionSet.Both, "D-V1-welcome D-V2-welcome"),
        new(PaymentProvider.GalaxiaMoneyTree, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.TossPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay], ApiVersionSet.Both, "D-V1-galaxia D-V2-galaxia"),
        new(PaymentProvider.KiwoomPay, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay, EasyPayBrand.ApplePay], ApiVersionSet.V1, "D-V1-daou"),
        new(PaymentProvider.Eximbay, ProviderCapability.HubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.TossPay, EasyPayBrand.Payco], ApiVersionSet.V2, "D-V2PG"),
        new(PaymentProvider.KakaoPay, ProviderCapability.DirectEasyPay, [EasyPayBrand.KakaoPay], ApiVersionSet.Both, "D-V2PG D-V2-kakaopay"),
        new(PaymentProvider.NaverPay, ProviderCapability.DirectEasyPay, [EasyPayBrand.NaverPay], ApiVersionSet.Both, "D-V2PG D-V2-naverpay"),
        new(PaymentProvider.TossPay, ProviderCapability.DirectEasyPay, [EasyPayBrand.TossPay], ApiVersionSet.Both, "D-V2PG D-V2-tosspay"),
        new(PaymentProvider.Payco, ProviderCapability.DirectEasyPay, [EasyPayBrand.Payco], ApiVersionSet.V1, "D-V1CODES H-PGLIST"),
        new(PaymentProvider.KakaoPay, ProviderCapability.RecurringDirectEasyPay, [EasyPayBrand.KakaoPay], ApiVersionSet.Both, "H-PGLIST D-V2-kakaopay H-CH-kakaopay"),
        new(PaymentProvider.NaverPay, ProviderCapability.RecurringDirectEasyPay, [EasyPayBrand.NaverPay], ApiVersionSet.Both, "H-PGLIST D-V2-naverpay"),
        new(PaymentProvider.TossPay, ProviderCapability.RecurringDirectEasyPay, [EasyPayBrand.TossPay], ApiVersionSet.Both, "H-PGLIST D-V2-tosspay"),
        new(PaymentProvider.Payco, ProviderCapability.RecurringDirectEasyPay, [EasyPayBrand.Payco], ApiVersionSet.V1, "H-PGLIST"),
        new(PaymentProvider.NicePayments, ProviderCapability.RecurringHubEasyPay, [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay], ApiVersionSet.Both, "H-PGLIST D-V2PG"),
        new(PaymentProvider.KgInicis, ProviderCapability.OverseasCards, [], ApiVersionSet.Both, "H-INTL"),
        new(PaymentProvider.NhnKcp, ProviderCapability.OverseasCards, [], ApiVersionSet.Both, "H-INTL"),
        new(PaymentProvider.NicePayments, ProviderCapability.OverseasCards, [], ApiVersionSet.Both, "H-INTL"),
        new(PaymentProvider.TossPayments, ProviderCapability.OverseasCards, [], ApiVersionSet.Both, "H-INTL"),
        new(PaymentProvider.Ksnet, ProviderCapability.OverseasCards, [], ApiVersionSet.Both, "H-INTL"),
        new(PaymentProvider.PayPal, ProviderCapability.OverseasPgCards, [], ApiVersionSet.Both, "H-INTL D-V1-paypal D-V2PG"),
        new(PaymentProvider.Eximbay, ProviderCapability.OverseasPgCards, [], ApiVersionSet.Both, "H-INTL D-V1-eximbay D-V2PG"),
        new(PaymentProvider.Payletter, ProviderCapability.OverseasPgCards, [], ApiVersionSet.Both, "H-INTL D-V1-payletter D-V2PG"),
        new(PaymentProvider.Paymentwall, ProviderCapability.OverseasPgCards, [], ApiVersionSet.Both, "H-INTL D-V1-paymentwall D-V2PG"),
        new(PaymentProvider.PayPal, ProviderCapability.OverseasPgRecurringCards, [], ApiVersionSet.Both, "D-V1BILL D-V2PG"),
        new(PaymentProvider.Eximbay, ProviderCapability.OverseasPgRecurringCards, [], ApiVersionSet.V2, "D-V2PG D-V2-eximbay"),
        new(PaymentProvider.Payletter, ProviderCapability.OverseasPgRecurringCards, [], ApiVersionSet.Both, "H-INTL-PL D-V1-payletter D-V2-payletter"),
        new(PaymentProvider.Paymentwall, ProviderCapability.OverseasPgRecurringCards, [], ApiVersionSet.V1, "D-V1BILL D-V1-paymentwall"),
        new(PaymentProvider.Danal, ProviderCapability.IdentityVerification, [], ApiVersionSet.Both, "H-IDV"),
        new(PaymentProvider.Danal, ProviderCapability.AgeRestrictedIdentityVerification, [], ApiVersionSet.Both, "H-IDV"),
        new(PaymentProvider.NhnKcp, ProviderCapability.IdentityVerification, [], ApiVersionSet.Both, "H-IDV"),
        new(PaymentProvider.NhnKcp, ProviderCapability.AgeRestrictedIdentityVerification, [], ApiVersionSet.Both, "H-IDV"),
        new(PaymentProvider.KgInicis, ProviderCapability.IdentityVerification, [], ApiVersionSet.Both, "H-IDV"),
    ];

    /// <summary>Each edition's offers and partner benefits, with the page version that lists them. Benefits are what the
    /// edition's pages list (the package page at the edition's commit; the package's event page content200013 where its
    /// period covers the edition), with the condition the page states. StartupPerks is in none: the package page only
    /// points to PortOne's partner-benefits page.</summary>
    public static readonly IReadOnlyDictionary<PackageEdition, PinnedEdition> Editions = new Dictionary<PackageEdition, PinnedEdition>
    {
        [PackageEdition.May2025] = new("H-PKG@dc75785", [new(PackageItem.CardGeneral, [PaymentProvider.KgInicis, PaymentProvider.NicePayments]), new(PackageItem.CardRecurring, [PaymentProvider.KgInicis, PaymentProvider.NicePayments]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay, PaymentProvider.NaverPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.FasterContract, BenefitCondition.None, "H-PKG@dc75785"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@dc75785"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@dc75785"), new(BenefitCode.SignUpFeeSupport, BenefitCondition.None, "H-FEE@dc75785")]),
        [PackageEdition.October2025] = new("H-PKG@dd98a91", [new(PackageItem.CardGeneral, [PaymentProvider.KgInicis, PaymentProvider.NhnKcp]), new(PackageItem.CardRecurring, [PaymentProvider.KgInicis, PaymentProvider.NhnKcp]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay, PaymentProvider.NaverPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.FasterContract, BenefitCondition.None, "H-PKG@dd98a91"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@dd98a91"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@dd98a91"), new(BenefitCode.SignUpFeeSupport, BenefitCondition.None, "H-FEE@dc75785")]),
        [PackageEdition.November2025] = new("H-PKG@150bf9e", [new(PackageItem.CardGeneral, [PaymentProvider.KgInicis, PaymentProvider.Kpn]), new(PackageItem.CardRecurring, [PaymentProvider.KgInicis, PaymentProvider.Kpn]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay, PaymentProvider.NaverPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.FasterContract, BenefitCondition.None, "H-PKG@150bf9e"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@150bf9e"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@150bf9e"), new(BenefitCode.SignUpFeeSupport, BenefitCondition.None, "H-FEE@dc75785")]),
        [PackageEdition.December2025] = new("H-PKG@1edf2a5", [new(PackageItem.CardGeneral, [PaymentProvider.KgInicis, PaymentProvider.NhnKcp]), new(PackageItem.CardRecurring, [PaymentProvider.KgInicis, PaymentProvider.NhnKcp]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay, PaymentProvider.NaverPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.FasterContract, BenefitCondition.None, "H-PKG@1edf2a5"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@1edf2a5"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@1edf2a5"), new(BenefitCode.SignUpFeeSupport, BenefitCondition.None, "H-FEE@dc75785")]),
        [PackageEdition.April2025Kpn] = new("H-PKG@4d1a6a6", [new(PackageItem.CardGeneral, [PaymentProvider.Kpn]), new(PackageItem.CardRecurring, [PaymentProvider.Kpn]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay, PaymentProvider.NaverPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.SignUpAndAnnualFeeWaiver, BenefitCondition.None, "H-PKG@4d1a6a6"), new(BenefitCode.AwsCredit, BenefitCondition.PgContractCompleted, "H-PKG@4d1a6a6"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@4d1a6a6"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@4d1a6a6"), new(BenefitCode.SignUpFeeSupport, BenefitCondition.None, "H-FEE@4d1a6a6")]),
        [PackageEdition.April2025TossPayments] = new("H-PKG@0c12aee", [new(PackageItem.CardGeneral, [PaymentProvider.TossPayments]), new(PackageItem.CardRecurring, [PaymentProvider.TossPayments]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.FasterContract, BenefitCondition.None, "H-PKG@0c12aee"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@0c12aee"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@0c12aee")]),
        [PackageEdition.April2026] = new("H-PKG@62f6d7c", [new(PackageItem.CardGeneral, [PaymentProvider.Kpn, PaymentProvider.GalaxiaMoneyTree]), new(PackageItem.CardRecurring, [PaymentProvider.Kpn]), new(PackageItem.EasyPay, [PaymentProvider.KakaoPay]), new(PackageItem.IdentityVerification, [PaymentProvider.Danal])], [new(BenefitCode.FasterContract, BenefitCondition.None, "H-PKG@62f6d7c"), new(BenefitCode.SalesforceDiscount, BenefitCondition.PgContractCompleted, "H-PKG@62f6d7c"), new(BenefitCode.StibeeDiscount, BenefitCondition.PgContractCompleted, "H-PKG@62f6d7c"), new(BenefitCode.SignUpFeeSupport, BenefitCondition.None, "H-FEE@dc75785")]),
    };

    public static readonly IReadOnlyList<PinnedAddOn> AddOns =
    [
        new(ContractAddOn.RecurringAddendum, [ProviderCapability.RecurringCardPaymentWindow, ProviderCapability.RecurringCardApi, ProviderCapability.RecurringMobileMicropayment], [], "H-ADD"),
        // PayPal has no contract or review ("페이팔의 경우 별도 계약절차가 없어"): no addendum; one-time and recurring are
        // applied for separately ("일반결제와 정기결제를 모두 이용하신다면, 각각 선택하여 접수해주시기 바랍니다").
        new(ContractAddOn.RecurringAddendum, [ProviderCapability.OverseasPgRecurringCards, ProviderCapability.OverseasPgRecurringCardsBusinessAbroad], [PaymentProvider.Eximbay, PaymentProvider.Payletter, PaymentProvider.Paymentwall], "H-ADD"),
        new(ContractAddOn.RecurringSeparateApplication, [ProviderCapability.OverseasPgRecurringCards, ProviderCapability.OverseasPgRecurringCardsBusinessAbroad], [PaymentProvider.PayPal], "H-CONTRACT-paypal H-CH-paypal"),
        new(ContractAddOn.OverseasCardAddendum, [ProviderCapability.OverseasCards], [], "H-INTL"),
        new(ContractAddOn.HubEasyPayMerchantId, [ProviderCapability.HubEasyPay], [PaymentProvider.NicePayments], "H-NICEHUB2"),
        new(ContractAddOn.HubEasyPayMerchantId, [ProviderCapability.HubEasyPay], [PaymentProvider.TossPayments], "H-TOSSHUB"),
        new(ContractAddOn.HubEasyPaySiteCodes, [ProviderCapability.HubEasyPay], [PaymentProvider.NhnKcp], "H-KCPHUB"),
        new(ContractAddOn.HubEasyPayBrandReview, [ProviderCapability.HubEasyPay], [PaymentProvider.KgInicis], "H-INIHUB"),
        new(ContractAddOn.HubEasyPayPriorContract, [ProviderCapability.HubEasyPay], [PaymentProvider.Ksnet], "D-V2-ksnet", ApiVersionSet.V2),
        // V1 too, where the V1 guide's 연동 유의사항 lists "- 간편결제 사용" under its prior contract.
        new(ContractAddOn.HubEasyPayPriorContract, [ProviderCapability.HubEasyPay], [PaymentProvider.Smartro], "D-V1-smartro-caution D-V2-smartro"),
        new(ContractAddOn.HubEasyPayPriorContract, [ProviderCapability.HubEasyPay], [PaymentProvider.WelcomePayments], "D-V1-welcome-caution D-V2-welcome"),
        new(ContractAddOn.HubEasyPayPriorContract, [ProviderCapability.HubEasyPay], [PaymentProvider.TossPayments], "D-V1-toss-warning D-V2-toss"),
        new(ContractAddOn.HubEasyPayNewMerchantIdAndReview, [ProviderCapability.HubEasyPay], [PaymentProvider.GalaxiaMoneyTree], "H-ADD-galaxia"),
        new(ContractAddOn.MobileMicropaymentPriorContract, [ProviderCapability.MobileMicropayment], [PaymentProvider.TossPayments], "D-V2-toss", ApiVersionSet.V2),
        new(ContractAddOn.MobileMicropaymentPriorContract, [ProviderCapability.MobileMicropayment, ProviderCapability.RecurringMobileMicropayment], [PaymentProvider.WelcomePayments], "D-V1-welcome-caution D-V2-welcome"),
        new(ContractAddOn.MobileMicropaymentPriorContract, [ProviderCapability.MobileMicropayment], [PaymentProvider.Ksnet], "D-V2-ksnet", ApiVersionSet.V2),
        new(ContractAddOn.IdentityVerificationContract, [ProviderCapability.IdentityVerification, ProviderCapability.AgeRestrictedIdentityVerification], [], "H-IDV"),
    ];

    public static readonly IReadOnlyDictionary<AdvisoryCode, string> AdvisorySources = new Dictionary<AdvisoryCode, string>
    {
        [AdvisoryCode.PackageProviderUnavailableOnApiVersion] = "H-PGLIST",
        [AdvisoryCode.NoKnownProvider] = "D-V2PG",
        [AdvisoryCode.ExistingContractExtended] = "H-ADD",
        [AdvisoryCode.ExistingContractUnavailableOnApiVersion] = "H-PGLIST",
        [AdvisoryCode.BillingKeyTiedToIssuingPg] = "D-TERMS",
        [AdvisoryCode.HubAndDirectEasyPayExclusive] = "H-PAYMETHOD",
        [AdvisoryCode.InicisHubEasyPayNotForRecurring] = "H-INIHUB",
        [AdvisoryCode.OverseasCardsDomesticPgLimits] = "H-INTL",
        [AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount] = "D-REG",
        [AdvisoryCode.EscrowForCashPayments] = "H-ESCROW",
        [AdvisoryCode.HubEasyPayTestPaymentsAreReal] = "H-TEST",
        [AdvisoryCode.AgeCheckUsesBirthDate] = "H-AGE",
        [AdvisoryCode.EasyPayOnlyThroughPg] = "D-V2PG",
        [AdvisoryCode.MobileBillingFixedAmount] = "H-PAYMETHOD",
        [AdvisoryCode.RecurringEasyPayAvailable] = "H-PGLIST",
        [AdvisoryCode.OverseasPgsAlsoAvailable] = "H-INTL",
        [AdvisoryCode.PayPalForeignBuyersOnly] = "H-INTL-PP",
        [AdvisoryCode.PaymentwallAdmissionCriteria] = "H-INTL-PW",
        [AdvisoryCode.KgFinancialCardAndMobileOnly] = "H-CONTRACT-mobilians",
        [AdvisoryCode.DanalPhoneVerificationDiffers] = "H-CH-danal",
        [AdvisoryCode.HighRiskIndustry] = "H-RISK",
    };

    /// <summary>Advisories that concern one provider each: the rule raises one only when the contract plan uses that
    /// provider, on the API versions its source covers, and cites that provider's source.</summary>
    public static readonly IReadOnlyList<PinnedProviderAdvisory> ProviderAdvisories =
    [
        new(AdvisoryCode.RecurringCertificateOnPc, PaymentProvider.KgInicis, ApiVersionSet.Both, "H-NONAUTH"),
        new(AdvisoryCode.RecurringCertificateOnPc, PaymentProvider.NhnKcp, ApiVersionSet.Both, "H-SCHED"),
        new(AdvisoryCode.OverseasCardsClosedToContent, PaymentProvider.NhnKcp, ApiVersionSet.Both, "H-INTL-KCP"),
        new(AdvisoryCode.BrokeragePlatformsHardToOnboard, PaymentProvider.NhnKcp, ApiVersionSet.Both, "H-NONAUTH"),
        new(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.KgInicis, ApiVersionSet.V2, "D-V2-inicis"),
        new(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.NhnKcp, ApiVersionSet.V2, "D-V2-kcp"),
        new(AdvisoryCode.ApiBillingKeyNeedsPriorContract, PaymentProvider.Kpn, ApiVersionSet.V2, "D-V2-kpn"),
        new(AdvisoryCode.PaymentwallTestPaymentsAreReal, PaymentProvider.Paymentwall, ApiVersionSet.Both, "H-CH-paymentwall"),
        new(AdvisoryCode.NaverPayNeedsPgSalesFirst, PaymentProvider.NaverPay, ApiVersionSet.Both, "H-CONTRACT-naverpay"),
        // A supplement to the general RecurringEasyPayAvailable: KakaoPay's recurring addendum.
        new(AdvisoryCode.RecurringEasyPayAvailable, PaymentProvider.KakaoPay, ApiVersionSet.Both, "H-CONTRACT-kakaopay"),
    ];

    /// <summary>Whether a provider-specific advisory concerns the provider a plan uses, on an API version.</summary>
    public static bool Concerns(AdvisoryCode code, PaymentProvider? provider, PortOneApiVersion? api) =>
        provider is { } used && ProviderAdvisories.Any(a => a.Code == code && a.Provider == used && DecisionTable.Serves(a.Api, api));

    /// <summary>Who a capability is not for, where a source says so (the catalog's <c>&lt;limits&gt;</c>).</summary>
    public static readonly IReadOnlyList<PinnedLimit> Limits =
    [
        // H-INTL: "단, 사업자는 반드시 국내사업자(해외사업자 불가)여야 하는 점 참고해주세요!"
        new([ProviderCapability.OverseasCards], [], MerchantCondition.BusinessRegisteredAbroad, "H-INTL"),
        // H-INTL-EXIM: "1. 해외사업자는 지원되지 않습니다(한국 사업자만 이용가능)"
        new([ProviderCapability.OverseasPgCards, ProviderCapability.OverseasPgRecurringCards], [PaymentProvider.Eximbay], MerchantCondition.BusinessRegisteredAbroad, "H-INTL-EXIM"),
        // H-INTL-PL: "1. 국내 사업자를 대상으로 제공 합니다."
        new([ProviderCapability.OverseasPgCards, ProviderCapability.OverseasPgRecurringCards], [PaymentProvider.Payletter], MerchantCondition.BusinessRegisteredAbroad, "H-INTL-PL"),
    ];

    /// <summary>The providers a limit rules out for a business registered abroad, among <paramref name="providers"/>.</summary>
    public static PaymentProvider[] ExcludedAbroad(ProviderCapability capability, IEnumerable<PaymentProvider> providers) =>
        [.. providers.Where(p => Limits.Any(l => l.Excludes == MerchantCondition.BusinessRegisteredAbroad
            && l.Capabilities.Contains(capability) && (l.Providers.Length == 0 || l.Providers.Contains(p))))];

    /// <summary>The keys of the limits that rule out some of <paramref name="providers"/> for a business registered
    /// abroad, in file order.</summary>
    public static string[] ExcludingSourcesAbroad(ProviderCapability capability, IEnumerable<PaymentProvider> providers) =>
        [.. Limits.Where(l => l.Excludes == MerchantCondition.BusinessRegisteredAbroad && l.Capabilities.Contains(capability)
            && providers.Any(p => l.Providers.Length == 0 || l.Providers.Contains(p))).Select(l => l.Source).Distinct()];

    internal sealed record PinnedCapability(
        PaymentProvider Provider,
        ProviderCapability Capability,
        EasyPayBrand[] Brands,
        ApiVersionSet Api,
        string Source);

    internal sealed record PinnedOffer(PackageItem Item, PaymentProvider[] Providers);

    internal sealed record PinnedEdition(string Source, PinnedOffer[] Offers, PinnedBenefit[] Benefits);

    internal sealed record PinnedBenefit(BenefitCode Code, BenefitCondition Condition, string Source);

    /// <summary>The benefit codes an edition grants, in <see cref="BenefitCode"/> order.</summary>
    public static BenefitCode[] BenefitsOf(PackageEdition edition) =>
        [.. Editions[edition].Benefits.Select(b => b.Code).Order()];

    internal sealed record PinnedProviderAdvisory(AdvisoryCode Code, PaymentProvider Provider, ApiVersionSet Api, string Source);

    internal sealed record PinnedAddOn(ContractAddOn AddOn, ProviderCapability[] Capabilities, PaymentProvider[] Providers, string Source, ApiVersionSet Api = ApiVersionSet.Both);

    internal sealed record PinnedLimit(ProviderCapability[] Capabilities, PaymentProvider[] Providers, MerchantCondition Excludes, string Source);
}
