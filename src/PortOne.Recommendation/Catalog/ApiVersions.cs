namespace PortOne.Recommendation.Catalog;

internal static class ApiVersions
{
    /// <summary>Whether something available on <paramref name="set"/> serves a merchant on <paramref name="version"/>
    /// (<see langword="null"/>: either version, so any availability serves).</summary>
    public static bool Allows(this ApiVersionSet set, PortOneApiVersion? version) => version switch
    {
        null => set != ApiVersionSet.None,
        PortOneApiVersion.V1 => (set & ApiVersionSet.V1) != 0,
        PortOneApiVersion.V2 => (set & ApiVersionSet.V2) != 0,
        _ => false,
    };
}
