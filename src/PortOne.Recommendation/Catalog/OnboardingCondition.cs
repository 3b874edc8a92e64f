namespace PortOne.Recommendation.Catalog;

/// <summary>When an onboarding item applies (the catalog's <c>when</c>), decided by <c>OnboardingAssembler</c> from the
/// planned contract and the requirements.</summary>
internal enum OnboardingCondition
{
    /// <summary>Always.</summary>
    Always,

    /// <summary>The contract covers a payment service (anything but identity verification).</summary>
    Payments,

    /// <summary>The contract covers identity verification.</summary>
    IdentityVerification,

    /// <summary>The contract covers identity verification and nothing else.</summary>
    IdentityVerificationOnly,

    /// <summary>The contract covers a recurring service: recurring cards, recurring mobile micropayments, or cards issued
    /// abroad charged on a recurring basis.</summary>
    Recurring,

    /// <summary>The plan covers cards issued abroad (site requirements only).</summary>
    OverseasPayments,

    /// <summary>The merchant did not say what it sells (site requirements only).</summary>
    SalesUnstated,
}
