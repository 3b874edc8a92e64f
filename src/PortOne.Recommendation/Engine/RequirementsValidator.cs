using System.Collections.Generic;
using System.Globalization;
using PortOne.Recommendation.Catalog;

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

        return errors;
    }

    private static void ValidateEasyPay(EasyPayRequirement easyPay, CultureInfo culture, ref List<RequirementsValidationError>? errors)
    {
        if (easyPay.Brands is not { } brands)
        {
            Add(ref errors, "EasyPay.Brands", TextCatalog.Get(TextKeys.ValidationNullBrands, culture));
        }
        else
        {
            // A valid list (the usual case) allocates nothing: paths and messages are only built for problems.
            var seen = 0;
            for (var i = 0; i < brands.Count; i++)
            {
                var brand = brands[i];
                if (!IsDefined(brand))
                {
                    Add(ref errors, BrandPath(i), Undefined(nameof(EasyPayBrand), (int)brand, culture));
                }
                else if ((seen & (1 << (int)brand)) != 0)
                {
                    var message = TextCatalog.Format(
                        TextKeys.ValidationDuplicateBrand,
                        [brand, IndexOf(brands, brand).ToString(CultureInfo.InvariantCulture)],
                        culture);
                    Add(ref errors, BrandPath(i), message);
                }
                else
                {
                    seen |= 1 << (int)brand;
                }
            }
        }

        if (!IsDefined(easyPay.Integration))
        {
            Add(ref errors, "EasyPay.Integration", Undefined(nameof(EasyPayIntegration), (int)easyPay.Integration, culture));
        }
    }

    private static string BrandPath(int index) => "EasyPay.Brands[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static int IndexOf(IReadOnlyList<EasyPayBrand> brands, EasyPayBrand brand)
    {
        var index = 0;
        while (brands[index] != brand)
        {
            index++;
        }

        return index;
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

    private static bool IsDefined(EasyPayBrand value) => value >= EasyPayBrand.KakaoPay && value <= EasyPayBrand.ApplePay;
}
