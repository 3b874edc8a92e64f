using System;
using System.Collections.Generic;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>The command line of the check.</summary>
/// <param name="Developers">The folder of a clone of portone-io/developers.portone.io.</param>
/// <param name="HelpCenter">The folder of a clone of portone-io/mcp-server.</param>
/// <param name="Catalog">The catalog file; <see langword="null"/> to find it from the current folder upwards.</param>
/// <param name="Since">The day after which (b) looks; <see langword="null"/> for the catalog's snapshot date.</param>
/// <param name="Output">A file for the report; <see langword="null"/> for standard output.</param>
/// <param name="FailOnDrift">Exit with code 1 when the report lists anything.</param>
internal sealed record DriftOptions(string Developers, string HelpCenter, string? Catalog, string? Since, string? Output, bool FailOnDrift)
{
    public const string Usage = """
        Usage: dotnet run --project tools/PortOne.Recommendation.CatalogDrift -- --developers <dir> --help-center <dir> [options]

        Lists where PortOne's sources moved on since the provider catalog cited them, as Markdown:
          (a) cited files changed after the cited commit,
          (b) pages naming a catalog provider, added or changed after the snapshot date, that no source cites,
          (c) the recommended-package page against the catalog's newest edition.

          --developers <dir>    a clone of portone-io/developers.portone.io (bare or not)
          --help-center <dir>   a clone of portone-io/mcp-server (bare or not)
          --catalog <file>      the catalog (default: src/PortOne.Recommendation/Catalog/ProviderCatalog.xml,
                                looked for from the current folder upwards)
          --since <yyyy-MM-dd>  the day after which (b) looks (default: the catalog's snapshot date)
          --output <file>       write the report to this file instead of standard output
          --fail-on-drift       exit with code 1 when the report lists anything
          -h, --help            show this text

        Exit codes: 0 the check ran (drift or not), 1 drift found with --fail-on-drift, 2 an error.
        """;

    /// <summary>Reads the command line; <see langword="null"/> when help was asked for.</summary>
    /// <exception cref="DriftToolException">An unknown argument, a missing value or option, a malformed date.</exception>
    public static DriftOptions? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>();
        var failOnDrift = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return null;
                case "--fail-on-drift":
                    failOnDrift = true;
                    break;
                case "--developers" or "--help-center" or "--catalog" or "--since" or "--output":
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
                    {
                        throw new DriftToolException($"{args[i]} needs a value.", showUsage: true);
                    }

                    if (!values.TryAdd(args[i], args[++i]))
                    {
                        throw new DriftToolException($"{args[i - 1]} is given twice.", showUsage: true);
                    }

                    break;
                default:
                    throw new DriftToolException($"unknown argument: {args[i]}", showUsage: true);
            }
        }

        string Required(string option) => values.TryGetValue(option, out var value)
            ? value
            : throw new DriftToolException($"{option} is required.", showUsage: true);

        var since = values.GetValueOrDefault("--since");
        if (since is not null)
        {
            try
            {
                CatalogFile.Date(since, "--since");
            }
            catch (DriftToolException e)
            {
                throw new DriftToolException(e.Message, showUsage: true);
            }
        }

        return new DriftOptions(
            Required("--developers"), Required("--help-center"), values.GetValueOrDefault("--catalog"), since,
            values.GetValueOrDefault("--output"), failOnDrift);
    }
}
