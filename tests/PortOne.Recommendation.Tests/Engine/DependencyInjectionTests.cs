using System;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using PortOne.Recommendation.Tests.CustomRules;

namespace PortOne.Recommendation.Tests.Engine;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddPortOneRecommendation_RegistersOneSingletonForInterfaceAndClass()
    {
        using var provider = new ServiceCollection().AddPortOneRecommendation().BuildServiceProvider();

        var first = provider.GetRequiredService<IRecommendationEngine>();
        var second = provider.GetRequiredService<IRecommendationEngine>();
        var concrete = provider.GetRequiredService<RecommendationEngine>();

        first.Should().BeSameAs(second).And.BeSameAs(concrete);
        first.Recommend(new MerchantRequirements { CardPayment = true }).Recommendations.Should().ContainSingle();
    }

    [Fact]
    public void AddPortOneRecommendation_Twice_RegistersOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();

        services.AddPortOneRecommendation(o => o.Culture = CultureInfo.GetCultureInfo("ja-JP"));
        services.AddPortOneRecommendation(o => o.Culture = CultureInfo.GetCultureInfo("en-GB"));
        services.AddPortOneRecommendation();

        services.Count(d => d.ServiceType == typeof(IRecommendationEngine)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(RecommendationEngine)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(RecommendationOptions)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<RecommendationEngine>();
        engine.Culture.Name.Should().Be("en-GB");
        engine.Recommend(new MerchantRequirements { OverseasCards = true }).Recommendations[0].Steps[0]
            .Should().Be("‘전자결제 직접 선택하기’ (Select e-payment directly)");
    }

    [Fact]
    public void AddPortOneRecommendation_ExistingEngineRegistration_IsKept()
    {
        var mine = RecommendationEngine.Create();
        var services = new ServiceCollection().AddSingleton<IRecommendationEngine>(mine);

        services.AddPortOneRecommendation();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IRecommendationEngine>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddPortOneRecommendation_OptionsFixedOnceTheEngineExists()
    {
        var services = new ServiceCollection().AddPortOneRecommendation();
        using var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<IRecommendationEngine>();
        var options = provider.GetRequiredService<RecommendationOptions>();

        options.IsReadOnly.Should().BeTrue();
        options.Invoking(o => o.Culture = CultureInfo.GetCultureInfo("en")).Should().Throw<InvalidOperationException>();
        services.Invoking(s => s.AddPortOneRecommendation(o => o.AddRules(typeof(PreferNicePaymentsForCardsRule))))
            .Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void AddPortOneRecommendation_WithCallerRules_UsesThem()
    {
        using var provider = new ServiceCollection()
            .AddPortOneRecommendation(o => o.AddRules(typeof(PreferNicePaymentsForCardsRule).Assembly))
            .BuildServiceProvider();

        var result = provider.GetRequiredService<IRecommendationEngine>().Recommend(new MerchantRequirements { CardPayment = true });

        result.Recommendations.Single().RuleName.Should().Be("Custom.PreferNicePaymentsForCards");
    }

    [Fact]
    public void AddPortOneRecommendation_KeyedOptionsElsewhere_AreLeftAlone()
    {
        var keyed = new RecommendationOptions { Culture = CultureInfo.GetCultureInfo("en") };
        var services = new ServiceCollection().AddKeyedSingleton("other", keyed);

        services.AddPortOneRecommendation();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<RecommendationEngine>().Culture.Name.Should().Be("ko-KR");
        keyed.IsReadOnly.Should().BeFalse();
    }

    [Fact]
    public void AddPortOneRecommendation_NullServices_Throws()
    {
        var act = () => RecommendationServiceCollectionExtensions.AddPortOneRecommendation(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void CallerRules_TakeServicesFromTheContainer_InTheirConstructorsAndThroughDependency()
    {
        var services = new ServiceCollection()
            .AddSingleton<IPlatformContracts>(new FixedPlatformContracts(PaymentProvider.NicePayments))
            .AddPortOneRecommendation(o => o.AddRules(typeof(MasterContractNoteRule), typeof(MasterContractEntriesOnlyRule)));
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<IRecommendationEngine>().Recommend(new MerchantRequirements { CardPayment = true });

        result.Recommendations.Should().ContainSingle().Which.Providers.Should().Equal(PaymentProvider.NicePayments);
        result.ContractPlan.Contracts.Should().ContainSingle().Which.Provider.Should().Be(PaymentProvider.NicePayments);
        result.Advisories.Should().Contain(a => a.Code == AdvisoryCode.Custom && a.Message == "대표 계약: NicePayments");
    }
}
