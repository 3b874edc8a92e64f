using System.Collections.Generic;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation.Planning;

/// <summary>
/// The contract planner's working buffers, kept by one engine session (so used by one thread at a time) and reused on
/// each call: a call then allocates only the plan it returns.
/// </summary>
internal sealed class PlanScratch
{
    private static readonly int ServiceCount = EnumValues<PaymentService>.All.Length;

    private ulong[] _minimal = new ulong[16];

    public ulong[] Named { get; } = new ulong[ServiceCount];

    public ulong[] ViaPackage { get; } = new ulong[ServiceCount];

    public ulong[] ViaExisting { get; } = new ulong[ServiceCount];

    public List<ContractPlanner.Need> Needs { get; } = new(ServiceCount + 8);

    public ContractPlanner.Search Search { get; } = new();

    /// <summary>Gets or sets a value indicating whether the planner is asked for a plan's cost only.</summary>
    public bool CostOnly { get; set; }

    /// <summary>Gets or sets the cost the planner worked out when asked for the cost only.</summary>
    public (int New, int Total, int Outside) Cost { get; set; }

    /// <summary>A buffer for at least <paramref name="count"/> candidate masks.</summary>
    public ulong[] Minimal(int count)
    {
        if (_minimal.Length < count)
        {
            _minimal = new ulong[count];
        }

        return _minimal;
    }
}
