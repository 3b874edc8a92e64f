using System.Collections.Generic;
using System.IO;
using System.Linq;
using PortOne.Recommendation.Tests.Support;
using Xunit.Abstractions;

namespace PortOne.Recommendation.Tests.Explanations;

/// <summary>The worked example of docs/explanations.md is what the engine answers: every line the doc quotes for the
/// seed's shop (the console's default scenario under the May 2025 package) is produced by the engine.</summary>
public sealed class WorkedExampleTests(ITestOutputHelper output)
{
    /// <summary>The console's default scenario: the shop the seed page was read for.</summary>
    internal static readonly MerchantRequirements SeedShop = new()
    {
        CardPayment = true,
        RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
        EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
        IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
    };

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void DocsWorkedExample_QuotesWhatTheEngineAnswers(string language)
    {
        var lines = Lines(language);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "explanations.md"));
        lines.Should().AllSatisfy(line => doc.Should().Contain(line));
    }

    /// <summary>The lines the doc quotes: why not NHN KCP and Toss Payments for cards, why NICE is named but not planned,
    /// what changes from the May 2025 package to the latest one, and under the latest one from either API version to V1.</summary>
    internal static List<string> Lines(string language)
    {
        var engine = RecommendationEngine.Create(o => o.Edition = PackageEdition.May2025);
        var context = new RecommendationContext { Culture = System.Globalization.CultureInfo.GetCultureInfo(language) };
        var explained = engine.Recommend(SeedShop, context with { Explain = true }).Explanation!;
        var lines = new List<string>();
        foreach (var service in new[] { PaymentService.CardPayment, PaymentService.RecurringCardPayment })
        {
            foreach (var provider in new[] { PaymentProvider.NicePayments, PaymentProvider.NhnKcp, PaymentProvider.TossPayments, PaymentProvider.KakaoPay })
            {
                var standing = explained.For(service)!.For(provider)!;
                lines.AddRange(standing.Reasons.Select(r => $"| {DisplayNames.Of(provider, Culture(language))} | {DisplayNames.Of(standing.Standing, Culture(language))} | {r.Text} |"));
            }
        }

        lines.AddRange(engine.CompareEditions(SeedShop, PackageEdition.May2025, EditionChoice.Latest, context).Changes.Select(c => "- " + c.Text));
        lines.AddRange(engine.CompareApiVersions(SeedShop, null, PortOneApiVersion.V1, context with { Edition = EditionChoice.Latest }).Changes.Select(c => "- " + c.Text));
        return lines;
    }

    private static System.Globalization.CultureInfo Culture(string language) =>
        System.Globalization.CultureInfo.GetCultureInfo(language == "en" ? "en-US" : "ko-KR");

}
