using System;
using System.Collections.Generic;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;
using PortOne.Recommendation.Internal;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation;

/// <summary>
/// Builds the caller's result from the output facts that the rules left in working memory: it checks them, orders them
/// as the contract says and writes their texts in the call's language. It decides nothing. Outputs are few, so it sorts
/// them by insertion, without LINQ, to keep a call's allocations low.
/// </summary>
internal static class ResultAssembler
{
    public static RecommendationResult Assemble(
        EngineSession session,
        TextCache texts,
        TextLanguage language,
        PackageEdition edition,
        bool onboarding = false)
    {
        var call = session.Call;
        var emitted = call.Outputs;
        var recorded = session.Recorder.Outputs;
        var recommendations = new List<Ranked<RecommendationFact>>(recorded.Count + emitted.Entries.Count);
        var advisories = new List<Ranked<AdvisoryFact>>(recorded.Count + emitted.Advisories.Count);
        var benefits = new List<BenefitCode>(4);
        var explanation = call.Explanation;
        List<Ranked<ProviderReasonFact>>? reasons = null;
        var order = 0;

        // What the caller's rules left in working memory (when there are such rules), then what the rules emitted.
        for (var i = 0; i < recorded.Count; i++)
        {
            Add(recorded[i].Fact, recorded[i].RuleName, order++);
        }

        foreach (var entry in emitted.Entries)
        {
            Add(entry.Value, entry.RuleName, order++);
        }

        foreach (var advisory in emitted.Advisories)
        {
            Add(advisory.Value, advisory.RuleName, order++);
        }

        foreach (var benefit in emitted.Benefits)
        {
            Add(new BenefitFact(benefit.Value), benefit.RuleName, order++);
        }

        foreach (var reason in emitted.Reasons)
        {
            Add(reason.Value, reason.RuleName, order++);
        }

        var plan = session.HasPlan ? session.Plan.Plan : ContractPlan.Empty;
        var entries = new ServiceRecommendation[recommendations.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ToRecommendation(recommendations[i].Fact, recommendations[i].RuleName, texts, language);
        }

        return new RecommendationResult(
            ValueList<ServiceRecommendation>.Own(entries),
            ToAdvisories(advisories, texts, language),
            ToBenefits(benefits, texts, language),
            ValueList<string>.From(session.Recorder.FiredRules)!)
        {
            ContractPlan = plan,
            Onboarding = !onboarding ? null
                : !session.HasPlan ? OnboardingPlan.Empty
                : OnboardingAssembler.Build(plan, call.Context.Requirements, call.Context.Catalog, texts, language),
            Edition = edition,
            Language = language == TextLanguage.English ? "en" : "ko",
            Explanation = explanation is null ? null : Explain(explanation, recommendations, plan, reasons, texts, language),
        };

        void Add(object output, string ruleName, int rank)
        {
            switch (output)
            {
                case RecommendationFact recommendation:
                    Check(recommendation, ruleName);
                    Insert(recommendations, new(recommendation, ruleName, rank), CompareRecommendations);
                    break;
                case AdvisoryFact advisory:
                    CheckDefined(advisory.Code, ruleName, "an advisory");
                    if (advisory.Service is { } service)
                    {
                        CheckDefined(service, ruleName, "an advisory");
                    }

                    Insert(advisories, new(advisory, ruleName, rank), CompareAdvisories);
                    break;
                case BenefitFact benefit:
                    CheckDefined(benefit.Code, ruleName, "a benefit");
                    if (!benefits.Contains(benefit.Code))
                    {
                        Insert(benefits, benefit.Code, (x, y) => ((int)x).CompareTo((int)y));
                    }

                    break;
                case ProviderReasonFact reason when explanation is not null:
                    CheckDefined(reason.Service, ruleName, "a reason");
                    CheckDefined(reason.Provider, ruleName, "a reason");
                    CheckDefined(reason.Code, ruleName, "a reason");
                    (reasons ??= new List<Ranked<ProviderReasonFact>>(64)).Add(new(reason, ruleName, rank));
                    break;
            }
        }
    }

    /// <summary>Every provider's standing for every requested service: named by which entries, planned or not, with
    /// the reasons the rules gave, blocking ones first.</summary>
    private static RecommendationExplanation Explain(
        ExplanationRequestFact request,
        List<Ranked<RecommendationFact>> entries,
        ContractPlan plan,
        List<Ranked<ProviderReasonFact>>? reasons,
        TextCache texts,
        TextLanguage language)
    {
        reasons?.Sort(CompareReasons);
        var providers = EnumValues<PaymentProvider>.All;

        // The reasons of each service and provider, in their sorted order: a linked list through indexes into the
        // sorted reasons, so each standing reads its own and not every reason of the answer.
        var serviceCount = EnumValues<PaymentService>.All.Length;
        var first = new int[serviceCount * providers.Length];
        var next = new int[reasons?.Count ?? 0];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = -1;
        }

