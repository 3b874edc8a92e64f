using System.Globalization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The floor: the recommended-package table as plain if/else, with <see cref="ResultWriter"/> building the same
/// <see cref="RecommendationResult"/> the engine returns. No rules engine does less work than this.
/// </summary>
public sealed class Floor(CultureInfo culture)
{
    private const int PackageBrandMask = (1 << (int)EasyPayBrand.KakaoPay) | (1 << (int)EasyPayBrand.NaverPay);

    private readonly ResultWriter _writer = new(culture);

    public RecommendationResult Recommend(MerchantRequirements requirements) =>
        _writer.Write(requirements, Decide(requirements));

    public static Decisions Decide(MerchantRequirements r)
    {
        var d = Decisions.None;
        if (r.CardPayment)
        {
            d |= Decisions.CardPayment;
        }

        if (r.BankTransfer || r.VirtualAccount)
        {
            d |= Decisions.GeneralPaymentCoversTransferAndVirtualAccount;
        }

        if (r.BankTransfer)
        {
            d |= Decisions.BankTransferIncluded;
        }

        if (r.VirtualAccount)
        {
            d |= Decisions.VirtualAccountIncluded;
        }

        if (r.EasyPay is { } easyPay)
        {
            var brands = ResultWriter.BrandMask(r);
            if (easyPay.Integration == EasyPayIntegration.Hub)
            {
                d |= Decisions.EasyPayHub;
            }
            else if (brands == 0)
            {
                d |= Decisions.EasyPayAnyBrand;
            }
            else
            {
                d |= (brands & PackageBrandMask) != 0 ? Decisions.EasyPayPackageBrands : Decisions.None;
                d |= (brands & ~PackageBrandMask) != 0 ? Decisions.EasyPayOtherBrands : Decisions.None;
            }
        }

        if (r.IdentityVerification is not null)
        {
            d |= Decisions.IdentityVerification;
        }

        if (r.MobileMicropayment is { } mobile)
        {
            d |= mobile.Recurring ? Decisions.MobileMicropaymentRecurring : Decisions.MobileMicropayment;
        }

        if (r.OverseasCards)
        {
            d |= Decisions.OverseasCards;
        }

        if (r.RecurringCard is { } recurring)
        {
            d |= recurring.Issuance == BillingKeyIssuance.Api ? Decisions.RecurringCardApi : Decisions.RecurringCardPaymentWindow;
        }

        if ((d & ResultWriter.PackageDecisions) != 0)
        {
            d |= Decisions.PartnerBenefits;
        }

        if (r.IdentityVerification is not null)
        {
            d |= Decisions.DanalPhoneVerificationDiffers;
        }

        return d == Decisions.None ? Decisions.NothingRequested : d;
    }
}
