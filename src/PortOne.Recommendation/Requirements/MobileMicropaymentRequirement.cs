namespace PortOne.Recommendation;

/// <summary>Asks for mobile micropayments (휴대폰 소액결제), charged to the customer's phone bill.</summary>
/// <param name="Recurring">Whether the charges recur (휴대폰 소액결제 정기결제). The default is <see langword="false"/>.</param>
public sealed record MobileMicropaymentRequirement(bool Recurring = false);
