#if NET
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PortOne.Recommendation.Json;

/// <summary>The source-generated metadata of the contract's types: no reflection at run time, trimming-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(CamelCaseEnumConverter<BillingKeyIssuance>),
        typeof(CamelCaseEnumConverter<EasyPayBrand>),
        typeof(CamelCaseEnumConverter<EasyPayIntegration>),
        typeof(CamelCaseEnumConverter<VerificationPurpose>),
        typeof(CamelCaseEnumConverter<PortOneApiVersion>),
        typeof(CamelCaseEnumConverter<PaymentProvider>),
        typeof(CamelCaseEnumConverter<PaymentService>),
        typeof(CamelCaseEnumConverter<ApplicationPath>),
        typeof(CamelCaseEnumConverter<PackageItem>),
        typeof(CamelCaseEnumConverter<AdvisoryCode>),
        typeof(CamelCaseEnumConverter<BenefitCode>),
        typeof(CamelCaseEnumConverter<ContractAddOn>),
        typeof(CamelCaseEnumConverter<PackageEdition>),
        typeof(CamelCaseEnumConverter<ProviderStanding>),
        typeof(CamelCaseEnumConverter<ExplanationReasonCode>),
        typeof(CamelCaseEnumConverter<RecommendationChangeKind>),
        typeof(CamelCaseEnumConverter<MerchantOffering>),
        typeof(CamelCaseEnumConverter<MerchantIndustry>),
        typeof(CamelCaseEnumConverter<OnboardingItemKind>),
        typeof(CamelCaseEnumConverter<OnboardingActor>),
        typeof(CamelCaseEnumConverter<OnboardingWaitUnit>),
    ])]
[JsonSerializable(typeof(MerchantRequirements))]
[JsonSerializable(typeof(RecommendationResult))]
[JsonSerializable(typeof(RecommendationComparison))]
internal sealed partial class RecommendationJsonContext : JsonSerializerContext
{
}

/// <summary>Enums as camelCase strings (<c>kgInicis</c>), never as numbers.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, System.Enum;
#endif
