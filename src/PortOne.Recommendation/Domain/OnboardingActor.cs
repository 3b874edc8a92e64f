namespace PortOne.Recommendation;

/// <summary>Who acts in an onboarding item.</summary>
public enum OnboardingActor
{
    /// <summary>The merchant (가맹점).</summary>
    Merchant,

    /// <summary>PortOne (포트원).</summary>
    PortOne,

    /// <summary>The PG or easy-pay company of the contract.</summary>
    Provider,
}
