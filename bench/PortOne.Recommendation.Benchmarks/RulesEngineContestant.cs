using System;
using System.Linq;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Localization;
using RulesEngine.Models;
using MsRulesEngine = RulesEngine.RulesEngine;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// Microsoft RulesEngine running the engine's decisions as two workflows, one rule per decision, each an expression
/// over a flat input record, evaluated with <c>ExecuteAllRulesAsync</c> and the engine's default settings. The entry
/// workflow reads the requirements and the call's <see cref="CallFacts"/> (the library's catalog lookups, the same as
/// the floor's) and decides the entries and the advisories that do not depend on the plan; <see cref="ResultWriter"/>
/// makes the entries and runs the library's <c>ContractPlanner</c> on them; the plan workflow reads a summary of the
/// plan and decides the partner benefits and the plan advisories. Like the engine, which decides in rules and plans in
/// a rule that calls the same planner.
/// </summary>
internal sealed class RulesEngineContestant
{
    private const string EntryWorkflow = "Entries";
    private const string PlanWorkflow = "Plan";

    private const string Recurring = "(input1.RecurringCard || input1.MobileRecurring || (input1.OverseasCards && input1.RecurringOverseas))";
    private const string OverseasDomesticOneTime = "(input1.OverseasCards && !input1.RecurringOverseas && !input1.BusinessAbroad)";
    private const string OverseasAbroad = "(input1.OverseasCards && input1.BusinessAbroad)";
    private const string DirectEasyPay = "(input1.EasyPay && !input1.Hub)";
    private const string PackageEasyPay = "(" + DirectEasyPay + " && (input1.BrandCount == 0 || input1.PackageBrandCount > 0))";
    private const string CardGeneral = "(input1.CardPayment || input1.BankTransfer || input1.VirtualAccount)";
    private const string RecurringApi = "(input1.RecurringCard && !input1.RecurringPaymentWindow)";
    private const string Nothing = "!input1.CardPayment && !input1.BankTransfer && !input1.VirtualAccount && !input1.RecurringCard && !input1.EasyPay"
        + " && !input1.IdentityVerification && !input1.MobileMicropayment && !input1.OverseasCards";

