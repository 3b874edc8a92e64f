namespace PortOne.Recommendation.Localization;

/// <summary>
/// The resource keys of the texts that the rules and the engine use. Display names of enum values are looked up
/// as <c>TypeName.ValueName</c> and need no constant here. A test checks that every key exists in every language.
/// </summary>
internal static class TextKeys
{
    public const string TextListSeparator = "Text.ListSeparator";
    public const string TextServiceWithBrands = "Text.ServiceWithBrands";
    public const string StepEasyPayTab = "Step.EasyPayTab";
    public const string StepHubTypePgs = "Step.HubTypePgs";
    public const string StepChooseEasyPayBrands = "Step.ChooseEasyPayBrands";
    public const string StepMobilePaymentTab = "Step.MobilePaymentTab";
    public const string StepChoosePg = "Step.ChoosePg";
    public const string StepChooseRecurringMobilePg = "Step.ChooseRecurringMobilePg";
    public const string StepApplyRecurringMobileMicropayment = "Step.ApplyRecurringMobileMicropayment";
    public const string StepGeneralPaymentTab = "Step.GeneralPaymentTab";
    public const string StepChooseOverseasPg = "Step.ChooseOverseasPg";
    public const string StepApplyAsCardGeneral = "Step.ApplyAsCardGeneral";
    public const string StepChoosePaymentWindowBillingPg = "Step.ChoosePaymentWindowBillingPg";
    public const string StepApplyAsCardRecurring = "Step.ApplyAsCardRecurring";
    public const string StepAddServiceToContract = "Step.AddServiceToContract";
    public const string StepOverseasPaymentTab = "Step.OverseasPaymentTab";
    public const string StepChooseRecurringOverseasPg = "Step.ChooseRecurringOverseasPg";
    public const string StepChooseRecurringPaymentType = "Step.ChooseRecurringPaymentType";
    public const string ReasonCardPaymentPackage = "Reason.CardPayment.Package";
    public const string ReasonGeneralPaymentIncludedMethodPackage = "Reason.GeneralPayment.IncludedMethod.Package";
    public const string ReasonRecurringCardApiPackage = "Reason.RecurringCard.Api.Package";
    public const string ReasonPackageItemUnavailableDirect = "Reason.PackageItemUnavailable.Direct";
    public const string ReasonRecurringCardPaymentWindowDirect = "Reason.RecurringCard.PaymentWindow.Direct";
    public const string ReasonEasyPayPackageAnyBrand = "Reason.EasyPay.Package.AnyBrand";
    public const string ReasonEasyPayPackageRequestedBrands = "Reason.EasyPay.Package.RequestedBrands";
    public const string ReasonEasyPayOtherBrandsDirect = "Reason.EasyPay.OtherBrands.Direct";
    public const string ReasonEasyPayHubDirectAnyBrand = "Reason.EasyPay.Hub.Direct.AnyBrand";
    public const string ReasonEasyPayHubDirectRequestedBrands = "Reason.EasyPay.Hub.Direct.RequestedBrands";
    public const string ReasonIdentityVerificationPackage = "Reason.IdentityVerification.Package";
    public const string ReasonMobileMicropaymentDirect = "Reason.MobileMicropayment.Direct";
    public const string ReasonMobileMicropaymentRecurringDirect = "Reason.MobileMicropayment.Recurring.Direct";
    public const string ReasonOverseasCardDirect = "Reason.OverseasCard.Direct";
    public const string ReasonOverseasCardRecurringOverseasPgDirect = "Reason.OverseasCard.Recurring.OverseasPg.Direct";
    public const string ReasonOverseasCardBusinessAbroadDirect = "Reason.OverseasCard.BusinessAbroad.Direct";
    public const string ReasonExistingContract = "Reason.ExistingContract";
    public const string AdvisoryNothingRequested = "Advisory.NothingRequested";
    public const string AdvisoryGeneralPaymentCoversTransferAndVirtualAccount = "Advisory.GeneralPaymentCoversTransferAndVirtualAccount";
    public const string AdvisoryRecurringPaymentWindowNeedsDirectSelection = "Advisory.RecurringPaymentWindowNeedsDirectSelection";
    public const string AdvisoryEasyPayBrandNotInPackage = "Advisory.EasyPayBrandNotInPackage";
    public const string AdvisoryHubEasyPayExtraMerchantId = "Advisory.HubEasyPayExtraMerchantId";
    public const string AdvisoryIdentityVerificationSeparateSignup = "Advisory.IdentityVerificationSeparateSignup";
    public const string AdvisoryDanalPhoneVerificationDiffers = "Advisory.DanalPhoneVerificationDiffers";
    public const string AdvisoryOverseasCardServiceNeedsSeparateContract = "Advisory.OverseasCardServiceNeedsSeparateContract";
    public const string AdvisoryRecurringEasyPayAvailableHub = "Advisory.RecurringEasyPayAvailable.Hub";
    public const string AdvisoryOverseasPgKoreanBusinessesOnly = "Advisory.OverseasPgKoreanBusinessesOnly";
    public const string AdvisoryOverseasPgBusinessConditionUnstated = "Advisory.OverseasPgBusinessConditionUnstated";
    public const string AdvisoryBusinessAbroadDomesticServicesUnconfirmed = "Advisory.BusinessAbroadDomesticServicesUnconfirmed";
    public const string BenefitFasterContract = "Benefit.FasterContract";
    public const string BenefitSalesforceDiscount = "Benefit.SalesforceDiscount";
    public const string BenefitStibeeDiscount = "Benefit.StibeeDiscount";
    public const string BenefitStartupPerks = "Benefit.StartupPerks";
    public const string BenefitSignUpFeeSupport = "Benefit.SignUpFeeSupport";
    public const string BenefitSignUpAndAnnualFeeWaiver = "Benefit.SignUpAndAnnualFeeWaiver";
    public const string BenefitAwsCredit = "Benefit.AwsCredit";
    public const string ValidationSummary = "Validation.Summary";
    public const string ValidationUndefinedValue = "Validation.UndefinedValue";
    public const string ValidationNullBrands = "Validation.NullBrands";
    public const string ValidationDuplicateBrand = "Validation.DuplicateBrand";
    public const string ValidationNullExistingContracts = "Validation.NullExistingContracts";
    public const string ValidationDuplicateExistingContract = "Validation.DuplicateExistingContract";
    public const string ValidationMoreProblems = "Validation.MoreProblems";
    public const string TextEasyPayIntegrated = "Text.EasyPayIntegrated";
    public const string ExplainLacksCapability = "Explain.LacksCapability";
    public const string ExplainNotOnApiVersion = "Explain.NotOnApiVersion";
    public const string ExplainLacksBrandThroughPg = "Explain.LacksBrand.ThroughPg";
    public const string ExplainLacksBrandCompany = "Explain.LacksBrand.Company";
    public const string ExplainCannotServePurpose = "Explain.CannotServePurpose";
    public const string ExplainNotInPackage = "Explain.NotInPackage";
    public const string ExplainPlanUsesExistingContract = "Explain.Plan.UsesExistingContract";
    public const string ExplainPlanNeedsFewerNewContracts = "Explain.Plan.NeedsFewerNewContracts";
    public const string ExplainPlanNeedsFewerContracts = "Explain.Plan.NeedsFewerContracts";
    public const string ExplainPlanPrefersPackageProviders = "Explain.Plan.PrefersPackageProviders";
    public const string ExplainPlanTieBreak = "Explain.Plan.TieBreak";
    public const string ExplainNotInPackageRecurring = "Explain.NotInPackage.Recurring";
    public const string ValidationRecurringOverseasCardsWithoutOverseasCards = "Validation.RecurringOverseasCardsWithoutOverseasCards";
    public const string TextOverseasRecurring = "Text.OverseasRecurring";
    public const string ExplainNotForBusinessAbroadLimit = "Explain.NotForBusinessAbroad.Limit";
    public const string ExplainNotForBusinessAbroadUnconfirmed = "Explain.NotForBusinessAbroad.Unconfirmed";
    public const string ExplainOtherRouteOverseasPg = "Explain.OtherRoute.OverseasPg";
}
