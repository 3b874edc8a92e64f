using System;
using System.Collections.Generic;
using System.Globalization;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>Checks requirements before they become facts, collecting the problems with their property paths. Linear in
/// the size of the lists; allocates nothing for valid requirements.</summary>
internal static class RequirementsValidator
{
    /// <summary>How many problems are listed at most; the exception counts the rest.</summary>
    public const int MaxListedErrors = 100;

    public static void ThrowIfInvalid(MerchantRequirements requirements, TextLanguage language)
    {
        var errors = Validate(requirements, language, out var total);
        if (errors is not null)
        {
            throw new RequirementsValidationException(errors, total, language);
        }
    }

    /// <summary>Returns the first <see cref="MaxListedErrors"/> problems, or <see langword="null"/> when there is none;
    /// <paramref name="total"/> counts them all.</summary>
    public static List<RequirementsValidationError>? Validate(MerchantRequirements requirements, TextLanguage language, out int total)
    {
        var errors = new Errors(language);

        if (requirements.RecurringCard is { } recurring && !IsDefined(recurring.Issuance))
        {
            errors.Undefined("RecurringCard.Issuance", nameof(BillingKeyIssuance), (int)recurring.Issuance);
        }

        if (requirements.EasyPay is { } easyPay)
        {
            ValidateList(easyPay.Brands, "EasyPay.Brands", TextKeys.ValidationNullBrands, TextKeys.ValidationDuplicateBrand, ref errors);
            if (!IsDefined(easyPay.Integration))
            {
                errors.Undefined("EasyPay.Integration", nameof(EasyPayIntegration), (int)easyPay.Integration);
            }
        }

        if (requirements.IdentityVerification is { } identity && !IsDefined(identity.Purpose))
        {
            errors.Undefined("IdentityVerification.Purpose", nameof(VerificationPurpose), (int)identity.Purpose);
        }

        if (requirements.RecurringOverseasCards && !requirements.OverseasCards)
        {
            errors.Add(nameof(MerchantRequirements.RecurringOverseasCards), TextCatalog.Get(TextKeys.ValidationRecurringOverseasCardsWithoutOverseasCards, errors.Language));
        }

        if (requirements.ApiVersion is { } apiVersion && !IsDefined(apiVersion))
        {
            errors.Undefined("ApiVersion", nameof(PortOneApiVersion), (int)apiVersion);
        }

        ValidateList(
            requirements.ExistingContracts,
            "ExistingContracts",
            TextKeys.ValidationNullExistingContracts,
            TextKeys.ValidationDuplicateExistingContract,
            ref errors);
        ValidateList(requirements.Sells, "Sells", TextKeys.ValidationNullSells, TextKeys.ValidationDuplicateSells, ref errors);
        if (requirements.Industry is { } industry && !IsDefined(industry))
        {
            errors.Undefined("Industry", nameof(MerchantIndustry), (int)industry);
        }

        total = errors.Total;
        return errors.Listed;
    }

    /// <summary>Checks a list of enum values: not null, every value defined, none named twice (each value's first
    /// index is remembered, so the check is linear).</summary>
    private static void ValidateList<TEnum>(IReadOnlyList<TEnum>? values, string path, string nullKey, string duplicateKey, ref Errors errors)
        where TEnum : struct, Enum
    {
        if (values is null)
        {
            errors.Add(path, TextCatalog.Get(nullKey, errors.Language));
            return;
        }

        var defined = EnumValues<TEnum>.All;
        if (AllDefinedOnce(values, defined))
        {
            return; // The common case, checked without allocating; the loop below then finds nothing.
        }

        int[]? firstIndex = null;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var position = Array.IndexOf(defined, value);
            if (position < 0)
            {
                errors.Undefined(ItemPath(path, i), typeof(TEnum).Name, Convert.ToInt32(value, CultureInfo.InvariantCulture));
                continue;
            }

            firstIndex ??= NewIndex(defined.Length);
            if (firstIndex[position] < 0)
            {
                firstIndex[position] = i;
            }
            else if (errors.WillList)
            {
                var message = TextCatalog.Format(duplicateKey, [value, firstIndex[position].ToString(CultureInfo.InvariantCulture)], errors.Language);
                errors.Add(ItemPath(path, i), message);
            }
            else
            {
                errors.Count();
            }
        }
    }

    /// <summary>Whether every value is defined and none is named twice, found with a bit mask (enums of up to 64
    /// values; longer ones take the full check).</summary>
    private static bool AllDefinedOnce<TEnum>(IReadOnlyList<TEnum> values, TEnum[] defined)
        where TEnum : struct, Enum
    {
        if (defined.Length > 64)
        {
            return false;
        }

        var seen = 0UL;
        for (var i = 0; i < values.Count; i++)
        {
            var position = Array.IndexOf(defined, values[i]);
            if (position < 0 || (seen & (1UL << position)) != 0)
            {
                return false;
            }

            seen |= 1UL << position;
        }

        return true;
    }

    private static int[] NewIndex(int length)
    {
        var index = new int[length];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = -1;
        }

        return index;
    }

    private static string ItemPath(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsDefined(BillingKeyIssuance value) =>
        value is BillingKeyIssuance.Api or BillingKeyIssuance.PaymentWindow;

    private static bool IsDefined(EasyPayIntegration value) =>
        value is EasyPayIntegration.Direct or EasyPayIntegration.Hub;

    private static bool IsDefined(VerificationPurpose value) =>
        value is VerificationPurpose.SignUp or VerificationPurpose.AgeRestriction or VerificationPurpose.Other;

    private static bool IsDefined(MerchantIndustry value) => (uint)value < (uint)EnumValues<MerchantIndustry>.All.Length;

    private static bool IsDefined(PortOneApiVersion value) => value is PortOneApiVersion.V1 or PortOneApiVersion.V2;

    /// <summary>The problems found so far: the first <see cref="MaxListedErrors"/> with their texts, the rest counted.</summary>
    private struct Errors(TextLanguage language)
    {
        public readonly TextLanguage Language => language;

        public List<RequirementsValidationError>? Listed { get; private set; }

        public int Total { get; private set; }

        public readonly bool WillList => Total < MaxListedErrors;

        public void Add(string path, string message)
        {
            if (WillList)
            {
                (Listed ??= []).Add(new RequirementsValidationError(path, message));
            }

            Total++;
        }

        public void Count() => Total++;

        public void Undefined(string path, string typeName, int value)
        {
            if (WillList)
            {
                Add(path, TextCatalog.Format(TextKeys.ValidationUndefinedValue, [typeName, value.ToString(CultureInfo.InvariantCulture)], language));
            }
            else
            {
                Total++;
            }
        }
    }
}