    /// <summary>The entry workflow: each rule's name is the <see cref="Decisions"/> flag it decides.</summary>
    private static readonly (Decisions Decision, string Expression)[] EntryTable =
    [
        (Decisions.CardPayment, "input1.CardPayment"),
        (Decisions.BankTransferIncluded, "input1.BankTransfer"),
        (Decisions.VirtualAccountIncluded, "input1.VirtualAccount"),
        (Decisions.RecurringCardApi, RecurringApi),
        (Decisions.RecurringCardPaymentWindow, "input1.RecurringCard && input1.RecurringPaymentWindow"),
        (Decisions.EasyPayAnyBrand, DirectEasyPay + " && input1.BrandCount == 0"),
        (Decisions.EasyPayPackageBrands, DirectEasyPay + " && input1.PackageBrandCount > 0"),
        (Decisions.EasyPayOtherBrands, DirectEasyPay + " && input1.OtherBrandCount > 0"),
        (Decisions.EasyPayHub, "input1.EasyPay && input1.Hub"),
        (Decisions.IdentityVerification, "input1.IdentityVerification"),
        (Decisions.MobileMicropayment, "input1.MobileMicropayment && !input1.MobileRecurring"),
        (Decisions.MobileMicropaymentRecurring, "input1.MobileMicropayment && input1.MobileRecurring"),
        (Decisions.OverseasCards, OverseasDomesticOneTime),
        (Decisions.OverseasCardsRecurring, "input1.OverseasCards && input1.RecurringOverseas && !input1.BusinessAbroad"),
        (Decisions.OverseasCardsBusinessAbroad, OverseasAbroad),
        (DecisionFlags.ExistingContract(PaymentService.CardPayment), "input1.ExistingCardPayment > 0"),
        (DecisionFlags.ExistingContract(PaymentService.BankTransfer), "input1.ExistingBankTransfer > 0"),
        (DecisionFlags.ExistingContract(PaymentService.VirtualAccount), "input1.ExistingVirtualAccount > 0"),
        (DecisionFlags.ExistingContract(PaymentService.RecurringCardPayment), "input1.ExistingRecurringCard > 0"),
        (DecisionFlags.ExistingContract(PaymentService.EasyPay), "input1.ExistingEasyPay > 0"),
        (DecisionFlags.ExistingContract(PaymentService.IdentityVerification), "input1.ExistingIdentityVerification > 0"),
        (DecisionFlags.ExistingContract(PaymentService.MobileMicropayment), "input1.ExistingMobileMicropayment > 0"),
        (DecisionFlags.ExistingContract(PaymentService.MobileMicropaymentRecurring), "input1.ExistingMobileRecurring > 0"),
        (DecisionFlags.ExistingContract(PaymentService.OverseasCardPayment), "input1.ExistingOverseasCards > 0"),
        (Decisions.AgeCheckUsesBirthDate, "input1.IdentityVerification && input1.AgeRestriction"),
        (Decisions.BillingKeyTiedToIssuingPg, Recurring),
        (Decisions.EscrowForCashPayments, "input1.BankTransfer || input1.VirtualAccount"),
        (Decisions.GeneralPaymentCoversTransferAndVirtualAccount, "input1.BankTransfer || input1.VirtualAccount"),
        (Decisions.DanalPhoneVerificationDiffers, "input1.IdentityVerification && (input1.IdentityPackageNamesDanal || input1.IdentityExistingNamesDanal)"),
        (Decisions.NothingRequested, Nothing),
        (Decisions.NoKnownProvider,
            "(input1.RecurringCard && input1.RecurringPaymentWindow && input1.PaymentWindowCandidates == 0)"
            + " || (input1.EasyPay && input1.Hub && input1.HubCandidates == 0)"
            + " || (" + DirectEasyPay + " && input1.MissingOtherBrandCount > 0)"
            + " || (input1.MobileMicropayment && !input1.MobileRecurring && input1.MobileCandidates == 0)"
            + " || (input1.MobileMicropayment && input1.MobileRecurring && input1.MobileRecurringCandidates == 0)"
            + " || (input1.OverseasCards && input1.OverseasCandidates == 0)"),
        (Decisions.PackageProviderUnavailableOnApiVersion,
            "input1.ApiVersionGiven && ((" + CardGeneral + " && input1.CardGeneralUnavailable) || (" + RecurringApi + " && input1.CardRecurringUnavailable)"
            + " || (" + PackageEasyPay + " && input1.EasyPayUnavailable) || (input1.IdentityVerification && input1.IdentityUnavailable))"),
        (Decisions.ExistingContractUnavailableOnApiVersion, "input1.ApiVersionGiven && input1.ExistingUnavailableCount > 0"),
        (Decisions.EasyPayOnlyThroughPg, DirectEasyPay + " && input1.ThroughPgBrandCount > 0"),
        (Decisions.MobileBillingFixedAmount, "input1.MobileMicropayment && input1.MobileRecurring"),
        (Decisions.RecurringEasyPayAvailable, "input1.RecurringCard && input1.EasyPay && input1.RecurringEasyPayProviders > 0"),
        (Decisions.OverseasPgsAlsoAvailable, OverseasDomesticOneTime + " && input1.OverseasPgCandidates > 0"),
        (Decisions.PayPalForeignBuyersOnly, "input1.OverseasCards && input1.OverseasNamesPayPal"),
        (Decisions.PaymentwallAdmissionCriteria, "input1.OverseasCards && input1.OverseasNamesPaymentwall"),
        (Decisions.OverseasPgKoreanBusinessesOnly, OverseasAbroad + " && input1.AbroadExcludedCount > 0"),
        (Decisions.OverseasPgBusinessConditionUnstated, OverseasAbroad + " && input1.AbroadUnstatedCount > 0"),
        (Decisions.BusinessAbroadDomesticServicesUnconfirmed, "input1.BusinessAbroad && input1.OtherThanOverseas"),
        (Decisions.KgFinancialCardAndMobileOnly, "input1.ExistingKgFinancialOffV2 && (input1.BankTransfer || input1.VirtualAccount || (input1.EasyPay && input1.Hub))"),
    ];

