using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The floor: the engine's decisions as plain if/else over the requirements and the call's <see cref="CallFacts"/>
/// (the library's catalog lookups), the library's <c>ContractPlanner</c> run on the entries, and
/// <see cref="ResultWriter"/> building the same <see cref="RecommendationResult"/> the engine returns. No rules engine
/// does less work than this.
/// </summary>
internal sealed class Floor(TextLanguage language)
{
    private readonly ResultWriter _writer = new(language);

    public RecommendationResult Recommend(MerchantRequirements requirements)
    {
        var call = _writer.Tables.Gather(requirements);
        return _writer.Write(call, Decide(call), DecidePlanned);
    }

    /// <summary>The entry stage: every decision that does not depend on the contract plan.</summary>
    internal static Decisions Decide(CallFacts call)
    {
        var r = call.Requirements;
        var d = Decisions.None;
        if (r.IsEmpty)
        {
            return Decisions.NothingRequested;
        }

        if (r.CardPayment)
        {
            d |= Decisions.CardPayment;
        }

        if (r.BankTransfer)
        {
            d |= Decisions.BankTransferIncluded;
        }

        if (r.VirtualAccount)
        {
            d |= Decisions.VirtualAccountIncluded;
        }

        if (r.BankTransfer || r.VirtualAccount)
        {
            d |= Decisions.GeneralPaymentCoversTransferAndVirtualAccount | Decisions.EscrowForCashPayments;
        }

        var gap = false;
        if (r.RecurringCard is { } issuance)
        {
            if (issuance == BillingKeyIssuance.Api)
            {
                d |= Decisions.RecurringCardApi;
            }
            else
            {
                d |= Decisions.RecurringCardPaymentWindow;
                gap |= call.Candidates(Catalog.ProviderCapability.RecurringCardPaymentWindow).Count == 0;
            }
        }

        if (r.EasyPay == EasyPayIntegration.Hub)
        {
            d |= Decisions.EasyPayHub;
            gap |= call.Candidates(Catalog.ProviderCapability.HubEasyPay, r.EasyPayBrands).Count == 0;
        }
        else if (r.EasyPay is not null)
        {
            if (r.EasyPayBrands.IsEmpty)
            {
                d |= Decisions.EasyPayAnyBrand;
            }

            if (!call.PackageBrands.IsEmpty)
            {
                d |= Decisions.EasyPayPackageBrands;
            }

            if (!call.OtherBrands.IsEmpty)
            {
                d |= Decisions.EasyPayOtherBrands;
                gap |= !call.MissingOtherBrands.IsEmpty;
                d |= call.ThroughPgBrands.IsEmpty ? 0 : Decisions.EasyPayOnlyThroughPg;
            }
        }

        if (r.IdentityVerification is { } purpose)
        {
            d |= Decisions.IdentityVerification;
            if (purpose == VerificationPurpose.AgeRestriction)
            {
                d |= Decisions.AgeCheckUsesBirthDate;
            }

            if (Catalog.ProviderSet.Of(call.View.Providers(PackageItem.IdentityVerification)).Contains(PaymentProvider.Danal)
                || call.ExistingProviders(PaymentService.IdentityVerification).Contains(PaymentProvider.Danal))
            {
                d |= Decisions.DanalPhoneVerificationDiffers;
            }
        }

        if (r.MobileMicropaymentRecurring is { } recurring)
        {
            d |= recurring ? Decisions.MobileMicropaymentRecurring : Decisions.MobileMicropayment;
            gap |= call.Candidates(recurring ? Catalog.ProviderCapability.RecurringMobileMicropayment : Catalog.ProviderCapability.MobileMicropayment).Count == 0;
        }

        if (r.OverseasCards)
        {
            gap |= call.Candidates(call.OverseasCapability).Count == 0;
            if (r.BusinessRegisteredAbroad)
            {
                d |= Decisions.OverseasCardsBusinessAbroad;
                var (excluded, _, unstated) = call.OverseasPgsAbroad();
                d |= excluded.IsEmpty ? 0 : Decisions.OverseasPgKoreanBusinessesOnly;
                d |= unstated.IsEmpty ? 0 : Decisions.OverseasPgBusinessConditionUnstated;
            }
            else if (r.RecurringOverseasCards)
            {
                d |= Decisions.OverseasCardsRecurring;
            }
            else
            {
                d |= Decisions.OverseasCards;
                d |= call.Candidates(Catalog.ProviderCapability.OverseasPgCards).Count == 0 ? 0 : Decisions.OverseasPgsAlsoAvailable;
            }

            var named = call.OverseasNamed;
            d |= named.Contains(PaymentProvider.PayPal) ? Decisions.PayPalForeignBuyersOnly : 0;
            d |= named.Contains(PaymentProvider.Paymentwall) ? Decisions.PaymentwallAdmissionCriteria : 0;
        }

        if (r.BusinessRegisteredAbroad && call.AnyOtherThanOverseas)
        {
            d |= Decisions.BusinessAbroadDomesticServicesUnconfirmed;
        }

        // KG Financial's contract page: cards and mobile payments only; a contract asked for the others is told to ask.
        if (r.ExistingContracts.Contains(PaymentProvider.KgFinancial) && r.ApiVersion != PortOneApiVersion.V2
            && (r.BankTransfer || r.VirtualAccount || r.EasyPay == EasyPayIntegration.Hub))
        {
            d |= Decisions.KgFinancialCardAndMobileOnly;
        }

        if (r.RecurringCard is not null || r.MobileMicropaymentRecurring == true || (r.OverseasCards && r.RecurringOverseasCards))
        {
            d |= Decisions.BillingKeyTiedToIssuingPg;
        }

        if (r.MobileMicropaymentRecurring == true)
        {
            d |= Decisions.MobileBillingFixedAmount;
        }

        if (r.RecurringCard is not null && r.EasyPay is not null && !call.RecurringEasyPay.Providers.IsEmpty)
        {
            d |= Decisions.RecurringEasyPayAvailable;
        }

        if (gap)
        {
            d |= Decisions.NoKnownProvider;
        }

        if (r.ApiVersion is not null && call.View.HasUnavailableProviders
            && ((d.Has(ResultWriter.CardGeneralDecisions) && Unavailable(call, PackageItem.CardGeneral))
                || (d.Has(Decisions.RecurringCardApi) && Unavailable(call, PackageItem.CardRecurring))
                || (d.Has(ResultWriter.EasyPayPackageDecisions) && Unavailable(call, PackageItem.EasyPay))
                || (d.Has(Decisions.IdentityVerification) && Unavailable(call, PackageItem.IdentityVerification))))
        {
            d |= Decisions.PackageProviderUnavailableOnApiVersion;
        }

        if (!r.ExistingContracts.IsEmpty)
        {
            foreach (var service in ResultWriter.Services)
            {
                if (!call.ExistingProviders(service).IsEmpty)
                {
                    d |= DecisionFlags.ExistingContract(service);
                }
            }

            if (!call.ExistingUnavailable.IsEmpty)
            {
                d |= Decisions.ExistingContractUnavailableOnApiVersion;
            }
        }

        return d;
    }

