// A team's own rules at work: the rules live in samples/PortOne.Recommendation.CustomRules, this app registers them
// through dependency injection and shows what each one changes. Run it from the repository root:
//   dotnet run --project samples/PortOne.Recommendation.CustomRules.App
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PortOne.Recommendation;
using PortOne.Recommendation.CustomRules.Rules;

Console.OutputEncoding = Encoding.UTF8;

// 1. Register the engine with our rules: AddRules(assembly) loads every public rule class of our rules library.
var services = new ServiceCollection();
services.AddPortOneRecommendation(options => options.AddRules(typeof(PreferNicePaymentsForCardsRule).Assembly));
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IRecommendationEngine>();

// 2. A ticket resale shop on our platform: one-time and recurring cards, KakaoPay and NaverPay, identity verification.
var requirements = new MerchantRequirements
{
    CardPayment = true,
    RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
    EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
    IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
};

// 3. First the built-in answer alone, for comparison, then ours in English and Korean.
Print("Built-in rules only (en)", RecommendationEngine.Create().Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") }));
Print("With our rules (en)", engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("en") }));
Print("With our rules (ko)", engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo("ko") }));

void Print(string title, RecommendationResult result)
{
    Console.WriteLine($"=== {title} ===");
    Console.WriteLine("Rules that fired, in order (ours are Platform.* and Category.*):");
    Console.WriteLine($"    {string.Join(", ", result.FiredRules)}");

    Console.WriteLine("Entries (service: PGs, path, the rule that decided it):");
    foreach (var entry in result.Recommendations)
    {
        Console.WriteLine($"    {entry.Service}: {Names(entry.Providers)} ({entry.Path}) by {entry.RuleName}");
        Console.WriteLine($"        {entry.Reason}");
    }

    Console.WriteLine("Contract plan:");
    foreach (var contract in result.ContractPlan.Contracts)
    {
        Console.WriteLine($"    {contract.Provider}: {Names(contract.Services)}");
    }

    Console.WriteLine($"    uncovered: {Names(result.ContractPlan.UncoveredServices)}");
    Console.WriteLine("Advisories:");
    foreach (var advisory in result.Advisories)
    {
        Console.WriteLine($"    {advisory.Code}: {advisory.Message}");
    }

    Console.WriteLine();
}

static string Names<T>(IEnumerable<T> values) => values.Any() ? string.Join(", ", values) : "(none)";
