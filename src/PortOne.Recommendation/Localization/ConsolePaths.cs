using System;
using System.Collections.Generic;
using System.Linq;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Localization;

/// <summary>
/// The navigation in PortOne's console for each way of applying, after the first step (the recommended package or
/// select e-payment directly, which the engine adds from the path). The one place that knows the console's layout.
/// </summary>
internal static class ConsolePaths
{
    private static readonly LocalizableText EasyPayTab = Text(TextKeys.StepEasyPayTab);
    private static readonly LocalizableText MobilePaymentTab = Text(TextKeys.StepMobilePaymentTab);

    private static readonly LocalizableText RecommendedPackageStep = Text(TextKeys.StepRecommendedPackage);
    private static readonly LocalizableText DirectSelectionStep = Text(TextKeys.StepDirectSelection);
    private static readonly LocalizableText ExistingContractStep = DisplayName(ApplicationPath.ExistingContract);

    /// <summary>Each package item's label as the console shows it, quoted (in English with its translation).</summary>
    private static readonly Dictionary<PackageItem, LocalizableText> ItemLabels =
        EnumValues<PackageItem>.All.ToDictionary(item => item, item => Text("Step.Item." + item.ToString()));

    /// <summary>Each package item's one step: the item's label.</summary>
    private static readonly Dictionary<PackageItem, IReadOnlyList<LocalizableText>> PackageItems =
        EnumValues<PackageItem>.All.ToDictionary(item => item, item => (IReadOnlyList<LocalizableText>)[ItemLabels[item]]);

    /// <summary>Direct selection of a PG that issues recurring-card billing keys in its payment window.</summary>
    public static readonly IReadOnlyList<LocalizableText> RecurringCardPaymentWindow =
        [Text(TextKeys.StepChoosePaymentWindowBillingPg), Text(TextKeys.StepApplyAsCardRecurring)];

    /// <summary>Hub-type easy pay: the easy pay tab, then a PG marked hub-type (허브형).</summary>
    public static readonly IReadOnlyList<LocalizableText> HubEasyPay = [EasyPayTab, Text(TextKeys.StepHubTypePgs)];

    /// <summary>Mobile micropayment: the general payment tab (일반결제, which the help page on applying says means "신용카드,
    /// 실시간 계좌이체, 가상계좌, 휴대폰 소액결제, 상품권"), a PG, then 휴대폰 소액결제.</summary>
    public static readonly IReadOnlyList<LocalizableText> MobileMicropayment =
        [Text(TextKeys.StepGeneralPaymentTab), Text(TextKeys.StepChoosePg), Text(TextKeys.StepApplyAsMobileMicropayment)];

    /// <summary>Recurring mobile micropayment: mobile payment, a PG that supports recurring charges, then
    /// 휴대폰 소액결제 정기결제.</summary>
    public static readonly IReadOnlyList<LocalizableText> RecurringMobileMicropayment =
        [MobilePaymentTab, Text(TextKeys.StepChooseRecurringMobilePg), Text(TextKeys.StepApplyRecurringMobileMicropayment)];

    /// <summary>Overseas cards: general payment, a PG with overseas support, applied for as one-time card payment.</summary>
    public static readonly IReadOnlyList<LocalizableText> OverseasCards =
        [Text(TextKeys.StepGeneralPaymentTab), Text(TextKeys.StepChooseOverseasPg), Text(TextKeys.StepApplyAsCardGeneral)];

    /// <summary>Recurring payments with cards issued abroad: the overseas payment tab (해외결제), an overseas PG that
    /// supports recurring payments, then recurring as the payment type (help: 전자결제 직접 신청 &gt; 해외결제 &gt; PG &gt;
    /// 결제방식).</summary>
    public static readonly IReadOnlyList<LocalizableText> RecurringOverseasPgCards =
        [Text(TextKeys.StepOverseasPaymentTab), Text(TextKeys.StepChooseRecurringOverseasPg), Text(TextKeys.StepChooseRecurringPaymentType)];

    /// <summary>Cards issued abroad for a business registered abroad, one-time: the overseas payment tab, then a PG.</summary>
    public static readonly IReadOnlyList<LocalizableText> OverseasPgCards =
        [Text(TextKeys.StepOverseasPaymentTab), Text(TextKeys.StepChoosePg)];

    /// <summary>The same with recurring payments: the overseas payment tab, a PG, then recurring as the payment type.</summary>
    public static readonly IReadOnlyList<LocalizableText> OverseasPgCardsRecurring =
        [Text(TextKeys.StepOverseasPaymentTab), Text(TextKeys.StepChoosePg), Text(TextKeys.StepChooseRecurringPaymentType)];

    /// <summary>The steps of a package item: the item itself.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The item is not a defined <see cref="Recommendation.PackageItem"/>.</exception>
    public static IReadOnlyList<LocalizableText> PackageItem(PackageItem item) =>
        PackageItems.TryGetValue(item, out var steps)
            ? steps
            : throw new ArgumentOutOfRangeException(nameof(item), item, "Not a defined package item.");

    /// <summary>The label of a package item as the console shows it, quoted: ‘신용카드 일반결제’ (in English followed by
    /// its translation), for sentences that point at the item.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The item is not a defined <see cref="Recommendation.PackageItem"/>.</exception>
    public static LocalizableText ItemLabel(PackageItem item) =>
        ItemLabels.TryGetValue(item, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(item), item, "Not a defined package item.");

    /// <summary>A card item whose package PGs do not serve the API version, for one-time methods: the general payment
    /// tab, a PG, applied for as one-time card payment.</summary>
    public static readonly IReadOnlyList<LocalizableText> PackageItemElsewhereGeneral =
        [Text(TextKeys.StepGeneralPaymentTab), Text(TextKeys.StepChoosePg), Text(TextKeys.StepApplyAsCardGeneral)];

    /// <summary>The same for recurring cards: a PG, applied for as recurring card payment.</summary>
    public static readonly IReadOnlyList<LocalizableText> PackageItemElsewhereRecurring =
        [Text(TextKeys.StepChoosePg), Text(TextKeys.StepApplyAsCardRecurring)];

    /// <summary>Easy-pay brands outside the package: the easy pay tab, then those brands.</summary>
    public static IReadOnlyList<LocalizableText> EasyPayBrands(EasyPayBrandSet brands) =>
        [EasyPayTab, LocalizableText.FromResource(TextKeys.StepChooseEasyPayBrands, brands)];

    /// <summary>Adding a service to an existing contract: the one step after the first asks the PG for it.</summary>
    public static readonly IReadOnlyList<LocalizableText> ExistingContract = [Text(TextKeys.StepAddServiceToContract)];

    /// <summary>The first step of every path: 추천패키지, 전자결제 직접 선택하기 or the existing contract.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The path is not a defined <see cref="ApplicationPath"/>.</exception>
    public static LocalizableText FirstStep(ApplicationPath path) => path switch
    {
        ApplicationPath.RecommendedPackage => RecommendedPackageStep,
        ApplicationPath.DirectSelection => DirectSelectionStep,
        ApplicationPath.ExistingContract => ExistingContractStep,
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "Not a defined application path."),
    };

    private static LocalizableText Text(string key) => LocalizableText.FromResource(key);

    /// <summary>The display name of an enum value, whose resource key is <c>TypeName.ValueName</c>.</summary>
    private static LocalizableText DisplayName<TEnum>(TEnum value)
        where TEnum : struct, Enum => LocalizableText.FromResource(typeof(TEnum).Name + "." + value.ToString());
}