    /// <summary>The plan stage: partner benefits and the advisories about the plan.</summary>
    internal static Decisions DecidePlanned(CallFacts call, ContractPlan plan)
    {
        var d = Decisions.None;
        PaymentProvider? easyPay = null;
        PaymentProvider? recurringCard = null;
        PaymentProvider? overseasCards = null;
        var context = call.Context;
        foreach (var contract in plan.Contracts)
        {
            if (contract.IsExisting)
            {
                d |= Decisions.ExistingContractExtended;
            }
            else
            {
                // NaverPay (결제형) reviews only after a PG is live with a month of sales: a new contract is told.
                if (context.AdvisoryConcerns(AdvisoryCode.NaverPayNeedsPgSalesFirst, contract.Provider))
                {
                    d |= Decisions.NaverPayNeedsPgSalesFirst;
                }

                foreach (var route in contract.Routes)
                {
                    if (route.Path == ApplicationPath.RecommendedPackage)
                    {
                        d |= Decisions.PartnerBenefits;
                    }
                }
            }

            if (easyPay is null && Covers(contract, PaymentService.EasyPay))
            {
                easyPay = contract.Provider;
            }

            if (recurringCard is null && Covers(contract, PaymentService.RecurringCardPayment))
            {
                recurringCard = contract.Provider;
            }

            if (overseasCards is null && Covers(contract, PaymentService.OverseasCardPayment))
            {
                overseasCards = contract.Provider;
            }
        }

        var r = call.Requirements;
        if (easyPay == PaymentProvider.KgInicis && r.EasyPay == EasyPayIntegration.Hub
            && (r.RecurringCard is not null || r.MobileMicropaymentRecurring == true))
        {
            d |= Decisions.InicisHubEasyPayNotForRecurring;
        }

        if (r.RecurringCard == BillingKeyIssuance.PaymentWindow && context.AdvisoryConcerns(AdvisoryCode.RecurringCertificateOnPc, recurringCard))
        {
            d |= Decisions.RecurringCertificateOnPc;
        }

        if (r.OverseasCards && context.AdvisoryConcerns(AdvisoryCode.OverseasCardsClosedToContent, overseasCards))
        {
            d |= Decisions.OverseasCardsClosedToContent;
        }

        if (r.RecurringCard is not null && context.AdvisoryConcerns(AdvisoryCode.BrokeragePlatformsHardToOnboard, recurringCard))
        {
            d |= Decisions.BrokeragePlatformsHardToOnboard;
        }

        if (r.RecurringCard == BillingKeyIssuance.Api && context.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, recurringCard))
        {
            d |= Decisions.ApiBillingKeyNeedsPriorContract;
        }

        if (r.OverseasCards && context.AdvisoryConcerns(AdvisoryCode.PaymentwallTestPaymentsAreReal, overseasCards))
        {
            d |= Decisions.PaymentwallTestPaymentsAreReal;
        }

        return d;
    }

    private static bool Covers(PlannedContract contract, PaymentService service)
    {
        foreach (var covered in contract.Services)
        {
            if (covered == service)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unavailable(CallFacts call, PackageItem item) => call.View.UnavailableProviders(item).Count > 0;
}
