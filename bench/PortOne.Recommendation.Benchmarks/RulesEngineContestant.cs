using System;
using System.Globalization;
using System.Linq;
using RulesEngine.Models;
using MsRulesEngine = RulesEngine.RulesEngine;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Microsoft RulesEngine running the engine's decisions as a workflow: one rule per decision, each an expression over
/// a flat input record, evaluated with <c>ExecuteAllRulesAsync</c> and the engine's default settings. The record holds
/// the requirements and the call's <see cref="CallFacts"/> (catalog lookups and the contract plan, from the same
/// plain-C# helpers as the floor); the workflow decides which entries and advisories apply. The successful rules
/// become <see cref="Decisions"/>, which <see cref="ResultWriter"/> writes like the floor does.
/// </summary>
public sealed class RulesEngineContestant
{
    private const string WorkflowName = "Recommendation";

    private const string Recurring = "(input1.RecurringCard || input1.MobileRecurring)";
    private const string PackageEasyPay = "(input1.EasyPay && !input1.Hub && (input1.BrandCount == 0 || input1.PackageBrandCount > 0))";
    private const string CardGeneral = "(input1.CardPayment || input1.BankTransfer || input1.VirtualAccount)";
    private const string RecurringApi = "(input1.RecurringCard && !input1.RecurringPaymentWindow)";

    /// <summary>The workflow: each rule's name is the <see cref="Decisions"/> flag it decides.</summary>
    private static readonly (Decisions Decision, string Expression)[] Table =
    [
        (Decisions.AgeCheckUsesBirthDate, "input1.IdentityVerification && input1.AgeRestriction"),
        (Decisions.BillingKeyTiedToIssuingPg, Recurring),
        (Decisions.EscrowForCashPayments, "input1.BankTransfer || input1.VirtualAccount"),
        (Decisions.GeneralPaymentCoversTransferAndVirtualAccount, "input1.BankTransfer || input1.VirtualAccount"),
        (Decisions.CardPayment, "input1.CardPayment"),
        (Decisions.IdentityVerification, "input1.IdentityVerification"),
        (Decisions.BankTransferIncluded, "input1.BankTransfer"),
        (Decisions.VirtualAccountIncluded, "input1.VirtualAccount"),
        (Decisions.EasyPayAnyBrand, "input1.EasyPay && !input1.Hub && input1.BrandCount == 0"),
        (Decisions.EasyPayPackageBrands, "input1.EasyPay && !input1.Hub && input1.PackageBrandCount > 0"),
        (Decisions.RecurringCardApi, RecurringApi),
        (Decisions.NothingRequested,
            "!input1.CardPayment && !input1.BankTransfer && !input1.VirtualAccount && !input1.RecurringCard && !input1.EasyPay"
            + " && !input1.IdentityVerification && !input1.MobileMicropayment && !input1.OverseasCards"),
        (Decisions.PartnerBenefits, CardGeneral + " || " + RecurringApi + " || " + PackageEasyPay + " || input1.IdentityVerification"),
        (Decisions.DanalPhoneVerificationDiffers, "input1.IdentityVerification && input1.IdentityPackageNamesDanal"),
        (Decisions.RecurringCardPaymentWindow, "input1.RecurringCard && input1.RecurringPaymentWindow"),
        (Decisions.EasyPayOtherBrands, "input1.EasyPay && !input1.Hub && input1.OtherBrandCount > 0"),
        (Decisions.EasyPayHub, "input1.EasyPay && input1.Hub"),
        (Decisions.MobileMicropayment, "input1.MobileMicropayment && !input1.MobileRecurring"),
        (Decisions.MobileMicropaymentRecurring, "input1.MobileMicropayment && input1.MobileRecurring"),
        (Decisions.OverseasCards, "input1.OverseasCards"),
        (Decisions.InicisHubEasyPayNotForRecurring, "input1.EasyPay && input1.Hub && input1.HubCandidatesIncludeInicis && " + Recurring),
        (Decisions.NoKnownProvider, "input1.AnyNeedUncovered"),
        (Decisions.PackageProviderUnavailableOnApiVersion,
            "input1.ApiVersionGiven && ((" + CardGeneral + " && input1.CardGeneralUnavailable) || (" + RecurringApi + " && input1.CardRecurringUnavailable)"
            + " || (" + PackageEasyPay + " && input1.EasyPayUnavailable) || (input1.IdentityVerification && input1.IdentityUnavailable))"),
        (Decisions.ContractPlan, "input1.NeedCount > 0"),
        (Decisions.ExistingContractExtended, "input1.PlanUsesExistingContract"),
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
        var facts = _writer.Catalog.Gather(requirements);
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, FlatInput.From(requirements, facts)).AsTask().GetAwaiter().GetResult();
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

        return _writer.Write(requirements, facts, decisions);
    }

    /// <summary>The requirements and the call's facts as the flat record that the workflow's expressions read.</summary>
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

        public int PackageBrandCount { get; init; }

        public int OtherBrandCount { get; init; }

        public bool IdentityVerification { get; init; }

        public bool AgeRestriction { get; init; }

        public bool MobileMicropayment { get; init; }

        public bool MobileRecurring { get; init; }

        public bool OverseasCards { get; init; }

        public bool ApiVersionGiven { get; init; }

        public int NeedCount { get; init; }

        public bool HubCandidatesIncludeInicis { get; init; }

        public bool AnyNeedUncovered { get; init; }

        public bool PlanUsesExistingContract { get; init; }

        public bool IdentityPackageNamesDanal { get; init; }

        public bool CardGeneralUnavailable { get; init; }

        public bool CardRecurringUnavailable { get; init; }

        public bool EasyPayUnavailable { get; init; }

        public bool IdentityUnavailable { get; init; }

        internal static FlatInput From(MerchantRequirements r, CallFacts facts) => new()
        {
            CardPayment = r.CardPayment,
            BankTransfer = r.BankTransfer,
            VirtualAccount = r.VirtualAccount,
            RecurringCard = r.RecurringCard is not null,
            RecurringPaymentWindow = r.RecurringCard?.Issuance == BillingKeyIssuance.PaymentWindow,
            EasyPay = r.EasyPay is not null,
            Hub = r.EasyPay?.Integration == EasyPayIntegration.Hub,
            BrandCount = facts.Brands.Count,
            PackageBrandCount = facts.PackageBrands.Count,
            OtherBrandCount = facts.OtherBrands.Count,
            IdentityVerification = r.IdentityVerification is not null,
            AgeRestriction = r.IdentityVerification?.Purpose == VerificationPurpose.AgeRestriction,
            MobileMicropayment = r.MobileMicropayment is not null,
            MobileRecurring = r.MobileMicropayment?.Recurring == true,
            OverseasCards = r.OverseasCards,
            ApiVersionGiven = r.ApiVersion is not null,
            NeedCount = facts.Coverage.Count,
            HubCandidatesIncludeInicis = facts.HubCandidatesIncludeInicis,
            AnyNeedUncovered = facts.AnyNeedUncovered,
            PlanUsesExistingContract = facts.PlanUsesExistingContract,
            IdentityPackageNamesDanal = facts.IdentityPackageNamesDanal,
            CardGeneralUnavailable = facts.IsUnavailable(PackageItem.CardGeneral),
            CardRecurringUnavailable = facts.IsUnavailable(PackageItem.CardRecurring),
            EasyPayUnavailable = facts.IsUnavailable(PackageItem.EasyPay),
            IdentityUnavailable = facts.IsUnavailable(PackageItem.IdentityVerification),
        };
    }
}
