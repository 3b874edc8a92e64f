using System.Collections.Generic;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// What one call knows before anything is decided, worked out in plain C# from the library's catalog helpers (no rule
/// matching): the call's context, the plan's needs with the catalog's providers for each, the contract plan, and the
/// conditions on them that some decisions read. Built by <see cref="CatalogLookup.Gather"/>.
/// </summary>
internal sealed class CallFacts(MerchantContextFact context, EasyPayBrandSet brands, List<CoverageFact> coverage, ContractPlan plan)
{
    /// <summary>Gets the call's API version, existing contracts and package edition.</summary>
    public MerchantContextFact Context { get; } = context;

    /// <summary>Gets the easy-pay brands asked for.</summary>
    public EasyPayBrandSet Brands { get; } = brands;

    /// <summary>Gets one entry per need of the plan, in the order of the needs, with the providers that cover it.</summary>
    public List<CoverageFact> Coverage { get; } = coverage;

    /// <summary>Gets the contract plan, or <see cref="ContractPlan.Empty"/> when nothing is asked.</summary>
    public ContractPlan Plan { get; } = plan;

    /// <summary>Gets the package's easy-pay brands among those asked.</summary>
    public EasyPayBrandSet PackageBrands => Brands.Intersect(Context.PackageEasyPayBrands);

    /// <summary>Gets the asked brands outside the package.</summary>
    public EasyPayBrandSet OtherBrands => Brands.Except(Context.PackageEasyPayBrands);

    /// <summary>Gets whether KG Inicis is among the providers for hub-type easy pay.</summary>
    public bool HubCandidatesIncludeInicis { get; init; }

    /// <summary>Gets whether some need has no provider in the catalog.</summary>
    public bool AnyNeedUncovered { get; init; }

    /// <summary>Gets whether the plan uses a contract the merchant already has.</summary>
    public bool PlanUsesExistingContract { get; init; }

    /// <summary>Gets whether the package's identity verification providers include Danal.</summary>
    public bool IdentityPackageNamesDanal { get; init; }

    /// <summary>Gets, as a bit mask over <see cref="PackageItem"/>, the items with a package provider that the call's API
    /// version lacks.</summary>
    public int UnavailablePackageItems { get; init; }

    /// <summary>Gets whether some package provider of the item is not on the call's API version.</summary>
    public bool IsUnavailable(PackageItem item) => (UnavailablePackageItems & (1 << (int)item)) != 0;
}
