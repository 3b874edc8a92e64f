// A small service that uses PortOne.Recommendation from its NuGet package, registered with
// Microsoft.Extensions.DependencyInjection: it prints the recommendation for one-time card payments in Korean (the
// library's default language) and in English.
//
//   dotnet pack src/PortOne.Recommendation -c Release -o artifacts
//   dotnet run --project samples/PortOne.Recommendation.PackageConsumer
//
// The first line names the library build it loaded; every line of a recommendation starts with its language, "ko: "
// or "en: ".
using System;
using System.Globalization;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PortOne.Recommendation;
using PortOne.Recommendation.PackageConsumer;

Console.OutputEncoding = Encoding.UTF8;

var library = typeof(IRecommendationEngine).Assembly;
Console.WriteLine(
    $"{library.GetName().Name} {library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} " +
    $"({library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}) from {library.Location}");

Print("ko", configure: null);
Print("en", options => options.Culture = CultureInfo.GetCultureInfo("en"));

static void Print(string language, Action<RecommendationOptions>? configure)
{
    var services = new ServiceCollection();
    services.AddPortOneRecommendation(configure);
    services.AddSingleton<CardPaymentAdvisor>();

    using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    foreach (var line in provider.GetRequiredService<CardPaymentAdvisor>().Describe())
    {
        Console.WriteLine($"{language}: {line}");
    }
}
