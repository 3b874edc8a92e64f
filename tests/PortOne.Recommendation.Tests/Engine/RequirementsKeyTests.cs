using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class RequirementsKeyTests
{
    [Fact]
    public void EveryProfile_GetsItsOwnKey()
    {
        var profiles = DecisionTable.AllProfiles().ToList();

        profiles.Select(RequirementsKey.From).Distinct().Should().HaveCount(profiles.Count);
    }

    [Fact]
    public void BrandOrder_DoesNotChangeTheKey()
    {
        var brands = Enum.GetValues<EasyPayBrand>();
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var subset = brands.Where(_ => random.Next(2) == 0).ToArray();
            var shuffled = subset.ToArray();
            random.Shuffle(shuffled);

            RequirementsKey.From(WithBrands(shuffled)).Should().Be(RequirementsKey.From(WithBrands(subset)));
        }
    }

    [Fact]
    public void BrandListChangedAfterwards_StoredKeyUnchanged()
    {
        var brands = new[] { EasyPayBrand.KakaoPay };
        var key = RequirementsKey.From(WithBrands(brands));

        brands[0] = EasyPayBrand.TossPay;

        key.Should().Be(RequirementsKey.From(WithBrands([EasyPayBrand.KakaoPay])));
    }

    /// <summary>
    /// The key must cover every field of the requirements, or the cache would give one profile's answer to another.
    /// When this fails, a requirement record gained or lost a property: update <c>RequirementsKey</c> (the one place
    /// that normalizes requirements) and then this list.
    /// </summary>
    [Fact]
    public void KeyCoversEveryRequirementProperty()
    {
        var covered = new Dictionary<Type, string[]>
        {
            [typeof(MerchantRequirements)] =
                ["ApiVersion", "BankTransfer", "CardPayment", "EasyPay", "ExistingContracts", "IdentityVerification", "MobileMicropayment", "OverseasCards", "RecurringCard", "VirtualAccount"],
            [typeof(EasyPayRequirement)] = ["Brands", "Integration"],
            [typeof(RecurringCardRequirement)] = ["Issuance"],
            [typeof(IdentityVerificationRequirement)] = ["Purpose"],
            [typeof(MobileMicropaymentRequirement)] = ["Recurring"],
        };

        foreach (var (type, properties) in covered)
        {
            type.GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name).Order()
                .Should().Equal(properties, "RequirementsKey must be extended for every property of {0}", type.Name);
        }
    }

    [Fact]
    public void ApiVersionAndExistingContracts_AreInTheKey_ContractOrderIsNot()
    {
        var baseline = new MerchantRequirements { CardPayment = true };

        RequirementsKey.From(baseline with { ApiVersion = PortOneApiVersion.V1 })
            .Should().NotBe(RequirementsKey.From(baseline with { ApiVersion = PortOneApiVersion.V2 }))
            .And.NotBe(RequirementsKey.From(baseline));
        RequirementsKey.From(baseline with { ExistingContracts = [PaymentProvider.NhnKcp, PaymentProvider.Kpn] })
            .Should().Be(RequirementsKey.From(baseline with { ExistingContracts = [PaymentProvider.Kpn, PaymentProvider.NhnKcp] }))
            .And.NotBe(RequirementsKey.From(baseline with { ExistingContracts = [PaymentProvider.Kpn] }));
    }

    private static MerchantRequirements WithBrands(EasyPayBrand[] brands) =>
        new() { EasyPay = new EasyPayRequirement { Brands = brands } };
}
