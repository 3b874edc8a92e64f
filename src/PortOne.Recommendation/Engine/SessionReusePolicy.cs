using System;
using System.Collections.Generic;
using System.Linq;
using NRules.RuleModel;

namespace PortOne.Recommendation;

/// <summary>
/// Decides, from the compiled rule set, when a session that has answered a call may answer another one. A session is
/// reused only if, once the call's facts are retracted, it is in the same state as a new session, so that answers
/// (the fired rules and their order included) never depend on what a session answered before.
/// </summary>
/// <remarks>
/// Retracting every fact undoes every activation that depends on a fact. Two kinds of rule are not undone that way:
/// <list type="bullet">
/// <item>rules that can match an empty session (only <c>Not</c>, <c>All</c>, aggregates and the like, no fact they
/// require; the built-in <c>Advisory.NothingRequested</c> is one): once fired, a new session would fire them again
/// but a reused one would not. A session in which such a rule fired is dropped. When two or more such rules exist,
/// their activations might come back in another order after a cleanup than in a new session, so sessions are not
/// reused at all;</item>
/// <item>rules with an action for deactivation (<c>Undo</c>): retracting their facts queues that action. A session in
/// which such a rule fired is dropped.</item>
/// </list>
/// </remarks>
internal sealed class SessionReusePolicy
{
    private readonly HashSet<string> _dropAfterFiring;

    private SessionReusePolicy(bool reuseSessions, HashSet<string> dropAfterFiring)
    {
        ReuseSessions = reuseSessions;
        _dropAfterFiring = dropAfterFiring;
    }

    /// <summary>Gets a value indicating whether sessions may be reused at all.</summary>
    public bool ReuseSessions { get; }

    public static SessionReusePolicy For(IEnumerable<IRuleDefinition> rules)
    {
        var matchEmptySession = new List<string>();
        var dropAfterFiring = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!RequiresFact(rule.LeftHandSide))
            {
                matchEmptySession.Add(rule.Name);
                dropAfterFiring.Add(rule.Name);
            }

            if (rule.RightHandSide.Actions.Any(a => (a.ActionTrigger & ActionTrigger.Deactivated) != 0))
            {
                dropAfterFiring.Add(rule.Name);
            }
        }

        return new SessionReusePolicy(matchEmptySession.Count <= 1, dropAfterFiring);
    }

    /// <summary>Tells whether a session in which these rules fired may be reused.</summary>
    public bool AllowsReuseAfter(IReadOnlyList<string> firedRules)
    {
        if (!ReuseSessions)
        {
            return false;
        }

        for (var i = 0; i < firedRules.Count; i++)
        {
            if (_dropAfterFiring.Contains(firedRules[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether every match of the element contains a fact from working memory.</summary>
    private static bool RequiresFact(RuleElement element) => element switch
    {
        PatternElement pattern => pattern.Source is null,
        ExistsElement exists => RequiresFact(exists.Source),
        AndElement and => and.ChildElements.Any(RequiresFact),
        OrElement or => or.ChildElements.Count > 0 && or.ChildElements.All(RequiresFact),
        _ => false,
    };
}
