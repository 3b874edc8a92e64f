namespace PortOne.Recommendation;

/// <summary>The kinds of advisory. The order of the values is the order of <see cref="RecommendationResult.Advisories"/>.</summary>
public enum AdvisoryCode
{
    /// <summary>The requirements ask for nothing, so there is nothing to apply for.</summary>
    NothingRequested,

    /// <summary>General payment (일반결제) already includes bank transfer and virtual account.</summary>
    GeneralPaymentCoversTransferAndVirtualAccount,

    /// <summary>PGs that issue billing keys through the payment window are not in the package: select them directly.</summary>
    RecurringPaymentWindowNeedsDirectSelection,

    /// <summary>Some requested easy-pay brands are not in the package: select them directly.</summary>
    EasyPayBrandNotInPackage,

    /// <summary>Hub-type easy pay may come with an extra PG merchant ID (MID) that the integration must use.</summary>
    HubEasyPayExtraMerchantId,

    /// <summary>Identity verification needs its own sign-up, apart from payments.</summary>
    IdentityVerificationSeparateSignup,

    /// <summary>Danal's phone-based identity verification is a different service from the package's.</summary>
    DanalPhoneVerificationDiffers,

    /// <summary>Overseas cards need a separate request and contract with the PG after applying.</summary>
    OverseasCardServiceNeedsSeparateContract,

    /// <summary>A PG of the package edition does not offer the requested item on the chosen PortOne API version, so it
    /// was left out (for example KPN on V1).</summary>
    PackageProviderUnavailableOnApiVersion,

    /// <summary>No PG in the provider catalog is known to offer a requested direct-selection service under the given
    /// conditions; PortOne's support team is the next stop.</summary>
    NoKnownProvider,

    /// <summary>The contract plan adds a service or MID to a contract the merchant already has instead of a new
    /// contract.</summary>
    ExistingContractExtended,

    /// <summary>A billing key works only with the PG (and MID) that issued it, so the recurring PG is a lasting
    /// choice.</summary>
    BillingKeyTiedToIssuingPg,

    /// <summary>Hub-type and direct easy pay cannot be used at the same time; the merchant picks one.</summary>
    HubAndDirectEasyPayExclusive,

    /// <summary>KG Inicis' hub-type easy pay cannot be used for recurring payments.</summary>
    InicisHubEasyPayNotForRecurring,

    /// <summary>Overseas cards through a domestic PG are for businesses registered in Korea and exclude recurring
    /// payments.</summary>
    OverseasCardsDomesticPgLimits,

    /// <summary>Transfer and virtual account sales of deliverable goods carry an escrow duty.</summary>
    EscrowForCashPayments,

    /// <summary>Test payments through hub-type easy pay are real charges that must be refunded by hand.</summary>
    HubEasyPayTestPaymentsAreReal,

    /// <summary>For age restrictions the merchant checks the birth date that identity verification returns.</summary>
    AgeCheckUsesBirthDate,

    /// <summary>A contract the merchant already has cannot serve the requested services on the chosen PortOne API
    /// version, so the contract plan does not use it.</summary>
    ExistingContractUnavailableOnApiVersion,

    /// <summary>An advisory of your own rules. Unlike the built-in codes, the result keeps every custom advisory with a
    /// distinct message, not only the first; give each a text of its own with <c>LocalizableText.Of</c>.</summary>
    Custom,

    /// <summary>An easy-pay brand asked for as a direct contract has no direct contract with its company (Samsung Pay,
    /// Apple Pay; Payco on V2): it is offered only through PGs (PG 제휴 간편결제), and the answer names those PGs.</summary>
    EasyPayOnlyThroughPg,

    /// <summary>Recurring mobile micropayments (phone billing keys) can charge only the same amount every month.</summary>
    MobileBillingFixedAmount,

    /// <summary>The PG the contract plan uses for recurring card payments through its payment window asks for a
    /// certificate step (공인인증) on PC, none on mobile (KG Inicis, per the provider catalog).</summary>
    RecurringCertificateOnPc,

    /// <summary>The PG the contract plan uses for overseas cards does not take businesses whose service is non-physical
    /// content (NHN KCP, per the provider catalog).</summary>
    OverseasCardsClosedToContent,

    /// <summary>The PG the contract plan uses for recurring card payments says brokerage platforms are hard to onboard
    /// (NHN KCP, per the provider catalog).</summary>
    BrokeragePlatformsHardToOnboard,

    /// <summary>The PG the contract plan uses for recurring card payments needs a prior contract before it issues
    /// billing keys through the API (KG Inicis, NHN KCP and KPN on V2, per the provider catalog).</summary>
    ApiBillingKeyNeedsPriorContract,

    /// <summary>Easy pay can be charged as recurring payments too: the answer names the easy-pay companies (direct
    /// contract) or the PGs (hub-type) that support it for the requested brands.</summary>
    RecurringEasyPayAvailable,
    /// <summary>Cards issued abroad can also be taken through overseas PGs (해외결제 결제대행사), which the advisory names;
    /// given with the domestic-PG answer for one-time payments of a business registered in Korea.</summary>
    OverseasPgsAlsoAvailable,

    /// <summary>PayPal fails when seller and buyer are both in Korea: a business registered in Korea can use it for buyers
    /// abroad only, recurring payments included.</summary>
    PayPalForeignBuyersOnly,

    /// <summary>Paymentwall admits merchants from a minimum monthly sales volume and charges a monthly fee.</summary>
    PaymentwallAdmissionCriteria,

    /// <summary>Overseas PGs whose pages say they serve businesses registered in Korea only, named with those pages, for a
    /// business registered abroad.</summary>
    OverseasPgKoreanBusinessesOnly,

    /// <summary>Overseas PGs whose pages state no condition on where the business is registered: a business registered
    /// abroad should ask PortOne before applying.</summary>
    OverseasPgBusinessConditionUnstated,

    /// <summary>PortOne's pages state the condition of a business registered abroad for overseas payments only: the other
    /// answers assume a business registered in Korea.</summary>
    BusinessAbroadDomesticServicesUnconfirmed,

    /// <summary>KG Financial's contract page says it offers card and mobile payments only, while its integration guide
    /// lists more: an existing KG Financial contract is not offered for bank transfer, virtual account or hub-type easy
    /// pay, and the merchant is asked to confirm with PortOne.</summary>
    KgFinancialCardAndMobileOnly,

    /// <summary>NaverPay (결제형) reviews a merchant only when a general PG's payment module is already live on the service
    /// and at least one month of sales has occurred: raised when the contract plan signs a new contract with
    /// NaverPay.</summary>
    NaverPayNeedsPgSalesFirst,

    /// <summary>Paymentwall's test mode charges real cards, so test payments must be cancelled by hand; with recurring
    /// payments, the first payment is made when the billing key is issued and cannot be cancelled: raised when the
    /// contract plan takes cards issued abroad from Paymentwall.</summary>
    PaymentwallTestPaymentsAreReal,
    /// <summary>The merchant's industry (<see cref="MerchantRequirements.Industry"/>) is one PortOne's help page names as
    /// high risk: the advisory names the PGs that review it, says which planned providers the page does not list, or says
    /// that the page lists the industry as not accepted.</summary>
    HighRiskIndustry,
}
