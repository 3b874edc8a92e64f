#if NET
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Json;

/// <summary>
/// The JSON contract of the library, for every .NET service that exposes the engine: camelCase property names, enums
/// as camelCase strings (<c>"kgInicis"</c>, <c>"paymentWindow"</c>), <c>null</c> values omitted. Requirements are read
/// strictly: empty or malformed JSON, unknown or repeated properties, values of the wrong type and enum strings that
/// are not exactly an allowed name are refused with a <see cref="RequirementsJsonException"/> that names the JSON path.
/// </summary>
/// <remarks>
/// <para>The metadata is source-generated (no reflection at run time). The JSON API is part of the net8.0 build only:
/// net8.0 and later have System.Text.Json in the box, whereas on netstandard2.0 it would be a new package dependency
/// (with its own dependency tree) for every .NET Framework host, most of which never read JSON through us. A
/// netstandard2.0 host can still serialize the records with its own System.Text.Json, and can take the JSON names from
/// the published JSON Schema.</para>
/// <para>Why a validator and not only serializer options: on net8.0 System.Text.Json has no option against repeated
/// properties (<c>AllowDuplicateProperties</c> arrived in .NET 10), no strict preset (.NET 10), and its string-enum
/// converter falls back to a case-insensitive parse that accepts <c>"KAKAOPAY"</c> and <c>"kakaoPay, naverPay"</c>;
/// its messages name .NET types. <see cref="ReadRequirements(ReadOnlySpan{byte})"/> therefore checks the syntax (and
/// repeated properties) token by token, then the shape against the generated metadata, then deserializes with
/// <see cref="JsonUnmappedMemberHandling.Disallow"/>.</para>
/// </remarks>
public static class RecommendationJson
{
    /// <summary>The JSON path of the whole document.</summary>
    internal const string RootPath = "$";

    private static readonly ConcurrentDictionary<Type, string[]> EnumNameCache = new();

    // Declared before Options, which is built from it.
    /// <summary>Gets the source-generated metadata of the contract's types, to add to a host's own options
    /// (for example <c>TypeInfoResolverChain.Insert(0, RecommendationJson.TypeInfoResolver)</c>).</summary>
    /// <value>The resolver; <see cref="Configure(JsonSerializerOptions)"/> adds it together with the conventions.</value>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } =
        RecommendationJsonContext.Default.WithAddedModifier(OrderAsDeclared);

    /// <summary>Gets the contract's serializer options: read-only, camelCase, enums as camelCase strings, nulls omitted,
    /// unknown properties refused, source-generated metadata for <see cref="MerchantRequirements"/> and
    /// <see cref="RecommendationResult"/>.</summary>
    /// <value>One shared, read-only instance. Copy it (<c>new JsonSerializerOptions(Options)</c>) to indent the output
    /// or change the encoder.</value>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the metadata for reading and writing <see cref="MerchantRequirements"/> with <see cref="Options"/>.</summary>
    public static JsonTypeInfo<MerchantRequirements> RequirementsTypeInfo { get; } =
        (JsonTypeInfo<MerchantRequirements>)Options.GetTypeInfo(typeof(MerchantRequirements));

    /// <summary>Gets the metadata for writing <see cref="RecommendationComparison"/> with <see cref="Options"/>.</summary>
    public static JsonTypeInfo<RecommendationComparison> ComparisonTypeInfo { get; } =
        (JsonTypeInfo<RecommendationComparison>)Options.GetTypeInfo(typeof(RecommendationComparison));

    /// <summary>Gets the metadata for writing <see cref="RecommendationResult"/> with <see cref="Options"/>.</summary>
    public static JsonTypeInfo<RecommendationResult> ResultTypeInfo { get; } =
        (JsonTypeInfo<RecommendationResult>)Options.GetTypeInfo(typeof(RecommendationResult));

