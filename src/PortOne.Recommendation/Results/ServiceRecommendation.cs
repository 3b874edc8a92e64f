using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>How to get one requested payment service through PortOne.</summary>
/// <param name="Service">The service this entry is about.</param>
/// <param name="Providers">The payment gateways to apply for, in <see cref="PaymentProvider"/> order; may be empty for
/// direct selection, where the merchant picks the PG in the console.</param>
/// <param name="Path">Where in PortOne's console to apply.</param>
/// <param name="PackageItem">The recommended-package item to apply for; <see langword="null"/> unless
/// <paramref name="Path"/> is <see cref="ApplicationPath.RecommendedPackage"/>.</param>
/// <param name="Steps">The console navigation, localized. The first step names the path: the recommended package
/// (추천패키지), select e-payment directly (전자결제 직접 선택하기) or an existing contract.</param>
/// <param name="Reason">Why this is the way, localized, in one sentence.</param>
/// <param name="RuleName">The name of the rule that produced this entry.</param>
/// <remarks>Two entries are equal when all their values are equal, lists compared element by element. The lists are
/// read-only copies.</remarks>
public sealed record ServiceRecommendation(
    PaymentService Service,
    IReadOnlyList<PaymentProvider> Providers,
    ApplicationPath Path,
    PackageItem? PackageItem,
    IReadOnlyList<string> Steps,
    string Reason,
    string RuleName)
{
    private readonly IReadOnlyList<PaymentProvider> _providers = ValueList<PaymentProvider>.From(Providers)!;
    private readonly IReadOnlyList<string> _steps = ValueList<string>.From(Steps)!;

    /// <summary>Gets the payment gateways to apply for, in <see cref="PaymentProvider"/> order.</summary>
    public IReadOnlyList<PaymentProvider> Providers
    {
        get => _providers;
        init => _providers = ValueList<PaymentProvider>.From(value)!;
    }

    /// <summary>Gets the console navigation, localized.</summary>
    public IReadOnlyList<string> Steps
    {
        get => _steps;
        init => _steps = ValueList<string>.From(value)!;
    }
}
