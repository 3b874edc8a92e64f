namespace PortOne.Recommendation.Facts;

/// <summary>A need for mobile micropayments (휴대폰 소액결제).</summary>
/// <param name="Recurring">Whether the charges recur (휴대폰 소액결제 정기결제).</param>
public sealed record MobileMicropaymentNeed(bool Recurring) : RequirementFact;