    /// <summary>
    /// Applies the contract's conventions to a host's own, still writable options (for example ASP.NET Core's
    /// <c>JsonOptions.SerializerOptions</c>): camelCase names, enums of the library as camelCase strings, nulls omitted,
    /// unknown properties refused, and the generated metadata first in the resolver chain.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <remarks>Such options write the contract's JSON and read it leniently (no syntax or shape check, and lists left
    /// out of the JSON arrive as <see langword="null"/>); read requirements with
    /// <see cref="ReadRequirements(ReadOnlySpan{byte})"/>, which checks them strictly.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    public static void Configure(JsonSerializerOptions options)
    {
        Guard.NotNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        foreach (var converter in CreateEnumConverters())
        {
            options.Converters.Add(converter);
        }

        options.TypeInfoResolverChain.Insert(0, TypeInfoResolver);
    }

    /// <summary>Reads <see cref="MerchantRequirements"/> from UTF-8 JSON, strictly.</summary>
    /// <param name="utf8Json">The JSON, UTF-8; a leading byte order mark is allowed.</param>
    /// <returns>The requirements. They are not validated against the engine's rules (duplicate brands, for example):
    /// <see cref="IRecommendationEngine.Recommend(MerchantRequirements)"/> does that and throws
    /// <see cref="RequirementsValidationException"/>, whose paths <see cref="ToJsonPath(string)"/> translates.</returns>
    /// <exception cref="RequirementsJsonException">The input is empty, malformed, the JSON <c>null</c>, or does not
    /// have the shape of <see cref="MerchantRequirements"/>. The exception names the first problem and its JSON path.</exception>
    public static MerchantRequirements ReadRequirements(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new RequirementsJsonException(
                RequirementsJsonErrorKind.Empty, RootPath, "the input is empty; a MerchantRequirements JSON object is expected.");
        }

