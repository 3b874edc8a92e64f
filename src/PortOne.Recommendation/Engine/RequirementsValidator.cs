using System;
using System.Collections.Generic;
using System.Globalization;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>Checks requirements before they become facts, collecting every problem with its property path.</summary>
internal static class RequirementsValidator
{
    public static void ThrowIfInvalid(MerchantRequirements requirements, CultureInfo culture)
    {
        var errors = Validate(requirements, culture);
        if (errors is not null)
        {
            throw new RequirementsValidationException(errors, culture);
        }
    }

    /// <summary>Returns every problem, or <see langword="null"/> when there is none.</summary>
    public static List<RequirementsValidationError>? Validate(MerchantRequirements requirements, CultureInfo culture)
    {
        List<RequirementsValidationError>? errors = null;

        if (requirements.RecurringCard is { } recurring && !IsDefined(recurring.Issuance))
        {
            Add(ref errors, "RecurringCard.Issuance", Undefined(nameof(BillingKeyIssuance), (int)recurring.Issuance, culture));
        }

        if (requirements.EasyPay is { } easyPay)
        {
            ValidateEasyPay(easyPay, culture, ref errors);
        }

        if (requirements.IdentityVerification is { } identity && !IsDefined(identity.Purpose))
        {
            Add(ref errors, "IdentityVerification.Purpose", Undefined(nameof(VerificationPurpose), (int)identity.Purpose, culture));
        }

        if (requirements.ApiVersion is { } apiVersion && !IsDefined(apiVersion))
        {
            Add(ref errors, "ApiVersion", Undefined(nameof(PortOneApiVersion), (int)apiVersion, culture));
        }

        ValidateList(
            requirements.ExistingContracts,
            "ExistingContracts",
            TextKeys.ValidationNullExistingContracts,
            TextKeys.ValidationDuplicateExistingContract,
            culture,
            ref errors);
        return errors;
    }

    /// <summary>Checks a list of enum values: not null, every value defined, none named twice.</summary>
    private static void ValidateList<TEnum>(
        IReadOnlyList<TEnum>? values,
        string path,
        string nullKey,
        string duplicateKey,
        CultureInfo culture,
        ref List<RequirementsValidationError>? errors)
        where TEnum : struct, Enum
    {
        if (values is null)
        {
            Add(ref errors, path, TextCatalog.Get(nullKey, culture));
            return;
        }

        var comparer = EqualityComparer<TEnum>.Default;
        for (var i = 0; i < values.Count; i++)
        {
            // A valid list (the usual case) allocates nothing: paths and messages are built for problems only.
            var value = values[i];
            if (Array.IndexOf(EnumValues<TEnum>.All, value) < 0)
            {
                Add(ref errors, ItemPath(path, i), Undefined(typeof(TEnum).Name, Convert.ToInt32(value, CultureInfo.InvariantCulture), culture));
                continue;
            }

            for (var earlier = 0; earlier < i; earlier++)
            {
                if (comparer.Equals(values[earlier], value))
                {
                    var message = TextCatalog.Format(duplicateKey, [value, earlier.ToString(CultureInfo.InvariantCulture)], culture);
                    Add(ref errors, ItemPath(path, i), message);
                    break;
                }
            }
        }
    }

    private static string ItemPath(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static void ValidateEasyPay(EasyPayRequirement easyPay, CultureInfo culture, ref List<RequirementsValidationError>? errors)
    {
        ValidateList(easyPay.Brands, "EasyPay.Brands", TextKeys.ValidationNullBrands, TextKeys.ValidationDuplicateBrand, culture, ref errors);

        if (!IsDefined(easyPay.Integration))
        {
            Add(ref errors, "EasyPay.Integration", Undefined(nameof(EasyPayIntegration), (int)easyPay.Integration, culture));
        }
    }

    private static void Add(ref List<RequirementsValidationError>? errors, string path, string message) =>
        (errors ??= []).Add(new RequirementsValidationError(path, message));

    private static string Undefined(string typeName, int value, CultureInfo culture) =>
        TextCatalog.Format(TextKeys.ValidationUndefinedValue, [typeName, value.ToString(CultureInfo.InvariantCulture)], culture);

    private static bool IsDefined(BillingKeyIssuance value) =>
        value is BillingKeyIssuance.Api or BillingKeyIssuance.PaymentWindow;

    private static bool IsDefined(EasyPayIntegration value) =>
        value is EasyPayIntegration.Direct or EasyPayIntegration.Hub;

    private static bool IsDefined(VerificationPurpose value) =>
        value is VerificationPurpose.SignUp or VerificationPurpose.AgeRestriction or VerificationPurpose.Other;

    private static bool IsDefined(PortOneApiVersion value) => value is PortOneApiVersion.V1 or PortOneApiVersion.V2;

}
