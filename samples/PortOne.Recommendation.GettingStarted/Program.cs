// Getting started with PortOne.Recommendation: which PG to apply for, and how, for one shop. Read top to bottom.
// Run it from the repository root: dotnet run --project samples/PortOne.Recommendation.GettingStarted
using System;
using System.Globalization;
using System.Text;
using PortOne.Recommendation;

Console.OutputEncoding = Encoding.UTF8; // the answers are in Korean too

// 1. Create the engine once and keep it: it compiles its rules on first use, and it is safe to share between threads.
var engine = RecommendationEngine.Create();

// 2. Say what the shop needs. Every part is optional. This shop sells subscriptions:
var requirements = new MerchantRequirements
{
    CardPayment = true,                                                                           // 신용카드 일반결제
    RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),                         // 정기결제, billing key by API
    EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },  // 간편결제
    IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),       // 본인인증 at sign-up
};

// 3. Ask, once in Korean and once in English: the language is chosen per call.
foreach (var language in new[] { "ko", "en" })
{
    var result = engine.Recommend(requirements, new RecommendationContext { Culture = CultureInfo.GetCultureInfo(language) });
    Console.WriteLine($"=== {language}: package edition {result.Edition} ===");

    // The entries: for each service, the PGs to apply for and where to click in PortOne's console.
    foreach (var entry in result.Recommendations)
    {
        Console.WriteLine($"{entry.Service}: {string.Join(", ", entry.Providers)} ({entry.Path})");
        Console.WriteLine($"    {string.Join(" > ", entry.Steps)}");
        Console.WriteLine($"    {entry.Reason}");
    }

    // The contract plan: the fewest PG contracts that cover the entries, each with the services it covers.
    Console.WriteLine("Contracts:");
    foreach (var contract in result.ContractPlan.Contracts)
    {
        Console.WriteLine($"    {contract.Provider}: {string.Join(", ", contract.Services)}");
    }

    // The advisories: what to watch out for when applying.
    Console.WriteLine("Advisories:");
    foreach (var advisory in result.Advisories)
    {
        Console.WriteLine($"    {advisory.Code}: {advisory.Message}");
    }

    Console.WriteLine();
}