    /// <summary>The plan workflow.</summary>
    private static readonly (Decisions Decision, string Expression)[] PlanTable =
    [
        (Decisions.PartnerBenefits, "input1.NewPackageContracts > 0"),
        (Decisions.ExistingContractExtended, "input1.ExistingContractsUsed > 0"),
        (Decisions.InicisHubEasyPayNotForRecurring, "input1.HubEasyPay && input1.Recurring && input1.EasyPayFromInicis"),
        (Decisions.RecurringCertificateOnPc, "input1.RecurringPaymentWindow && input1.CertificateOnPcForRecurringPg"),
        (Decisions.OverseasCardsClosedToContent, "input1.OverseasCards && input1.ContentClosedForOverseasPg"),
        (Decisions.BrokeragePlatformsHardToOnboard, "input1.RecurringCard && input1.BrokerageForRecurringPg"),
        (Decisions.ApiBillingKeyNeedsPriorContract, "input1.RecurringApi && input1.PriorContractForRecurringPg"),
        (Decisions.PaymentwallTestPaymentsAreReal, "input1.OverseasCards && input1.TestPaymentsRealForOverseasPg"),
        (Decisions.NaverPayNeedsPgSalesFirst, "input1.NewContractsNeedingPgSales > 0"),
    ];

    private readonly MsRulesEngine _engine;
    private readonly ResultWriter _writer;
    private readonly Func<CallFacts, ContractPlan, Decisions> _decidePlanned;

    public RulesEngineContestant(TextLanguage language)
    {
        _engine = new MsRulesEngine([Workflow(EntryWorkflow, EntryTable), Workflow(PlanWorkflow, PlanTable)], new ReSettings());
        _writer = new ResultWriter(language);
        _decidePlanned = (call, plan) => Execute(PlanWorkflow, PlanTable, PlanInput.From(call, plan));
    }

    public RecommendationResult Recommend(MerchantRequirements requirements)
    {
        var call = _writer.Tables.Gather(requirements);
        var decisions = Execute(EntryWorkflow, EntryTable, FlatInput.From(call));
        return _writer.Write(call, decisions, _decidePlanned);
    }

    private static Workflow Workflow(string name, (Decisions Decision, string Expression)[] table) => new()
    {
        WorkflowName = name,
        Rules = table.Select(row => new Rule
        {
            RuleName = row.Decision.ToString(),
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = row.Expression,
        }).ToArray(),
    };

