namespace PortOne.Recommendation;

/// <summary>The unit of an <see cref="OnboardingWait"/>.</summary>
public enum OnboardingWaitUnit
{
    /// <summary>Business days (영업일).</summary>
    BusinessDays,

    /// <summary>Weeks (주).</summary>
    Weeks,
}
