using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>How PortOne's pages spell one catalog provider.</summary>
/// <param name="Provider">The provider's name in the catalog (<c>&lt;provider name&gt;</c>).</param>
/// <param name="Names">Its names in help pages: <c>pgCompanies</c> values (matched exactly) and titles (matched as text).</param>
/// <param name="FileWords">Words of help-page file names that name it (<c>kcp</c> in <c>kcp-easypay-hub-apply.md</c>).</param>
/// <param name="GuideNames">Developer-guide names (see <see cref="PortOneLayout.GuideName"/>) that are its guides.</param>
internal sealed record ProviderSpelling(
    string Provider,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> FileWords,
    IReadOnlyList<string> GuideNames);
