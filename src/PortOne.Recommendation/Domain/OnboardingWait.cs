namespace PortOne.Recommendation;

/// <summary>A wait that PortOne's page states for an onboarding item, such as "2~3영업일" or "보통 2주".</summary>
/// <param name="Minimum">The shortest wait the page gives.</param>
/// <param name="Maximum">The longest wait the page gives; equal to <paramref name="Minimum"/> for a single figure.</param>
/// <param name="Unit">The unit of both figures.</param>
/// <remarks>The item's text says how the page qualifies the figure ("usually", "within", "up to").</remarks>
public sealed record OnboardingWait(int Minimum, int Maximum, OnboardingWaitUnit Unit);
