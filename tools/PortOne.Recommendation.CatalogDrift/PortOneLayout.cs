using System;
using System.Collections.Generic;
using System.IO;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// Where things are in PortOne's two repositories: the help tree of <c>portone-io/mcp-server</c> (which moved on
/// 2025-07-15) and the PG guides of <c>portone-io/developers.portone.io</c>, with the public URL of each page.
/// </summary>
internal static class PortOneLayout
{
    public const string DevelopersRepository = "developers.portone.io";
    public const string HelpCenterRepository = "mcp-server";

    /// <summary>The help tree before the move of 2025-07-15 ("Python -> TypeScript 전환").</summary>
    public const string OldHelpRoot = "src/portone_mcp_server/resources/docs/help/";

    /// <summary>The help tree since that move.</summary>
    public const string HelpRoot = "assets/docs/help/";

    /// <summary>The recommended-package page, whose versions are the catalog's editions.</summary>
    public const string PackagePage = HelpRoot + "procedure/recommendation/package.md";

    /// <summary>The developer guides per PG, one folder per API version.</summary>
    public const string GuideRoot = "src/routes/(root)/opi/ko/integration/pg/";

    public static IReadOnlyList<string> GuideFolders { get; } = [GuideRoot + "v1/", GuideRoot + "v2/"];

    /// <summary>A help page's path in today's tree (an old-tree path is mapped across the move).</summary>
    public static string Normalize(string path) =>
        path.StartsWith(OldHelpRoot, StringComparison.Ordinal) ? HelpRoot + path[OldHelpRoot.Length..] : path;

    /// <summary>Every path a page had: a help page's today's and old-tree path, or the path alone.</summary>
    public static IReadOnlyList<string> PathsOf(string path)
    {
        var current = Normalize(path);
        return current.StartsWith(HelpRoot, StringComparison.Ordinal)
            ? [current, OldHelpRoot + current[HelpRoot.Length..]]
            : [current];
    }

    /// <summary>
    /// The guide name of a developer-guide file: the first part of its path under <c>v1/</c> or <c>v2/</c>, without
    /// <c>.mdx</c> (<c>v1/nice-v2/readme.mdx</c> is <c>nice-v2</c>, <c>v2/kpn.mdx</c> is <c>kpn</c>).
    /// </summary>
    public static string GuideName(string path)
    {
        var underVersion = path[(GuideRoot.Length + "v1/".Length)..];
        var slash = underVersion.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? underVersion[..slash] : Path.GetFileNameWithoutExtension(underVersion);
    }

    /// <summary>The page a merchant reads for a file of either repository.</summary>
    public static string PublicUrl(string repository, string path) => repository switch
    {
        HelpCenterRepository => "https://help.portone.io/content/" + Path.GetFileNameWithoutExtension(path),
        DevelopersRepository when path.StartsWith("src/routes/(root)/", StringComparison.Ordinal) && path.EndsWith(".mdx", StringComparison.Ordinal)
            => "https://developers.portone.io/" + path["src/routes/(root)/".Length..^".mdx".Length],
        _ => path,
    };
}
