using System;
using System.Globalization;
using System.Linq;
using RulesEngine.Models;
using MsRulesEngine = RulesEngine.RulesEngine;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Microsoft RulesEngine running the recommended-package table as a workflow: one rule per decision, each an
/// expression over a flat input record, evaluated with <c>ExecuteAllRulesAsync</c> and the engine's default settings.
/// The successful rules become <see cref="Decisions"/>, which <see cref="ResultWriter"/> writes like the floor does.
/// </summary>
public sealed class RulesEngineContestant
{
    private const string WorkflowName = "RecommendedPackage";

    /// <summary>The workflow: each rule's name is the <see cref="Decisions"/> flag it decides.</summary>
    private static readonly (Decisions Decision, string Expression)[] Table =
    [
        (Decisions.CardPayment, "input1.CardPayment"),
        (Decisions.GeneralPaymentCoversTransferAndVirtualAccount, "input1.BankTransfer || input1.VirtualAccount"),
        (Decisions.BankTransferIncluded, "input1.BankTransfer"),
        (Decisions.VirtualAccountIncluded, "input1.VirtualAccount"),
        (Decisions.EasyPayAnyBrand, "input1.EasyPay && !input1.Hub && input1.BrandCount == 0"),
        (Decisions.EasyPayOtherBrands, "input1.EasyPay && !input1.Hub && (input1.TossPay || input1.Payco || input1.SamsungPay || input1.ApplePay)"),
        (Decisions.EasyPayPackageBrands, "input1.EasyPay && !input1.Hub && (input1.KakaoPay || input1.NaverPay)"),
        (Decisions.EasyPayHub, "input1.EasyPay && input1.Hub"),
        (Decisions.IdentityVerification, "input1.IdentityVerification"),
        (Decisions.MobileMicropayment, "input1.MobileMicropayment && !input1.MobileRecurring"),
        (Decisions.MobileMicropaymentRecurring, "input1.MobileMicropayment && input1.MobileRecurring"),
        (Decisions.OverseasCards, "input1.OverseasCards"),
        (Decisions.RecurringCardApi, "input1.RecurringCard && !input1.RecurringPaymentWindow"),
        (Decisions.RecurringCardPaymentWindow, "input1.RecurringCard && input1.RecurringPaymentWindow"),
        (Decisions.NothingRequested,
            "!input1.CardPayment && !input1.BankTransfer && !input1.VirtualAccount && !input1.RecurringCard && !input1.EasyPay"
            + " && !input1.IdentityVerification && !input1.MobileMicropayment && !input1.OverseasCards"),
        (Decisions.PartnerBenefits,
            "input1.CardPayment || input1.BankTransfer || input1.VirtualAccount || (input1.RecurringCard && !input1.RecurringPaymentWindow)"
            + " || (input1.EasyPay && !input1.Hub && (input1.BrandCount == 0 || input1.KakaoPay || input1.NaverPay)) || input1.IdentityVerification"),
        (Decisions.DanalPhoneVerificationDiffers, "input1.IdentityVerification"),
    ];

    private readonly MsRulesEngine _engine;
    private readonly ResultWriter _writer;

    public RulesEngineContestant(CultureInfo culture)
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = Table.Select(row => new Rule
            {
                RuleName = row.Decision.ToString(),
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = row.Expression,
            }).ToArray(),
        };
        _engine = new MsRulesEngine([workflow], new ReSettings());
        _writer = new ResultWriter(culture);
    }

    public RecommendationResult Recommend(MerchantRequirements requirements)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, FlatInput.From(requirements)).AsTask().GetAwaiter().GetResult();
        var decisions = Decisions.None;
        for (var i = 0; i < results.Count; i++)
        {
            if (!string.IsNullOrEmpty(results[i].ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule {results[i].Rule.RuleName} failed: {results[i].ExceptionMessage}");
            }

            if (results[i].IsSuccess)
            {
                decisions |= Table[i].Decision;
            }
        }

        return _writer.Write(requirements, decisions);
    }

    /// <summary>The requirements as the flat record that the workflow's expressions read.</summary>
    public sealed class FlatInput
    {
        public bool CardPayment { get; init; }

        public bool BankTransfer { get; init; }

        public bool VirtualAccount { get; init; }

        public bool RecurringCard { get; init; }

        public bool RecurringPaymentWindow { get; init; }

        public bool EasyPay { get; init; }

        public bool Hub { get; init; }

        public int BrandCount { get; init; }

        public bool KakaoPay { get; init; }

        public bool NaverPay { get; init; }

        public bool TossPay { get; init; }

        public bool Payco { get; init; }

        public bool SamsungPay { get; init; }

        public bool ApplePay { get; init; }

        public bool IdentityVerification { get; init; }

        public bool MobileMicropayment { get; init; }

        public bool MobileRecurring { get; init; }

        public bool OverseasCards { get; init; }

        public static FlatInput From(MerchantRequirements r)
        {
            var brands = ResultWriter.BrandMask(r);
            return new FlatInput
            {
                CardPayment = r.CardPayment,
                BankTransfer = r.BankTransfer,
                VirtualAccount = r.VirtualAccount,
                RecurringCard = r.RecurringCard is not null,
                RecurringPaymentWindow = r.RecurringCard?.Issuance == BillingKeyIssuance.PaymentWindow,
                EasyPay = r.EasyPay is not null,
                Hub = r.EasyPay?.Integration == EasyPayIntegration.Hub,
                BrandCount = r.EasyPay?.Brands.Count ?? 0,
                KakaoPay = Has(brands, EasyPayBrand.KakaoPay),
                NaverPay = Has(brands, EasyPayBrand.NaverPay),
                TossPay = Has(brands, EasyPayBrand.TossPay),
                Payco = Has(brands, EasyPayBrand.Payco),
                SamsungPay = Has(brands, EasyPayBrand.SamsungPay),
                ApplePay = Has(brands, EasyPayBrand.ApplePay),
                IdentityVerification = r.IdentityVerification is not null,
                MobileMicropayment = r.MobileMicropayment is not null,
                MobileRecurring = r.MobileMicropayment?.Recurring == true,
                OverseasCards = r.OverseasCards,
            };
        }

        private static bool Has(int mask, EasyPayBrand brand) => (mask & (1 << (int)brand)) != 0;
    }
}
