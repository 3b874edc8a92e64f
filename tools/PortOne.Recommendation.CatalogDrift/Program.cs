using System;
using System.Text;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// The catalog drift check for maintainers: <c>dotnet run --project tools/PortOne.Recommendation.CatalogDrift --
/// --developers &lt;clone&gt; --help-center &lt;clone&gt;</c> (see docs/catalog-and-editions.md).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // The report quotes Korean commit subjects and page names: UTF-8 on every console, without a byte-order mark.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return CatalogDriftCommand.Run(args, Console.Out, Console.Error);
    }
}
