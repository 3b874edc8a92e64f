using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Requirements;

public sealed class RequirementsSnapshotTests
{
    [Fact]
    public void EveryProfile_GetsItsOwnKey()
    {
        var profiles = DecisionTable.AllProfiles().ToList();

        profiles.Select(RequirementsSnapshot.Of).Distinct().Should().HaveCount(profiles.Count);
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

            RequirementsSnapshot.Of(WithBrands(shuffled)).Should().Be(RequirementsSnapshot.Of(WithBrands(subset)));
        }
    }

    [Fact]
    public void BrandListChangedAfterwards_StoredKeyUnchanged()
    {
        var brands = new[] { EasyPayBrand.KakaoPay };
        var key = RequirementsSnapshot.Of(WithBrands(brands));

        brands[0] = EasyPayBrand.TossPay;

        key.Should().Be(RequirementsSnapshot.Of(WithBrands([EasyPayBrand.KakaoPay])));
    }

    /// <summary>
    /// The key must cover every field of the requirements, or the cache would give one profile's answer to another.
    /// When this fails, a requirement record gained or lost a property: update <c>RequirementsSnapshot</c> (the one place
    /// that normalizes requirements) and then this list.
    /// </summary>
    [Fact]
    public void KeyCoversEveryRequirementProperty()
    {
        var covered = new Dictionary<Type, string[]>
        {
            [typeof(MerchantRequirements)] =
                ["ApiVersion", "BankTransfer", "BusinessRegisteredAbroad", "CardPayment", "EasyPay", "ExistingContracts", "IdentityVerification", "Industry", "MobileMicropayment", "OverseasCards", "RecurringCard", "RecurringOverseasCards", "Sells", "VirtualAccount"],
            [typeof(EasyPayRequirement)] = ["Brands", "Integration"],
            [typeof(RecurringCardRequirement)] = ["Issuance"],
            [typeof(IdentityVerificationRequirement)] = ["Purpose"],
            [typeof(MobileMicropaymentRequirement)] = ["Recurring"],
        };

        foreach (var (type, properties) in covered)
        {
            type.GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name).Order()
                .Should().Equal(properties, "RequirementsSnapshot must be extended for every property of {0}", type.Name);
        }
    }

    [Fact]
    public void ApiVersionAndExistingContracts_AreInTheKey_ContractOrderIsNot()
    {
        var baseline = new MerchantRequirements { CardPayment = true };

        RequirementsSnapshot.Of(baseline with { ApiVersion = PortOneApiVersion.V1 })
            .Should().NotBe(RequirementsSnapshot.Of(baseline with { ApiVersion = PortOneApiVersion.V2 }))
            .And.NotBe(RequirementsSnapshot.Of(baseline));
        RequirementsSnapshot.Of(baseline with { ExistingContracts = [PaymentProvider.NhnKcp, PaymentProvider.Kpn] })
            .Should().Be(RequirementsSnapshot.Of(baseline with { ExistingContracts = [PaymentProvider.Kpn, PaymentProvider.NhnKcp] }))
            .And.NotBe(RequirementsSnapshot.Of(baseline with { ExistingContracts = [PaymentProvider.Kpn] }));
    }

    [Fact]
    public void OverseasFields_AreInTheKey()
    {
        var baseline = new MerchantRequirements { OverseasCards = true };
        var keys = new[]
        {
            baseline,
            baseline with { RecurringOverseasCards = true },
            baseline with { BusinessRegisteredAbroad = true },
            baseline with { RecurringOverseasCards = true, BusinessRegisteredAbroad = true },
        }.Select(RequirementsSnapshot.Of).ToArray();

        keys.Should().OnlyHaveUniqueItems();
        keys[3].Should().Be(RequirementsSnapshot.Of(new MerchantRequirements { OverseasCards = true, RecurringOverseasCards = true, BusinessRegisteredAbroad = true }));
        keys[3].GetHashCode().Should().Be(RequirementsSnapshot.Of(baseline with { RecurringOverseasCards = true, BusinessRegisteredAbroad = true }).GetHashCode());
    }

    private static MerchantRequirements WithBrands(EasyPayBrand[] brands) =>
        new() { EasyPay = new EasyPayRequirement { Brands = brands } };
}
