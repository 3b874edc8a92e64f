using System.IO;
using PortOne.Recommendation.CatalogDrift.Tests.Support;

namespace PortOne.Recommendation.CatalogDrift.Tests;

/// <summary>
/// The command: exit code 0 when it ran (drift or not), 1 with --fail-on-drift when anything is listed, 2 and one
/// clear line on standard error for a missing or non-git folder, a missing catalog or a bad argument.
/// </summary>
public sealed class CommandTests(DriftFixture fixture) : IClassFixture<DriftFixture>
{
    private string[] Arguments(params string[] more) =>
        ["--developers", fixture.Developers, "--help-center", fixture.HelpCenter, "--catalog", fixture.Catalog, .. more];

    private string ExpectedReport() => MarkdownReport.Render(DriftCheck.Run(
        CatalogFile.Load(fixture.Catalog),
        GitRepository.Open("--developers", "developers.portone.io", fixture.Developers, PortOneLayout.GuideRoot),
        GitRepository.Open("--help-center", "mcp-server", fixture.HelpCenter, PortOneLayout.HelpRoot)));

    [Fact]
    public void TheBuiltTool_RunAsAProcess_PrintsTheReportAndExitsWith0()
    {
        using var directory = DriftFixture.NewDirectory();

        var run = ToolProcess.Run(directory.FullName, Arguments());

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("# Catalog drift\n").And.Be(ExpectedReport());
    }

    [Fact]
    public void FailOnDrift_ExitsWith1_WhenAnythingIsListed()
    {
        var run = CommandRun.InProcess(Arguments("--fail-on-drift"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Be(ExpectedReport());
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void FailOnDrift_ExitsWith0_WhenNothingIsListed()
    {
        using var directory = DriftFixture.NewDirectory();
        var catalog = directory.PathOf("catalog.xml");
        var page = "assets/docs/help/procedure/recommendation/package.md";
        File.WriteAllText(catalog, $"""
            <catalog version="clean" snapshot="2026-02-01">
              <sources>
                <source key="H-PKG" url="https://help.portone.io/content/package" evidence="portone-io/mcp-server:{page}@{fixture.H5[..8]}" />
              </sources>
              <providers><provider name="NhnKcp" /></providers>
              <editions><edition name="February2026" effective="2026-02-01" source="H-PKG" /></editions>
            </catalog>
            """);

        var run = CommandRun.InProcess(
            "--developers", fixture.Developers, "--help-center", fixture.HelpCenter, "--catalog", catalog,
            "--since", "2026-12-31", "--fail-on-drift");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Found: (a) 0 cited files; (b) 0 pages and 0 map gaps; (c) the package page is unchanged.")
            .And.Contain("- Unchanged: the page has not changed since the newest edition's commit.");
    }

    [Fact]
    public void Output_WritesTheReportToTheFile()
    {
        using var directory = DriftFixture.NewDirectory();
        var path = directory.PathOf("drift.md");

        var run = CommandRun.InProcess(Arguments("--output", path));

        run.ExitCode.Should().Be(0);
        run.Output.Should().BeEmpty();
        File.ReadAllText(path).Should().Be(ExpectedReport());
    }

    [Fact]
    public void Help_PrintsTheUsageAndExitsWith0()
    {
        var run = CommandRun.InProcess("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(DriftOptions.Usage);
    }

    [Fact]
    public void MissingFolder_IsAnError()
    {
        var missing = Path.Combine(fixture.HelpCenter, "no-such-folder");

        var run = CommandRun.InProcess("--developers", missing, "--help-center", fixture.HelpCenter, "--catalog", fixture.Catalog);

        ShouldBeOneError(run, $"error: --developers: no such folder: {missing}\n");
    }

    [Fact]
    public void NonGitFolder_IsAnError()
    {
        using var directory = DriftFixture.NewDirectory();

        var run = CommandRun.InProcess("--developers", fixture.Developers, "--help-center", directory.FullName, "--catalog", fixture.Catalog);

        ShouldBeOneError(run, $"error: --help-center: {directory.FullName} is not a git repository (a clone of portone-io/mcp-server, bare or not, is expected).\n");
    }

    [Fact]
    public void FolderInsideAClone_IsNotTakenForTheClone()
    {
        var inside = Path.Combine(fixture.HelpCenter, "assets");

        var run = CommandRun.InProcess("--developers", fixture.Developers, "--help-center", inside, "--catalog", fixture.Catalog);

        ShouldBeOneError(run, $"error: --help-center: {inside} is not a git repository (a clone of portone-io/mcp-server, bare or not, is expected).\n");
    }

    [Fact]
    public void SwappedClones_AreAnError()
    {
        var run = CommandRun.InProcess("--developers", fixture.HelpCenter, "--help-center", fixture.Developers, "--catalog", fixture.Catalog);

        ShouldBeOneError(run,
            $"error: --developers: {fixture.HelpCenter} does not look like a clone of portone-io/developers.portone.io: HEAD has no src/routes/(root)/opi/ko/integration/pg/.\n");
    }

    [Fact]
    public void MissingCatalog_IsAnError()
    {
        var missing = Path.Combine(fixture.HelpCenter, "no-such-catalog.xml");

        var run = CommandRun.InProcess("--developers", fixture.Developers, "--help-center", fixture.HelpCenter, "--catalog", missing);

        ShouldBeOneError(run, $"error: the catalog was not found: {missing}\n");
    }

    [Fact]
    public void MalformedEvidence_IsAnError()
    {
        using var directory = DriftFixture.NewDirectory();
        var catalog = directory.PathOf("catalog.xml");
        File.WriteAllText(catalog, """<catalog version="x" snapshot="2026-01-01"><sources><source key="K" evidence="mcp-server/page.md" /></sources></catalog>""");

        var run = CommandRun.InProcess("--developers", fixture.Developers, "--help-center", fixture.HelpCenter, "--catalog", catalog);

        ShouldBeOneError(run, $"error: {catalog}: source K has evidence \"mcp-server/page.md\", not of the form portone-io/<repository>:<path>@<commit>.\n");
    }

    [Theory]
    [InlineData("error: unknown argument: --bogus", "--bogus")]
    [InlineData("error: --help-center is required.")]
    [InlineData("error: --catalog needs a value.", "--catalog")]
    [InlineData("error: --since needs a value.", "--since", "--fail-on-drift")]
    [InlineData("error: --since: \"2026-13-01\" is not a date written yyyy-MM-dd.", "--since", "2026-13-01")]
    [InlineData("error: --since is given twice.", "--since", "2026-01-01", "--since", "2026-01-02")]
    public void BadArguments_AreAnError_WithTheUsage(string expected, params string[] more)
    {
        string[] args = expected.Contains("--help-center is required", System.StringComparison.Ordinal)
            ? ["--developers", fixture.Developers]
            : Arguments(more);

        var run = CommandRun.InProcess(args);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"{expected}\n\n{DriftOptions.Usage}");
    }

    private static void ShouldBeOneError(CommandRun run, string expected)
    {
        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(expected);
    }
}