    private Decisions Execute(string workflow, (Decisions Decision, string Expression)[] table, object input)
    {
        var results = _engine.ExecuteAllRulesAsync(workflow, input).AsTask().GetAwaiter().GetResult();
        var decisions = Decisions.None;
        for (var i = 0; i < results.Count; i++)
        {
            if (!string.IsNullOrEmpty(results[i].ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule {results[i].Rule.RuleName} failed: {results[i].ExceptionMessage}");
            }

            if (results[i].IsSuccess)
            {
                decisions |= table[i].Decision;
            }
        }

        return decisions;
    }

    /// <summary>The requirements and the call's facts as the flat record that the entry workflow's expressions read.</summary>
    public sealed class FlatInput
    {
        public bool CardPayment { get; init; }

        public bool BankTransfer { get; init; }

        public bool VirtualAccount { get; init; }

        public bool RecurringCard { get; init; }

        public bool RecurringPaymentWindow { get; init; }

        public bool EasyPay { get; init; }

        public bool Hub { get; init; }

        public bool ExistingKgFinancialOffV2 { get; init; }

        public int BrandCount { get; init; }

        public int PackageBrandCount { get; init; }

        public int OtherBrandCount { get; init; }

        public int MissingOtherBrandCount { get; init; }

        public int ThroughPgBrandCount { get; init; }

        public bool IdentityVerification { get; init; }

        public bool AgeRestriction { get; init; }

        public bool MobileMicropayment { get; init; }

        public bool MobileRecurring { get; init; }

        public bool OverseasCards { get; init; }

        public bool RecurringOverseas { get; init; }

        public bool BusinessAbroad { get; init; }

        public bool OtherThanOverseas { get; init; }

        public int OverseasPgCandidates { get; init; }

        public bool OverseasNamesPayPal { get; init; }

        public bool OverseasNamesPaymentwall { get; init; }

        public int AbroadExcludedCount { get; init; }

        public int AbroadUnstatedCount { get; init; }

        public bool ApiVersionGiven { get; init; }

        public int PaymentWindowCandidates { get; init; }

        public int HubCandidates { get; init; }

        public int MobileCandidates { get; init; }

        public int MobileRecurringCandidates { get; init; }

        public int OverseasCandidates { get; init; }

        public bool IdentityPackageNamesDanal { get; init; }

        public bool IdentityExistingNamesDanal { get; init; }

        public bool CardGeneralUnavailable { get; init; }

        public bool CardRecurringUnavailable { get; init; }

        public bool EasyPayUnavailable { get; init; }

        public bool IdentityUnavailable { get; init; }

        public int ExistingCardPayment { get; init; }

        public int ExistingBankTransfer { get; init; }

        public int ExistingVirtualAccount { get; init; }

        public int ExistingRecurringCard { get; init; }

        public int ExistingEasyPay { get; init; }

        public int ExistingIdentityVerification { get; init; }

        public int ExistingMobileMicropayment { get; init; }

        public int ExistingMobileRecurring { get; init; }

        public int ExistingOverseasCards { get; init; }

        public int ExistingUnavailableCount { get; init; }

        public int RecurringEasyPayProviders { get; init; }

        internal static FlatInput From(CallFacts call)
        {
            var r = call.Requirements;
            var view = call.View;
            var abroad = r.OverseasCards && r.BusinessRegisteredAbroad ? call.OverseasPgsAbroad() : default;
            var overseasNamed = call.OverseasNamed;
            return new()
            {
                CardPayment = r.CardPayment,
                BankTransfer = r.BankTransfer,
                VirtualAccount = r.VirtualAccount,
                RecurringCard = r.RecurringCard is not null,
                RecurringPaymentWindow = r.RecurringCard == BillingKeyIssuance.PaymentWindow,
                EasyPay = r.EasyPay is not null,
                Hub = r.EasyPay == EasyPayIntegration.Hub,
                BrandCount = r.EasyPayBrands.Count,
                PackageBrandCount = call.PackageBrands.Count,
                OtherBrandCount = call.OtherBrands.Count,
                MissingOtherBrandCount = call.MissingOtherBrands.Count,
                ThroughPgBrandCount = call.ThroughPgBrands.Count,
                IdentityVerification = r.IdentityVerification is not null,
                AgeRestriction = r.IdentityVerification == VerificationPurpose.AgeRestriction,
                MobileMicropayment = r.MobileMicropaymentRecurring is not null,
                MobileRecurring = r.MobileMicropaymentRecurring == true,
                OverseasCards = r.OverseasCards,
                RecurringOverseas = r.RecurringOverseasCards,
                BusinessAbroad = r.BusinessRegisteredAbroad,
                OtherThanOverseas = call.AnyOtherThanOverseas,
                ExistingKgFinancialOffV2 = r.ExistingContracts.Contains(PaymentProvider.KgFinancial) && r.ApiVersion != PortOneApiVersion.V2,
                OverseasPgCandidates = call.Candidates(ProviderCapability.OverseasPgCards).Count,
                OverseasNamesPayPal = overseasNamed.Contains(PaymentProvider.PayPal),
                OverseasNamesPaymentwall = overseasNamed.Contains(PaymentProvider.Paymentwall),
                AbroadExcludedCount = abroad.Excluded.Count,
                AbroadUnstatedCount = abroad.Unstated.Count,
                ApiVersionGiven = r.ApiVersion is not null,
                PaymentWindowCandidates = call.Candidates(ProviderCapability.RecurringCardPaymentWindow).Count,
                HubCandidates = call.Candidates(ProviderCapability.HubEasyPay, r.EasyPayBrands).Count,
                MobileCandidates = call.Candidates(ProviderCapability.MobileMicropayment).Count,
                MobileRecurringCandidates = call.Candidates(ProviderCapability.RecurringMobileMicropayment).Count,
                OverseasCandidates = call.Candidates(call.OverseasCapability).Count,
                IdentityPackageNamesDanal = ProviderSet.Of(view.Providers(PackageItem.IdentityVerification)).Contains(PaymentProvider.Danal),
                IdentityExistingNamesDanal = call.ExistingProviders(PaymentService.IdentityVerification).Contains(PaymentProvider.Danal),
                CardGeneralUnavailable = view.UnavailableProviders(PackageItem.CardGeneral).Count > 0,
                CardRecurringUnavailable = view.UnavailableProviders(PackageItem.CardRecurring).Count > 0,
                EasyPayUnavailable = view.UnavailableProviders(PackageItem.EasyPay).Count > 0,
                IdentityUnavailable = view.UnavailableProviders(PackageItem.IdentityVerification).Count > 0,
                ExistingCardPayment = call.ExistingProviders(PaymentService.CardPayment).Count,
                ExistingBankTransfer = call.ExistingProviders(PaymentService.BankTransfer).Count,
                ExistingVirtualAccount = call.ExistingProviders(PaymentService.VirtualAccount).Count,
                ExistingRecurringCard = call.ExistingProviders(PaymentService.RecurringCardPayment).Count,
                ExistingEasyPay = call.ExistingProviders(PaymentService.EasyPay).Count,
                ExistingIdentityVerification = call.ExistingProviders(PaymentService.IdentityVerification).Count,
                ExistingMobileMicropayment = call.ExistingProviders(PaymentService.MobileMicropayment).Count,
                ExistingMobileRecurring = call.ExistingProviders(PaymentService.MobileMicropaymentRecurring).Count,
                ExistingOverseasCards = call.ExistingProviders(PaymentService.OverseasCardPayment).Count,
                ExistingUnavailableCount = call.ExistingUnavailable.Count,
                RecurringEasyPayProviders = call.RecurringEasyPay.Providers.Count,
            };
        }
    }

    /// <summary>The contract plan, summed up for the plan workflow.</summary>
    public sealed class PlanInput
    {
        public int NewPackageContracts { get; init; }

        public int ExistingContractsUsed { get; init; }

        public bool EasyPayFromInicis { get; init; }

        public bool HubEasyPay { get; init; }

        public bool Recurring { get; init; }

        public bool RecurringCard { get; init; }

        public bool RecurringPaymentWindow { get; init; }

        public bool RecurringApi { get; init; }

        public bool OverseasCards { get; init; }

        public bool CertificateOnPcForRecurringPg { get; init; }

        public bool ContentClosedForOverseasPg { get; init; }

        public bool BrokerageForRecurringPg { get; init; }

        public bool PriorContractForRecurringPg { get; init; }

        public bool TestPaymentsRealForOverseasPg { get; init; }

        public int NewContractsNeedingPgSales { get; init; }

        internal static PlanInput From(CallFacts call, ContractPlan plan)
        {
            var newPackage = 0;
            var existing = 0;
            var needingPgSales = 0;
            PaymentProvider? easyPay = null;
            PaymentProvider? recurringCard = null;
            PaymentProvider? overseasCards = null;
            foreach (var contract in plan.Contracts)
            {
                existing += contract.IsExisting ? 1 : 0;
                needingPgSales += !contract.IsExisting && call.Context.AdvisoryConcerns(AdvisoryCode.NaverPayNeedsPgSalesFirst, contract.Provider) ? 1 : 0;
                foreach (var route in contract.Routes)
                {
                    newPackage += !contract.IsExisting && route.Path == ApplicationPath.RecommendedPackage ? 1 : 0;
                    easyPay ??= route.Service == PaymentService.EasyPay ? contract.Provider : null;
                    recurringCard ??= route.Service == PaymentService.RecurringCardPayment ? contract.Provider : null;
                    overseasCards ??= route.Service == PaymentService.OverseasCardPayment ? contract.Provider : null;
                }
            }

            var r = call.Requirements;
            var context = call.Context;
            return new()
            {
                NewPackageContracts = newPackage,
                ExistingContractsUsed = existing,
                EasyPayFromInicis = easyPay == PaymentProvider.KgInicis,
                HubEasyPay = r.EasyPay == EasyPayIntegration.Hub,
                Recurring = r.RecurringCard is not null || r.MobileMicropaymentRecurring == true,
                RecurringCard = r.RecurringCard is not null,
                RecurringPaymentWindow = r.RecurringCard == BillingKeyIssuance.PaymentWindow,
                RecurringApi = r.RecurringCard == BillingKeyIssuance.Api,
                OverseasCards = r.OverseasCards,
                CertificateOnPcForRecurringPg = context.AdvisoryConcerns(AdvisoryCode.RecurringCertificateOnPc, recurringCard),
                ContentClosedForOverseasPg = context.AdvisoryConcerns(AdvisoryCode.OverseasCardsClosedToContent, overseasCards),
                BrokerageForRecurringPg = context.AdvisoryConcerns(AdvisoryCode.BrokeragePlatformsHardToOnboard, recurringCard),
                PriorContractForRecurringPg = context.AdvisoryConcerns(AdvisoryCode.ApiBillingKeyNeedsPriorContract, recurringCard),
                TestPaymentsRealForOverseasPg = context.AdvisoryConcerns(AdvisoryCode.PaymentwallTestPaymentsAreReal, overseasCards),
                NewContractsNeedingPgSales = needingPgSales,
            };
        }
    }
}
