using System;
using System.Collections.Generic;
using NRules.RuleModel;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// Which of the facts of the caller's stage the caller's rules can match, worked out once from their conditions, so
/// that a call inserts only those: a rule that changes entries costs the entries' insertion, not the needs' and the
/// advisories' too. A rule whose condition names a base type (<see cref="RequirementFact"/>, <see cref="object"/>)
/// matches every fact of it.
/// </summary>
internal sealed class CallerFactKinds
{
    private readonly HashSet<Type> _matched = [];

    private CallerFactKinds()
    {
    }

    /// <summary>Gets the kinds when the caller registered no rules: none.</summary>
    public static CallerFactKinds None { get; } = new();

    /// <summary>Gets a value indicating whether the caller registered rules.</summary>
    public bool Any { get; private set; }

    public bool Needs { get; private set; }

    public bool Context { get; private set; }

    public bool ExplanationRequest { get; private set; }

    public bool Entries { get; private set; }

    public bool Advisories { get; private set; }

    /// <summary>Works the kinds out from the caller's rules.</summary>
    public static CallerFactKinds Of(IEnumerable<IRuleDefinition> callerRules)
    {
        var kinds = new CallerFactKinds { Any = true };
        foreach (var rule in callerRules)
        {
            kinds.Collect(rule.LeftHandSide);
        }

        kinds.Needs = kinds.Matches(typeof(GeneralPaymentNeed)) || kinds.Matches(typeof(RecurringCardNeed)) || kinds.Matches(typeof(EasyPayNeed))
            || kinds.Matches(typeof(IdentityVerificationNeed)) || kinds.Matches(typeof(MobileMicropaymentNeed)) || kinds.Matches(typeof(OverseasCardNeed));
        kinds.Context = kinds.Matches(typeof(MerchantContextFact));
        kinds.ExplanationRequest = kinds.Matches(typeof(ExplanationRequestFact));
        kinds.Entries = kinds.Matches(typeof(RecommendationFact));
        kinds.Advisories = kinds.Matches(typeof(AdvisoryFact));
        return kinds;
    }

    private bool Matches(Type fact)
    {
        foreach (var type in _matched)
        {
            if (type.IsAssignableFrom(fact))
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(RuleElement? element)
    {
        switch (element)
        {
            case PatternElement pattern:
                _matched.Add(pattern.ValueType);
                Collect(pattern.Source);
                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Collect(child);
                }

                break;
            case ExistsElement exists:
                Collect(exists.Source);
                break;
            case NotElement not:
                Collect(not.Source);
                break;
            case ForAllElement forAll:
                Collect(forAll.BasePattern);
                foreach (var pattern in forAll.Patterns)
                {
                    Collect(pattern);
                }

                break;
            case AggregateElement aggregate:
                Collect(aggregate.Source);
                break;
        }
    }
}
