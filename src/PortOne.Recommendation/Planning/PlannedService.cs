namespace PortOne.Recommendation;

/// <summary>One service of a <see cref="PlannedContract"/> and the way the plan applies for it.</summary>
/// <param name="Service">The service.</param>
/// <param name="Path">The way: <see cref="ApplicationPath.RecommendedPackage"/> when an entry of the package names the
/// contract's provider for the service, <see cref="ApplicationPath.ExistingContract"/> when the service is added to a
/// contract the merchant already has, otherwise <see cref="ApplicationPath.DirectSelection"/>.</param>
public sealed record PlannedService(PaymentService Service, ApplicationPath Path);