        for (var i = next.Length - 1; i >= 0; i--)
        {
            var fact = reasons![i].Fact;
            var bucket = ((int)fact.Service * providers.Length) + (int)fact.Provider;
            next[i] = first[bucket];
            first[bucket] = i;
        }

        var services = new List<ServiceExplanation>(request.Services.Count);
        var namedBy = new List<ProviderNaming>(2);
        var given = new List<ExplanationReason>(4);
        foreach (var service in request.Services)
        {
            var standings = new ProviderExplanation[providers.Length];
            for (var p = 0; p < providers.Length; p++)
            {
                var provider = providers[p];
                namedBy.Clear();
                foreach (var entry in entries)
                {
                    if (entry.Fact.Service == service && Names(entry.Fact, provider))
                    {
                        var naming = new ProviderNaming(entry.Fact.Path, entry.RuleName);
                        if (!namedBy.Contains(naming))
                        {
                            namedBy.Add(naming);
                        }
                    }
                }

                given.Clear();
                for (var i = first[((int)service * providers.Length) + (int)provider]; i >= 0; i = next[i])
                {
                    var reason = reasons![i];
                    var explained = Written(request.Memo, reason.Fact, reason.RuleName, texts, language);
                    if (!given.Contains(explained))
                    {
                        given.Add(explained);
                    }
                }

                var standing = namedBy.Count == 0 ? ProviderStanding.NotNamed
                    : IsPlanned(plan, service, provider) ? ProviderStanding.Planned
                    : ProviderStanding.Named;
                standings[p] = new ProviderExplanation(
                    provider,
                    standing,
                    namedBy.Count == 0 ? ValueList<ProviderNaming>.Empty : ValueList<ProviderNaming>.Own([.. namedBy]),
                    given.Count == 0 ? ValueList<ExplanationReason>.Empty : ValueList<ExplanationReason>.Own([.. given]));
            }

            services.Add(new ServiceExplanation(service, ValueList<ProviderExplanation>.Own(standings)));
        }

