using System;
using System.Collections.Generic;
using System.Linq;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// The two fields of a help page's YAML front matter the check reads: <c>title</c> and the <c>pgCompanies</c> list
/// (block list <c>- 다날</c> or flow list <c>[다날, KICC]</c>; <c>null</c> items are dropped).
/// </summary>
internal sealed record FrontMatter(string Title, IReadOnlyList<string> PgCompanies)
{
    public static FrontMatter Parse(string page)
    {
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return new FrontMatter(string.Empty, []);
        }

        var title = string.Empty;
        var companies = new List<string>();
        var inCompanies = false;
        foreach (var line in lines.Skip(1).TakeWhile(line => line.Trim() != "---"))
        {
            if (inCompanies && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                companies.Add(Scalar(line.TrimStart()[2..]));
                continue;
            }

            inCompanies = false;
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                title = Scalar(line["title:".Length..]);
            }
            else if (line.StartsWith("pgCompanies:", StringComparison.Ordinal))
            {
                var value = line["pgCompanies:".Length..].Trim();
                inCompanies = value.Length == 0;
                if (value.StartsWith('[') && value.EndsWith(']'))
                {
                    companies.AddRange(value[1..^1].Split(',').Select(Scalar));
                }
            }
        }

        return new FrontMatter(title, [.. companies.Where(c => c.Length > 0 && c is not ("null" or "~"))]);
    }

    /// <summary>A YAML scalar without its quotes.</summary>
    private static string Scalar(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length >= 2 && (trimmed[0] is '"' or '\'') && trimmed[^1] == trimmed[0] ? trimmed[1..^1] : trimmed;
    }
}
