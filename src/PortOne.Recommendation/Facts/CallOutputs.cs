using System.Collections.Generic;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// What the rules of one call emitted, each with the rule that emitted it, in emission order: the decisions (entries,
/// advisories), then what the plan stage adds (advisories, benefits, reasons). The plan stage's outputs are marked, so
/// that a plan worked out again (a rule of the caller changed the entries) replaces them.
/// </summary>
internal sealed class CallOutputs
{
    private int _planEntries;
    private int _planAdvisories;

    public List<Emitted<RecommendationFact>> Entries { get; } = new(8);

    public List<Emitted<AdvisoryFact>> Advisories { get; } = new(8);

    public List<Emitted<BenefitCode>> Benefits { get; } = new(4);

    public List<Emitted<ProviderReasonFact>> Reasons { get; } = new(0);

    public List<NoCandidateFact> Gaps { get; } = new(2);

    public void Clear()
    {
        Entries.Clear();
        Advisories.Clear();
        Benefits.Clear();
        Reasons.Clear();
        Gaps.Clear();
        _planEntries = 0;
        _planAdvisories = 0;
    }

    /// <summary>Marks where the plan stage's outputs begin.</summary>
    public void BeginPlanStage()
    {
        _planEntries = Entries.Count;
        _planAdvisories = Advisories.Count;
    }

    /// <summary>Drops what the plan stage emitted, before the plan is worked out again.</summary>
    public void ClearPlanStage()
    {
        Entries.RemoveRange(_planEntries, Entries.Count - _planEntries);
        Advisories.RemoveRange(_planAdvisories, Advisories.Count - _planAdvisories);
        Benefits.Clear();
        Reasons.Clear();
    }
}

/// <summary>An output and the rule that emitted it.</summary>
/// <typeparam name="T">The kind of output.</typeparam>
/// <param name="Value">The output.</param>
/// <param name="RuleName">The rule's name.</param>
internal readonly record struct Emitted<T>(T Value, string RuleName);