        JsonSyntaxCheck.ThrowIfMalformed(utf8Json);
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        new JsonShapeValidator(Options).ValidateRoot(document.RootElement, typeof(MerchantRequirements));
        try
        {
            return WithListDefaults(document.RootElement.Deserialize(RequirementsTypeInfo)!, document.RootElement);
        }
        catch (JsonException ex)
        {
            // Only what the shape check leaves to the serializer ends here, such as a number out of range.
            var reason = ex.Message.ReplaceLineEndings("\\n");
            throw new RequirementsJsonException(
                RequirementsJsonErrorKind.Unreadable, ex.Path ?? RootPath, "the value cannot be read. " + reason, ex)
            {
                Reason = reason,
            };
        }
    }

    /// <summary>Reads <see cref="MerchantRequirements"/> from JSON text, strictly.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The requirements, as <see cref="ReadRequirements(ReadOnlySpan{byte})"/> reads them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RequirementsJsonException">The input is not requirements JSON; see
    /// <see cref="ReadRequirements(ReadOnlySpan{byte})"/>.</exception>
    public static MerchantRequirements ReadRequirements(string json)
    {
        Guard.NotNull(json);
        byte[] bytes;
        try
        {
            bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            throw new RequirementsJsonException(RootPath, 1, ex.Index + 1, "the text holds a lone surrogate.", ex);
        }

        return ReadRequirements(bytes);
    }

    /// <summary>Writes requirements as contract JSON (compact).</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> is <see langword="null"/>.</exception>
    public static string Serialize(MerchantRequirements requirements) =>
        JsonSerializer.Serialize(Guard.NotNull(requirements), RequirementsTypeInfo);

    /// <summary>Writes a result as contract JSON (compact).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string Serialize(RecommendationResult result) =>
        JsonSerializer.Serialize(Guard.NotNull(result), ResultTypeInfo);

    /// <summary>Writes a comparison as contract JSON (compact): both answers and the changes.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is <see langword="null"/>.</exception>
    public static string Serialize(RecommendationComparison comparison) =>
        JsonSerializer.Serialize(Guard.NotNull(comparison), ComparisonTypeInfo);

    /// <summary>Translates a property path of <see cref="RequirementsValidationError.Path"/> (<c>EasyPay.Brands[1]</c>)
    /// into the JSON path of the same value (<c>$.easyPay.brands[1]</c>).</summary>
    /// <param name="propertyPath">The property path; an empty path is the whole document.</param>
    /// <returns>The JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="propertyPath"/> is <see langword="null"/>.</exception>
    public static string ToJsonPath(string propertyPath) => JsonPaths.FromPropertyPath(Guard.NotNull(propertyPath));

    /// <summary>Gets the JSON name of an enum value, for example <c>kakaoPay</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The camelCase name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string NameOf(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(Guard.NotNull(value).ToString());

    /// <summary>The JSON names of an enum's values, in declaration order.</summary>
    internal static IReadOnlyList<string> EnumNames(Type enumType) =>
        EnumNameCache.GetOrAdd(enumType, type => Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray());

    /// <summary>
    /// The net8.0 source generator builds records with init-only properties in one object initializer that sets every
    /// property, so a list left out of the JSON arrives as <see langword="null"/> instead of its default (empty). A list
    /// that is absent gets its default back here; an explicit <c>null</c> stays, for the engine to report.
    /// </summary>
    private static MerchantRequirements WithListDefaults(MerchantRequirements requirements, JsonElement root)
    {
        if (!root.TryGetProperty("existingContracts", out _))
        {
            requirements = requirements with { ExistingContracts = [] };
        }

        if (!root.TryGetProperty("sells", out _))
        {
            requirements = requirements with { Sells = [] };
        }

        if (requirements.EasyPay is { } easyPay
            && root.TryGetProperty("easyPay", out var easyPayJson)
            && !easyPayJson.TryGetProperty("brands", out _))
        {
            requirements = requirements with { EasyPay = easyPay with { Brands = [] } };
        }

        return requirements;
    }

    /// <summary>
    /// Writes the members of a positional record in the order of its parameters, then the other members: an entry reads
    /// service, providers, path, package item, steps, reason, rule. (The generated metadata lists properties with an
    /// init accessor of their own first.)
    /// </summary>
    private static void OrderAsDeclared(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Properties.Count == 0)
        {
            return;
        }

        var parameters = typeInfo.Type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?
            .GetParameters()
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name ?? string.Empty))
            .ToList() ?? [];
        var declared = typeInfo.Type.GetProperties()
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToList();
        foreach (var property in typeInfo.Properties)
        {
            var position = parameters.IndexOf(property.Name);
            property.Order = position >= 0 ? position : parameters.Count + declared.IndexOf(property.Name);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            NumberHandling = JsonNumberHandling.Strict,
            PropertyNameCaseInsensitive = false,
        };
        Configure(options);
        options.MakeReadOnly();
        return options;
    }

    private static IEnumerable<JsonConverter> CreateEnumConverters() =>
    [
        new CamelCaseEnumConverter<BillingKeyIssuance>(),
        new CamelCaseEnumConverter<EasyPayBrand>(),
        new CamelCaseEnumConverter<EasyPayIntegration>(),
        new CamelCaseEnumConverter<VerificationPurpose>(),
        new CamelCaseEnumConverter<PortOneApiVersion>(),
        new CamelCaseEnumConverter<PaymentProvider>(),
        new CamelCaseEnumConverter<PaymentService>(),
        new CamelCaseEnumConverter<ApplicationPath>(),
        new CamelCaseEnumConverter<PackageItem>(),
        new CamelCaseEnumConverter<AdvisoryCode>(),
        new CamelCaseEnumConverter<BenefitCode>(),
        new CamelCaseEnumConverter<ContractAddOn>(),
        new CamelCaseEnumConverter<PackageEdition>(),
        new CamelCaseEnumConverter<ProviderStanding>(),
        new CamelCaseEnumConverter<ExplanationReasonCode>(),
        new CamelCaseEnumConverter<RecommendationChangeKind>(),
        new CamelCaseEnumConverter<MerchantOffering>(),
        new CamelCaseEnumConverter<MerchantIndustry>(),
        new CamelCaseEnumConverter<OnboardingItemKind>(),
        new CamelCaseEnumConverter<OnboardingActor>(),
        new CamelCaseEnumConverter<OnboardingWaitUnit>(),
    ];
}
#endif
