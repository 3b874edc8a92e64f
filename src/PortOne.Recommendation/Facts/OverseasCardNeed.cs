namespace PortOne.Recommendation.Facts;

/// <summary>A need to accept cards issued abroad (해외카드).</summary>
/// <remarks>Where the business is registered is part of the call's context
/// (<see cref="MerchantContextFact.BusinessRegisteredAbroad"/>).</remarks>
public sealed record OverseasCardNeed : RequirementFact
{
    /// <summary>Gets a value indicating whether the cards are also charged on a recurring basis (해외결제 정기결제),
    /// as <see cref="MerchantRequirements.RecurringOverseasCards"/> asks.</summary>
    public bool Recurring { get; init; }
}
