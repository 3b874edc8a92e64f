namespace PortOne.Recommendation.Facts;

/// <summary>A need for one method of general payment (일반결제): one-time card, real-time bank transfer or virtual account.</summary>
/// <param name="Service">One of <see cref="PaymentService.CardPayment"/>, <see cref="PaymentService.BankTransfer"/> and
/// <see cref="PaymentService.VirtualAccount"/>.</param>
public sealed record GeneralPaymentNeed(PaymentService Service) : RequirementFact;
