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
}
