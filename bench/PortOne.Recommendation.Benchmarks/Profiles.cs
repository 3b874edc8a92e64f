using System;
using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>The requirement profiles every contestant answers.</summary>
public static class Profiles
{
    /// <summary>The seed of the mix; fixed so that every run and every machine sees the same profiles.</summary>
    public const int MixSeed = 20261126;

    /// <summary>The number of distinct profiles in the mix.</summary>
    public const int MixSize = 1000;

    /// <summary>A typical online shop: one-time cards, bank transfer, KakaoPay and NaverPay.</summary>
    public static MerchantRequirements TypicalShop() => new()
    {
        CardPayment = true,
        BankTransfer = true,
        EasyPay = new EasyPayRequirement { Brands = [EasyPayBrand.NaverPay, EasyPayBrand.KakaoPay] },
    };

    /// <summary>Everything asked at once, with brands in and outside the package.</summary>
    public static MerchantRequirements EverythingAsked() => new()
    {
        CardPayment = true,
        BankTransfer = true,
        VirtualAccount = true,
        RecurringCard = new RecurringCardRequirement(BillingKeyIssuance.Api),
        EasyPay = new EasyPayRequirement
        {
            Brands = [EasyPayBrand.ApplePay, EasyPayBrand.KakaoPay, EasyPayBrand.TossPay, EasyPayBrand.NaverPay, EasyPayBrand.Payco, EasyPayBrand.SamsungPay],
        },
        IdentityVerification = new IdentityVerificationRequirement(VerificationPurpose.AgeRestriction),
        MobileMicropayment = new MobileMicropaymentRequirement(Recurring: true),
        OverseasCards = true,
    };

    /// <summary>Every need at once (as <see cref="EverythingAsked"/>) with an existing contract with every provider:
    /// the profile with the most entries and the largest contract plan search.</summary>
    public static MerchantRequirements AllContracts() => EverythingAsked() with { ExistingContracts = Enum.GetValues<PaymentProvider>() };

    /// <summary>
    /// <see cref="MixSize"/> distinct profiles drawn with <see cref="MixSeed"/>. Brands come in shuffled order, so no
    /// two profiles ask for the same thing, whatever the brand order. About one in ten names a PortOne API version and
    /// one in twenty one or two existing contracts.
    /// </summary>
    public static MerchantRequirements[] Mix()
    {
        var random = new Random(MixSeed);

        // The overseas fields come from a generator of their own, drawn only for a profile kept, so that the other fields
        // of the mix are the ones measured before those fields existed.
        var overseas = new Random(MixSeed + 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mix = new List<MerchantRequirements>(MixSize);
        while (mix.Count < MixSize)
        {
            var profile = Draw(random);
            if (seen.Add(Describe(profile)))
            {
                mix.Add(WithOverseasFields(profile, overseas));
            }
        }

        return [.. mix];
    }

    /// <summary>The given profile, <see cref="MixSize"/> times, as distinct but equal instances.</summary>
    public static MerchantRequirements[] Repeat(Func<MerchantRequirements> profile) =>
        Enumerable.Range(0, MixSize).Select(_ => profile()).ToArray();

    private static MerchantRequirements Draw(Random random)
    {
        var brands = Enum.GetValues<EasyPayBrand>().Where(_ => random.Next(3) == 0).ToArray();
        random.Shuffle(brands);
        return new MerchantRequirements
        {
            CardPayment = random.Next(4) != 0,
            BankTransfer = random.Next(2) == 0,
            VirtualAccount = random.Next(2) == 0,
            RecurringCard = random.Next(3) switch
            {
                0 => null,
                1 => new RecurringCardRequirement(BillingKeyIssuance.Api),
                _ => new RecurringCardRequirement(BillingKeyIssuance.PaymentWindow),
            },
            EasyPay = random.Next(4) == 0
                ? null
                : new EasyPayRequirement
                {
                    Brands = brands,
                    Integration = random.Next(4) == 0 ? EasyPayIntegration.Hub : EasyPayIntegration.Direct,
                },
            IdentityVerification = random.Next(2) == 0 ? null : new IdentityVerificationRequirement((VerificationPurpose)random.Next(3)),
            MobileMicropayment = random.Next(3) switch
            {
                0 => null,
                1 => new MobileMicropaymentRequirement(Recurring: false),
                _ => new MobileMicropaymentRequirement(Recurring: true),
            },
            OverseasCards = random.Next(3) == 0,

            // A few percent name an API version or contracts they already have, so those paths are compared too.
            ApiVersion = random.Next(20) switch
            {
                0 => PortOneApiVersion.V1,
                1 => PortOneApiVersion.V2,
                _ => null,
            },
            ExistingContracts = random.Next(20) == 0 ? ExistingContracts(random) : [],
        };
    }

    /// <summary>With overseas cards, one time in two charged repeatedly and one time in four for a business registered
    /// abroad; without them, one time in ten for a business registered abroad.</summary>
    private static MerchantRequirements WithOverseasFields(MerchantRequirements profile, Random random) => profile.OverseasCards
        ? profile with { RecurringOverseasCards = random.Next(2) == 0, BusinessRegisteredAbroad = random.Next(4) == 0 }
        : profile with { BusinessRegisteredAbroad = random.Next(10) == 0 };

    /// <summary>One or two distinct providers.</summary>
    private static PaymentProvider[] ExistingContracts(Random random)
    {
        var providers = Enum.GetValues<PaymentProvider>();
        random.Shuffle(providers);
        return providers[..(1 + random.Next(2))];
    }

    /// <summary>A brand-order-free description, to keep the mix distinct.</summary>
    private static string Describe(MerchantRequirements profile)
    {
        var normalized = profile.EasyPay is { } easyPay
            ? profile with { EasyPay = easyPay with { Brands = [.. easyPay.Brands.Order()] } }
            : profile;
        return (normalized with { ExistingContracts = [.. profile.ExistingContracts.Order()] }).ToString();
    }
}
