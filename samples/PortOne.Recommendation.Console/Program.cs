// PortOne.Recommendation console sample: prints the recommendation for one built-in scenario.
//
//   dotnet run --project samples/PortOne.Recommendation.Console            (Korean)
//   dotnet run --project samples/PortOne.Recommendation.Console -- en      (English)
using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PortOne.Recommendation;

Console.OutputEncoding = Encoding.UTF8;

// 1. Describe what the merchant needs: a subscription shop that takes one-time and recurring card payments,
//    KakaoPay and NaverPay, and verifies identities at sign-up.
var requirements = new MerchantRequirements
{
    CardPayment = true,
    RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
    EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.KakaoPay, EasyPayBrand.NaverPay] },
    IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.SignUp),
};

// 2. Create the engine once (it compiles its rules on first use) and ask it.
var english = args.Length > 0 && args[0].StartsWith("en", StringComparison.OrdinalIgnoreCase);
var culture = CultureInfo.GetCultureInfo(english ? "en" : "ko-KR");
var engine = RecommendationEngine.Create(options => options.Culture = culture);
var result = engine.Recommend(requirements);

// 3. Print the answer.
Console.WriteLine(english ? "Scenario: subscription shop" : "시나리오: 구독 서비스 쇼핑몰");
Console.WriteLine();
foreach (var recommendation in result.Recommendations)
{
    var providers = recommendation.Providers.Select(p => DisplayNames.Of(p, culture)).DefaultIfEmpty("-");
    Console.WriteLine($"[{DisplayNames.Of(recommendation.Service, culture)}] {string.Join(", ", providers)}");
    Console.WriteLine($"  {string.Join(" > ", recommendation.Steps)}");
    Console.WriteLine($"  {recommendation.Reason}");
    Console.WriteLine($"  ({recommendation.RuleName})");
}

Console.WriteLine();
foreach (var advisory in result.Advisories)
{
    Console.WriteLine($"! {advisory.Message}");
}

Console.WriteLine();
foreach (var benefit in result.Benefits)
{
    Console.WriteLine($"+ {benefit.Message}");
}

Console.WriteLine();
Console.WriteLine(string.Join(" -> ", result.FiredRules));
