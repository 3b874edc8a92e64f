using System;
using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>How to get one requested payment service through PortOne.</summary>
/// <param name="Service">The service this entry is about.</param>
/// <param name="Providers">The payment gateways to apply for, in <see cref="PaymentProvider"/> order; may be empty for
/// direct selection, where the merchant picks the PG in the console.</param>
/// <param name="Path">Where in PortOne's console to apply.</param>
/// <param name="PackageItem">The recommended-package item to apply for; <see langword="null"/> when <paramref name="Path"/> is
/// <see cref="ApplicationPath.DirectSelection"/>.</param>
/// <param name="Steps">The console navigation, localized. The first step is the recommended package (추천패키지) or
/// select e-payment directly (전자결제 직접 선택하기).</param>
/// <param name="Reason">Why this is the way, localized, in one sentence.</param>
/// <param name="RuleName">The name of the rule that produced this entry.</param>
/// <remarks>Two entries are equal when all their values are equal, lists compared element by element.</remarks>
public sealed record ServiceRecommendation(
    PaymentService Service,
    IReadOnlyList<PaymentProvider> Providers,
    ApplicationPath Path,
    PackageItem? PackageItem,
    IReadOnlyList<string> Steps,
    string Reason,
    string RuleName)
{
    /// <summary>Compares two entries by value, lists element by element.</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns><see langword="true"/> when every value matches.</returns>
    public bool Equals(ServiceRecommendation? other) =>
        other is not null
        && Service == other.Service
        && Path == other.Path
        && PackageItem == other.PackageItem
        && Reason == other.Reason
        && RuleName == other.RuleName
        && SequenceEquality.Equal(Providers, other.Providers)
        && SequenceEquality.Equal(Steps, other.Steps);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCombiner.Combine(
        (int)Service,
        (int)Path,
        SequenceEquality.Hash(Providers),
        SequenceEquality.Hash(Steps),
        StringComparer.Ordinal.GetHashCode(RuleName));
}
