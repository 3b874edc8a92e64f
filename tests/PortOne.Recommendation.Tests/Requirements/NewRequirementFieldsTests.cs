using System;
using System.Linq;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Requirements;

public sealed class NewRequirementFieldsTests
{
    [Fact]
    public void Defaults_EitherApiVersion_NoExistingContracts()
    {
        var requirements = new MerchantRequirements();

        requirements.ApiVersion.Should().BeNull();
        requirements.ExistingContracts.Should().BeEmpty();
    }

    [Fact]
    public void InvalidApiVersionAndExistingContracts_AreReported_WithPaths()
    {
        var act = () => Engines.En.Recommend(new MerchantRequirements
        {
            ApiVersion = (PortOneApiVersion)7,
            ExistingContracts = [PaymentProvider.Kpn, (PaymentProvider)99, PaymentProvider.Kpn],
        });

        var errors = act.Should().Throw<RequirementsValidationException>().Which.Errors;
        errors.Select(e => e.Path).Should().Equal("ApiVersion", "ExistingContracts[1]", "ExistingContracts[2]");
        errors[2].Message.Should().Contain("ExistingContracts[0]");
    }

    [Fact]
    public void NullExistingContracts_IsReported()
    {
        var act = () => Engines.Ko.Recommend(new MerchantRequirements { ExistingContracts = null! });

        act.Should().Throw<RequirementsValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("ExistingContracts");
    }

    [Fact]
    public void Equality_ComparesExistingContractsByValue()
    {
        var left = new MerchantRequirements { CardPayment = true, ExistingContracts = [PaymentProvider.Kpn], ApiVersion = PortOneApiVersion.V2 };
        var right = new MerchantRequirements { CardPayment = true, ExistingContracts = new[] { PaymentProvider.Kpn }.ToList(), ApiVersion = PortOneApiVersion.V2 };

        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(right with { ExistingContracts = [PaymentProvider.NhnKcp] });
        left.Should().NotBe(right with { ApiVersion = PortOneApiVersion.V1 });
        left.ToString().Should().Contain("ExistingContracts = [Kpn]").And.Contain("ApiVersion = V2");
    }

    [Fact]
    public void Edition_DefaultsToMay2025_AndRejectsUndefinedValues()
    {
        var options = new RecommendationOptions();

        options.Edition.Should().Be((EditionChoice)PackageEdition.May2025);
        var act = () => options.Edition = (PackageEdition)42;
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("edition");
        _ = new RecommendationEngine(options);
        var late = () => options.Edition = EditionChoice.Latest;
        late.Should().Throw<InvalidOperationException>();
    }
}
