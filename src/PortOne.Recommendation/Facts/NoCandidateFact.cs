namespace PortOne.Recommendation.Facts;

/// <summary>A rule found no provider in the catalog for a need (or some of its brands) on the call's API version.</summary>
/// <param name="Service">The service.</param>
/// <param name="Brands">For easy pay, the brands no provider covers; empty otherwise.</param>
internal sealed record NoCandidateFact(PaymentService Service, EasyPayBrandSet Brands);
