using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// One thing a contract must cover: a requested service and the capability it takes. Direct easy pay becomes one need
/// per brand (each brand is its own company's contract); hub-type easy pay one need for all its brands (one PG carries
/// them).
/// </summary>
/// <param name="Service">The requested service.</param>
/// <param name="Capability">The capability a provider needs to cover it.</param>
/// <param name="Brands">For easy pay, the brands the provider must carry; empty otherwise (or for any brand).</param>
internal sealed record PlanNeedFact(PaymentService Service, ProviderCapability Capability, EasyPayBrandSet Brands);
