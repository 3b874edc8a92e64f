using System.Globalization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The floor: the engine's decisions as plain if/else over the requirements and the call's <see cref="CallFacts"/>
/// (catalog lookups and the contract plan, worked out by <see cref="CatalogLookup"/>), with <see cref="ResultWriter"/>
/// building the same <see cref="RecommendationResult"/> the engine returns. No rules engine does less work than this.
/// </summary>
public sealed class Floor(CultureInfo culture)
{
    private readonly ResultWriter _writer = new(culture);

    public RecommendationResult Recommend(MerchantRequirements requirements)
    {
        var facts = _writer.Catalog.Gather(requirements);
        return _writer.Write(requirements, facts, Decide(requirements, facts));
    }

    internal static Decisions Decide(MerchantRequirements r, CallFacts facts)
    {
        var d = Decisions.None;
        var cash = r.BankTransfer || r.VirtualAccount;
        var recurring = r.RecurringCard is not null || r.MobileMicropayment?.Recurring == true;
        if (r.IdentityVerification?.Purpose == VerificationPurpose.AgeRestriction)
        {
            d |= Decisions.AgeCheckUsesBirthDate;
        }

        if (recurring)
        {
            d |= Decisions.BillingKeyTiedToIssuingPg;
        }

        if (cash)
        {
            d |= Decisions.EscrowForCashPayments | Decisions.GeneralPaymentCoversTransferAndVirtualAccount;
        }

        if (r.CardPayment)
        {
            d |= Decisions.CardPayment;
        }

        if (r.IdentityVerification is not null)
        {
            d |= Decisions.IdentityVerification;
            if (facts.IdentityPackageNamesDanal)
            {
                d |= Decisions.DanalPhoneVerificationDiffers;
            }
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
            if (easyPay.Integration == EasyPayIntegration.Hub)
            {
                d |= Decisions.EasyPayHub;
                if (facts.HubCandidatesIncludeInicis && recurring)
                {
                    d |= Decisions.InicisHubEasyPayNotForRecurring;
                }
            }
            else if (facts.Brands.IsEmpty)
            {
                d |= Decisions.EasyPayAnyBrand;
            }
            else
            {
                d |= facts.PackageBrands.IsEmpty ? Decisions.None : Decisions.EasyPayPackageBrands;
                d |= facts.OtherBrands.IsEmpty ? Decisions.None : Decisions.EasyPayOtherBrands;
            }
        }

        if (r.RecurringCard is { } recurringCard)
        {
            d |= recurringCard.Issuance == BillingKeyIssuance.Api ? Decisions.RecurringCardApi : Decisions.RecurringCardPaymentWindow;
        }

        if (r.MobileMicropayment is { } mobile)
        {
            d |= mobile.Recurring ? Decisions.MobileMicropaymentRecurring : Decisions.MobileMicropayment;
        }

        if (r.OverseasCards)
        {
            d |= Decisions.OverseasCards;
        }

        if ((d & ResultWriter.PackageDecisions) != 0)
        {
            d |= Decisions.PartnerBenefits;
        }

        if (r.ApiVersion is not null
            && (((d & ResultWriter.CardGeneralDecisions) != 0 && facts.IsUnavailable(PackageItem.CardGeneral))
                || ((d & Decisions.RecurringCardApi) != 0 && facts.IsUnavailable(PackageItem.CardRecurring))
                || ((d & ResultWriter.EasyPayPackageDecisions) != 0 && facts.IsUnavailable(PackageItem.EasyPay))
                || ((d & Decisions.IdentityVerification) != 0 && facts.IsUnavailable(PackageItem.IdentityVerification))))
        {
            d |= Decisions.PackageProviderUnavailableOnApiVersion;
        }

        if (facts.AnyNeedUncovered)
        {
            d |= Decisions.NoKnownProvider;
        }

        if (facts.Coverage.Count > 0)
        {
            d |= Decisions.ContractPlan;
        }

        if (facts.PlanUsesExistingContract)
        {
            d |= Decisions.ExistingContractExtended;
        }

        return d == Decisions.None ? Decisions.NothingRequested : d;
    }
}