        return new RecommendationExplanation(ValueList<ServiceExplanation>.Own([.. services]));
    }

    /// <summary>A reason as the result gives it, in the call's language; a built-in reason the session's memo holds is
    /// written once per language and rule.</summary>
    private static ExplanationReason Written(ReasonMemo memo, ProviderReasonFact fact, string ruleName, TextCache texts, TextLanguage language)
    {
        if (memo.TryGetWritten(fact, language, ruleName, out var written))
        {
            return written;
        }

        written = new ExplanationReason(fact.Code, fact.IsBlocking, Resolve(fact.Text, ruleName, texts, language), fact.Sources, ruleName);
        memo.AddWritten(fact, language, written);
        return written;
    }

    private static bool Names(RecommendationFact entry, PaymentProvider provider)
    {
        // Indexed loops over the read-only lists: foreach through the interface would allocate an enumerator each
        // time, and these run for every provider of every requested service.
        var providers = entry.Providers;
        for (var i = 0; i < providers.Count; i++)
        {
            if (providers[i] == provider)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlanned(ContractPlan plan, PaymentService service, PaymentProvider provider)
    {
        var contracts = plan.Contracts;
        for (var c = 0; c < contracts.Count; c++)
        {
            if (contracts[c].Provider == provider)
            {
                var services = contracts[c].Services;
                for (var s = 0; s < services.Count; s++)
                {
                    if (services[s] == service)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Blocking reasons first, then by code, then in the order the rules gave them.</summary>
    private static int CompareReasons(Ranked<ProviderReasonFact> x, Ranked<ProviderReasonFact> y)
    {
        var order = y.Fact.IsBlocking.CompareTo(x.Fact.IsBlocking);
        // Enums compared as their numbers: an enum's own CompareTo takes an object, and boxes on every comparison.
        order = order != 0 ? order : ((int)x.Fact.Code).CompareTo((int)y.Fact.Code);
        return order != 0 ? order : x.Order.CompareTo(y.Order);
    }

    /// <summary>By service, then path (package, existing contract, direct selection), then package item, then insertion.</summary>
    private static int CompareRecommendations(Ranked<RecommendationFact> x, Ranked<RecommendationFact> y)
    {
        var order = ((int)x.Fact.Service).CompareTo((int)y.Fact.Service);
        order = order != 0 ? order : PathRank(x.Fact.Path).CompareTo(PathRank(y.Fact.Path));
        order = order != 0 ? order : Nullable.Compare(x.Fact.PackageItem, y.Fact.PackageItem);
        return order != 0 ? order : x.Order.CompareTo(y.Order);
    }

    private static int PathRank(ApplicationPath path) => path switch
    {
        ApplicationPath.RecommendedPackage => 0,
        ApplicationPath.ExistingContract => 1,
        _ => 2,
    };

    /// <summary>By code, then service (none first), then insertion.</summary>
    private static int CompareAdvisories(Ranked<AdvisoryFact> x, Ranked<AdvisoryFact> y)
    {
        var order = ((int)x.Fact.Code).CompareTo((int)y.Fact.Code);
        order = order != 0 ? order : ServiceRank(x.Fact).CompareTo(ServiceRank(y.Fact));
        return order != 0 ? order : x.Order.CompareTo(y.Order);
    }

    private static int ServiceRank(AdvisoryFact fact) => fact.Service.HasValue ? (int)fact.Service.Value : -1;

    /// <summary>Inserts an item after every item that does not sort after it (a stable insertion sort).</summary>
    private static void Insert<T>(List<T> list, T item, Comparison<T> comparison)
    {
        var index = list.Count;
        while (index > 0 && comparison(list[index - 1], item) > 0)
        {
            index--;
        }

        list.Insert(index, item);
    }

    /// <summary>The first advisory of each built-in code, and every custom advisory with a message of its own.</summary>
    private static ValueList<Advisory> ToAdvisories(List<Ranked<AdvisoryFact>> advisories, TextCache texts, TextLanguage language)
    {
        var result = new List<Advisory>(advisories.Count);
        for (var i = 0; i < advisories.Count; i++)
        {
            var fact = advisories[i].Fact;
            if (fact.Code != AdvisoryCode.Custom && i > 0 && advisories[i - 1].Fact.Code == fact.Code)
            {
                continue;
            }

            var advisory = new Advisory(fact.Code, fact.Service, Resolve(fact.Message, advisories[i].RuleName, texts, language));
            if (fact.Code != AdvisoryCode.Custom || !result.Contains(advisory))
            {
                result.Add(advisory);
            }
        }

        return ValueList<Advisory>.Own([.. result]);
    }

    private static ValueList<PartnerBenefit> ToBenefits(List<BenefitCode> codes, TextCache texts, TextLanguage language)
    {
        var benefits = new PartnerBenefit[codes.Count];
        for (var i = 0; i < benefits.Length; i++)
        {
            benefits[i] = texts.Benefit(codes[i], language);
        }

        return ValueList<PartnerBenefit>.Own(benefits);
    }

    private static ServiceRecommendation ToRecommendation(RecommendationFact fact, string ruleName, TextCache texts, TextLanguage language)
    {
        var steps = new string[fact.Steps.Count + 1];
        steps[0] = texts.Resolve(ConsolePaths.FirstStep(fact.Path), language);
        for (var i = 0; i < fact.Steps.Count; i++)
        {
            steps[i + 1] = Resolve(fact.Steps[i], ruleName, texts, language);
        }

        return new ServiceRecommendation(
            fact.Service,
            SortedDistinct(fact.Providers),
            fact.Path,
            fact.PackageItem,
            ValueList<string>.Own(steps),
            Resolve(fact.Reason, ruleName, texts, language),
            ruleName);
    }

    /// <summary>The providers in <see cref="PaymentProvider"/> order, each once; the shared list itself when it already is.</summary>
    private static IReadOnlyList<PaymentProvider> SortedDistinct(IReadOnlyList<PaymentProvider> providers)
    {
        var sorted = true;
        for (var i = 1; i < providers.Count && sorted; i++)
        {
            sorted = providers[i - 1] < providers[i];
        }

        return sorted ? providers : ProviderSet.Of(providers).ToArray();
    }

    /// <summary>Checks what a rule of any origin could get wrong, so that the error names the rule.</summary>
    private static void Check(RecommendationFact fact, string ruleName)
    {
        CheckDefined(fact.Service, ruleName, "an entry");
        CheckDefined(fact.Path, ruleName, "an entry");
        if (fact.PackageItem is { } item)
        {
            CheckDefined(item, ruleName, "an entry");
        }

        if ((fact.Path == ApplicationPath.RecommendedPackage) != fact.PackageItem.HasValue)
        {
            throw Malformed(ruleName, $"an entry for {fact.Service} whose package item does not fit its path {fact.Path}");
        }

        foreach (var provider in fact.Providers)
        {
            CheckDefined(provider, ruleName, "an entry");
        }

        foreach (var step in fact.Steps)
        {
            if (step is null)
            {
                throw Malformed(ruleName, $"an entry for {fact.Service} with a missing step");
            }
        }
    }

    private static void CheckDefined<TEnum>(TEnum value, string ruleName, string what)
        where TEnum : struct, Enum
    {
        if (Array.IndexOf(EnumValues<TEnum>.All, value) < 0)
        {
            throw Malformed(ruleName, $"{what} with the undefined {typeof(TEnum).Name} value {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    private static string Resolve(LocalizableText? text, string ruleName, TextCache texts, TextLanguage language)
    {
        if (text is null)
        {
            throw Malformed(ruleName, "an output without text");
        }

        try
        {
            return texts.Resolve(text, language);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            throw new RecommendationRuleException(ruleName, $"The rule '{ruleName}' produced a text that cannot be written: {ex.Message}", ex);
        }
    }

    private static RecommendationRuleException Malformed(string ruleName, string what) =>
        new(ruleName, $"The rule '{ruleName}' produced {what}. No result was produced.", innerException: null);

    private readonly record struct Ranked<T>(T Fact, string RuleName, int Order);
}
