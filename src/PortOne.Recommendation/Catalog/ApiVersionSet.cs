using System;

namespace PortOne.Recommendation.Catalog;

/// <summary>The PortOne API versions something is available on.</summary>
[Flags]
internal enum ApiVersionSet
{
    None = 0,
    V1 = 1,
    V2 = 2,
    Both = V1 | V2,
}
