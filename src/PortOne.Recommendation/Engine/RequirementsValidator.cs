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

        ValidateExistingContracts(requirements.ExistingContracts, culture, ref errors);
        return errors;
    }

    private static void ValidateExistingContracts(
        IReadOnlyList<PaymentProvider>? contracts,
        CultureInfo culture,
        ref List<RequirementsValidationError>? errors)
    {
        if (contracts is null)
        {
            Add(ref errors, "ExistingContracts", TextCatalog.Get(TextKeys.ValidationNullExistingContracts, culture));
            return;
        }

        var firstIndexByProvider = new int[EnumValues<PaymentProvider>.All.Length];
        for (var i = 0; i < contracts.Count; i++)
        {
            var provider = contracts[i];
            var path = "ExistingContracts[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!IsDefined(provider))
            {
                Add(ref errors, path, Undefined(nameof(PaymentProvider), (int)provider, culture));
            }
            else if (firstIndexByProvider[(int)provider] > 0)
            {
                var message = TextCatalog.Format(
                    TextKeys.ValidationDuplicateExistingContract,
                    [provider, (firstIndexByProvider[(int)provider] - 1).ToString(CultureInfo.InvariantCulture)],
                    culture);
                Add(ref errors, path, message);
            }
            else
            {
                firstIndexByProvider[(int)provider] = i + 1;
            }
        }
    }

    private static void ValidateEasyPay(EasyPayRequirement easyPay, CultureInfo culture, ref List<RequirementsValidationError>? errors)
    {
        if (easyPay.Brands is not { } brands)
        {
            Add(ref errors, "EasyPay.Brands", TextCatalog.Get(TextKeys.ValidationNullBrands, culture));
        }
        else
        {
            var firstIndexByBrand = new int[EnumValues<EasyPayBrand>.All.Length];
            for (var i = 0; i < brands.Count; i++)
            {
                var brand = brands[i];
                var path = "EasyPay.Brands[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (!IsDefined(brand))
                {
                    Add(ref errors, path, Undefined(nameof(EasyPayBrand), (int)brand, culture));
                }
                else if (firstIndexByBrand[(int)brand] > 0)
                {
                    var message = TextCatalog.Format(
                        TextKeys.ValidationDuplicateBrand,
                        [brand, (firstIndexByBrand[(int)brand] - 1).ToString(CultureInfo.InvariantCulture)],
                        culture);
                    Add(ref errors, path, message);
                }
                else
                {
                    firstIndexByBrand[(int)brand] = i + 1;
                }
            }
        }

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

    private static bool IsDefined(PaymentProvider value) => value >= 0 && (int)value < EnumValues<PaymentProvider>.All.Length;

    private static bool IsDefined(EasyPayBrand value) => value >= EasyPayBrand.KakaoPay && value <= EasyPayBrand.ApplePay;
}
