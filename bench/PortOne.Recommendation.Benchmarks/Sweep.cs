using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The slowest profile (<c>--sweep</c>): one engine with its cache off answers every requirement profile (each switch,
/// each enum value, each subset of brands for both integrations: 74,304 profiles), then seeded random profiles with an
/// API version and 0 to 19 existing contracts, and every need with all 19 existing contracts on each API version. Each
/// is timed 3 times and the fastest counts (a profile's own cost, without most of the pauses a shared machine adds);
/// the slowest 100 are timed again, 9 times each, and the fastest of those 9 is their figure. Uses only the public API, so the same file measures
/// an older engine too.
/// </summary>
public static class Sweep
{
    private const int RandomProfiles = 3000;
    private const int Slowest = 100;
    private const int Repeats = 9;

    /// <summary>Runs the sweep, prints what it found and returns the slowest profile's time in microseconds.</summary>
    public static double Run()
    {
        var engine = RecommendationEngine.Create(options => options.CacheResults = false);
        var profiles = Space().Concat(WithContracts()).ToArray();
        foreach (var profile in profiles.Take(2000))
        {
            engine.Recommend(profile);
        }

        var first = new (double Microseconds, int Index)[profiles.Length];
        for (var i = 0; i < profiles.Length; i++)
        {
            first[i] = (Math.Min(Time(engine, profiles[i]), Math.Min(Time(engine, profiles[i]), Time(engine, profiles[i]))), i);
        }

        var sorted = first.Select(f => f.Microseconds).Order().ToArray();
        var worst = first.OrderByDescending(f => f.Microseconds).Take(Slowest)
            .Select(f => (Microseconds: Enumerable.Range(0, Repeats).Min(_ => Time(engine, profiles[f.Index])), f.Index))
            .OrderByDescending(f => f.Microseconds)
            .ToArray();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{profiles.Length} profiles, uncached, fastest of 3 calls each: median {Percentile(sorted, 0.5):0.0} µs, p99 {Percentile(sorted, 0.99):0.0} µs, max {sorted[^1]:0.0} µs"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"slowest {Slowest} timed {Repeats} times again (fastest of {Repeats}): worst {worst[0].Microseconds:0.0} µs, 10th {worst[9].Microseconds:0.0} µs, 100th {worst[^1].Microseconds:0.0} µs; profiles over 100 µs: {worst.Count(w => w.Microseconds > 100)}"));
        Console.WriteLine("slowest profile: " + profiles[worst[0].Index]);
        var allContracts = Enumerable.Range(0, Repeats).Min(_ => Time(engine, AllContracts(null)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"every need, all 19 contracts (no API version): {allContracts:0.0} µs (fastest of {Repeats})"));
        return Math.Max(worst[0].Microseconds, allContracts);
    }

    private static double Time(RecommendationEngine engine, MerchantRequirements profile)
    {
        var start = Stopwatch.GetTimestamp();
        engine.Recommend(profile);
        return (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];

    /// <summary>Every need with an existing contract with every provider.</summary>
    private static MerchantRequirements AllContracts(PortOneApiVersion? api) => new()
    {
        CardPayment = true,
        BankTransfer = true,
        VirtualAccount = true,
        RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
        EasyPay = new EasyPayRequirement { Brands = Enum.GetValues<EasyPayBrand>() },
        IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
        MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true),
        OverseasCards = true,
        ApiVersion = api,
        ExistingContracts = Enum.GetValues<PaymentProvider>(),
    };

    /// <summary>Random profiles of the space with an API version and existing contracts, then every need with all
    /// contracts (both integrations of easy pay, both ways to issue billing keys) on each API version.</summary>
    private static IEnumerable<MerchantRequirements> WithContracts()
    {
        var random = new Random(Profiles.MixSeed);
        var space = Space().ToArray();
        var providers = Enum.GetValues<PaymentProvider>();
        PortOneApiVersion?[] versions = [null, PortOneApiVersion.V1, PortOneApiVersion.V2];
        for (var i = 0; i < RandomProfiles; i++)
        {
            var contracts = providers.ToArray();
            random.Shuffle(contracts);
            yield return space[random.Next(space.Length)] with
            {
                ApiVersion = versions[random.Next(3)],
                ExistingContracts = contracts[..random.Next(contracts.Length + 1)],
            };
        }

        foreach (var api in versions)
        {
            var all = AllContracts(api);
            yield return all;
            yield return all with { EasyPay = new EasyPayRequirement { Brands = Enum.GetValues<EasyPayBrand>(), Integration = EasyPayIntegration.Hub } };
            yield return all with { RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.PaymentWindow) };
            yield return all with { EasyPay = new EasyPayRequirement() };
        }
    }

    /// <summary>Each switch, each enum value, each subset of the brands for both integrations.</summary>
    private static IEnumerable<MerchantRequirements> Space()
    {
        RecurringCardRequirement?[] recurring = [null, new(BillingKeyIssuance.Api), new(BillingKeyIssuance.PaymentWindow)];
        IdentityVerificationRequirement?[] identity = [null, .. Enum.GetValues<VerificationPurpose>().Select(p => new IdentityVerificationRequirement(p))];
        MobileMicropaymentRequirement?[] mobile = [null, new(false), new(true)];
        var brands = Enum.GetValues<EasyPayBrand>();
        var easyPay = new List<EasyPayRequirement?> { null };
        foreach (var integration in Enum.GetValues<EasyPayIntegration>())
        {
            for (var mask = 0; mask < 1 << brands.Length; mask++)
            {
                easyPay.Add(new EasyPayRequirement { Brands = brands.Where(b => (mask & (1 << (int)b)) != 0).ToArray(), Integration = integration });
            }
        }

        foreach (var flags in Enumerable.Range(0, 16))
        {
            foreach (var rc in recurring)
            {
                foreach (var ep in easyPay)
                {
                    foreach (var iv in identity)
                    {
                        foreach (var mm in mobile)
                        {
                            yield return new MerchantRequirements
                            {
                                CardPayment = (flags & 1) != 0,
                                BankTransfer = (flags & 2) != 0,
                                VirtualAccount = (flags & 4) != 0,
                                OverseasCards = (flags & 8) != 0,
                                RecurringCard = rc,
                                EasyPay = ep,
                                IdentityVerification = iv,
                                MobileMicropayment = mm,
                            };
                        }
                    }
                }
            }
        }
    }
}
