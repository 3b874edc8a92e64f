using System;
using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The contract's decision table, written out independently of the rules: what the engine must answer for any
/// requirements, apart from texts. The exhaustive tests compare the engine against it.
/// </summary>
internal static class DecisionTable
{
    private static readonly EasyPayBrand[] PackageBrands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay];

    public static Expected For(MerchantRequirements r)
    {
        var items = new List<ExpectedItem>();
        var advisories = new SortedSet<AdvisoryCode>();
        PaymentProvider[] cards = [PaymentProvider.KgInicis, PaymentProvider.NicePayments];

        if (r.CardPayment)
        {
            items.Add(new(PaymentService.CardPayment, ApplicationPath.RecommendedPackage, PackageItem.CardGeneral, cards, "CardPayment.RecommendedPackage"));
        }

        if (r.BankTransfer)
        {
            items.Add(new(PaymentService.BankTransfer, ApplicationPath.RecommendedPackage, PackageItem.CardGeneral, cards, "GeneralPayment.IncludedMethod.RecommendedPackage"));
        }

        if (r.VirtualAccount)
        {
            items.Add(new(PaymentService.VirtualAccount, ApplicationPath.RecommendedPackage, PackageItem.CardGeneral, cards, "GeneralPayment.IncludedMethod.RecommendedPackage"));
        }

        if (r.BankTransfer || r.VirtualAccount)
        {
            advisories.Add(AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount);
        }

        switch (r.RecurringCard?.Issuance)
        {
            case BillingKeyIssuance.Api:
                items.Add(new(PaymentService.RecurringCardPayment, ApplicationPath.RecommendedPackage, PackageItem.CardRecurring, cards, "RecurringCard.Api.RecommendedPackage"));
                break;
            case BillingKeyIssuance.PaymentWindow:
                items.Add(new(PaymentService.RecurringCardPayment, ApplicationPath.DirectSelection, null, [], "RecurringCard.PaymentWindow.DirectSelection"));
                advisories.Add(AdvisoryCode.RecurringPaymentWindowNeedsDirectSelection);
                break;
        }

        if (r.EasyPay is { } easyPay)
        {
            if (easyPay.Integration == EasyPayIntegration.Hub)
            {
                items.Add(new(PaymentService.EasyPay, ApplicationPath.DirectSelection, null, [], "EasyPay.Hub.DirectSelection"));
                advisories.Add(AdvisoryCode.HubEasyPayExtraMerchantId);
            }
            else if (easyPay.Brands.Count == 0)
            {
                items.Add(new(PaymentService.EasyPay, ApplicationPath.RecommendedPackage, PackageItem.EasyPay, [PaymentProvider.KakaoPay, PaymentProvider.NaverPay], "EasyPay.AnyBrand.RecommendedPackage"));
            }
            else
            {
                var inPackage = easyPay.Brands.Where(PackageBrands.Contains).ToList();
                var outside = easyPay.Brands.Where(b => !PackageBrands.Contains(b)).ToList();
                if (inPackage.Count > 0)
                {
                    var providers = inPackage
                        .Select(b => b == EasyPayBrand.KakaoPay ? PaymentProvider.KakaoPay : PaymentProvider.NaverPay)
                        .OrderBy(p => p)
                        .ToArray();
                    items.Add(new(PaymentService.EasyPay, ApplicationPath.RecommendedPackage, PackageItem.EasyPay, providers, "EasyPay.PackageBrands.RecommendedPackage"));
                }

                if (outside.Count > 0)
                {
                    items.Add(new(PaymentService.EasyPay, ApplicationPath.DirectSelection, null, [], "EasyPay.OtherBrands.DirectSelection"));
                    advisories.Add(AdvisoryCode.EasyPayBrandNotInPackage);
                }
            }
        }

        if (r.IdentityVerification is not null)
        {
            items.Add(new(PaymentService.IdentityVerification, ApplicationPath.RecommendedPackage, PackageItem.IdentityVerification, [PaymentProvider.Danal], "IdentityVerification.RecommendedPackage"));
            advisories.Add(AdvisoryCode.IdentityVerificationSeparateSignup);
            advisories.Add(AdvisoryCode.DanalPhoneVerificationDiffers);
        }

        switch (r.MobileMicropayment?.Recurring)
        {
            case false:
                items.Add(new(PaymentService.MobileMicropayment, ApplicationPath.DirectSelection, null, [], "MobileMicropayment.DirectSelection"));
                break;
            case true:
                items.Add(new(PaymentService.MobileMicropaymentRecurring, ApplicationPath.DirectSelection, null, [], "MobileMicropayment.Recurring.DirectSelection"));
                break;
        }

        if (r.OverseasCards)
        {
            items.Add(new(PaymentService.OverseasCardPayment, ApplicationPath.DirectSelection, null, [], "OverseasCard.DirectSelection"));
            advisories.Add(AdvisoryCode.OverseasCardServiceNeedsSeparateContract);
        }

        if (items.Count == 0)
        {
            advisories.Add(AdvisoryCode.NothingRequested);
        }

        var benefits = items.Any(i => i.Path == ApplicationPath.RecommendedPackage)
            ? Enum.GetValues<BenefitCode>()
            : [];
        return new Expected(
            items.OrderBy(i => i.Service).ThenBy(i => i.Path).ToList(),
            advisories.ToList(),
            benefits);
    }

    /// <summary>Every requirement profile: each switch, each enum value, each subset of the six brands for both
    /// integrations (74,304 profiles).</summary>
    public static IEnumerable<MerchantRequirements> AllProfiles()
    {
        RecurringCardRequirement?[] recurring = [null, new(BillingKeyIssuance.Api), new(BillingKeyIssuance.PaymentWindow)];
        IdentityVerificationRequirement?[] identity =
            [null, .. Enum.GetValues<VerificationPurpose>().Select(p => new IdentityVerificationRequirement(p))];
        MobileMicropaymentRequirement?[] mobile = [null, new(false), new(true)];
        var easyPay = new List<EasyPayRequirement?> { null };
        var brands = Enum.GetValues<EasyPayBrand>();
        foreach (var integration in Enum.GetValues<EasyPayIntegration>())
        {
            for (var mask = 0; mask < 1 << brands.Length; mask++)
            {
                var subset = brands.Where(b => (mask & (1 << (int)b)) != 0).ToArray();
                easyPay.Add(new EasyPayRequirement { Brands = subset, Integration = integration });
            }
        }

        bool[] flags = [false, true];
        foreach (var card in flags)
        {
            foreach (var transfer in flags)
            {
                foreach (var virtualAccount in flags)
                {
                    foreach (var overseas in flags)
                    {
                        foreach (var rc in recurring)
                        {
                            foreach (var ep in easyPay)
                            {
                                foreach (var iv in identity)
                                {
                                    foreach (var mm in mobile)
                                    {
                                        yield return new MerchantRequirements
                                        {
                                            CardPayment = card,
                                            BankTransfer = transfer,
                                            VirtualAccount = virtualAccount,
                                            RecurringCard = rc,
                                            EasyPay = ep,
                                            IdentityVerification = iv,
                                            MobileMicropayment = mm,
                                            OverseasCards = overseas,
                                        };
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    internal sealed record ExpectedItem(
        PaymentService Service,
        ApplicationPath Path,
        PackageItem? PackageItem,
        PaymentProvider[] Providers,
        string RuleName);

    internal sealed record Expected(
        IReadOnlyList<ExpectedItem> Items,
        IReadOnlyList<AdvisoryCode> Advisories,
        IReadOnlyList<BenefitCode> Benefits);
}
