namespace PortOne.Recommendation.Facts;

/// <summary>The service each need stands for.</summary>
internal static class NeedServices
{
    public static PaymentService ServiceOf(RequirementFact need) => need switch
    {
        GeneralPaymentNeed general => general.Service,
        RecurringCardNeed => PaymentService.RecurringCardPayment,
        EasyPayNeed => PaymentService.EasyPay,
        IdentityVerificationNeed => PaymentService.IdentityVerification,
        MobileMicropaymentNeed { Recurring: true } => PaymentService.MobileMicropaymentRecurring,
        MobileMicropaymentNeed => PaymentService.MobileMicropayment,
        _ => PaymentService.OverseasCardPayment,
    };
}
