using System.IO;
using System.Threading.Tasks;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Processes;

/// <summary>
/// The built sample, started as a process, refuses every class of bad input with one message on standard error,
/// nothing on standard output, no stack trace and exit code 2; usage errors also print the usage.
/// </summary>
public sealed class BadInputProcessTests
{
    public static TheoryData<string, string, string> BadJson() => new()
    {
        { "unknown property", "{ \"cardPayment\": true, \"giftCards\": true }", "error: standard input: $.giftCards: unknown property \"giftCards\"." },
        { "wrong type", "{ \"mobileMicropayment\": { \"recurring\": \"yes\" } }", "error: standard input: $.mobileMicropayment.recurring: wrong type: expected true or false, found a string \"yes\"." },
        { "bad enum string", "{ \"recurringCard\": { \"issuance\": \"window\" } }", "error: standard input: $.recurringCard.issuance: \"window\" is not an allowed value. Allowed values: api, paymentWindow" },
        { "malformed JSON", "{ \"cardPayment\": true,, }", "error: standard input: $.cardPayment: malformed JSON (line 1, column 23)." },
        { "empty JSON", string.Empty, "error: standard input: the input is empty; a MerchantRequirements JSON object is expected." },
        { "engine validation", "{ \"easyPay\": { \"brands\": [\"tossPay\", \"tossPay\"] } }", "error: standard input: the requirements are not valid. $.easyPay.brands[1]: TossPay is already listed" },
        { "bad enum string in existingContracts", "{ \"existingContracts\": [\"nhnKcp\", \"inicis\"] }", "error: standard input: $.existingContracts[1]: \"inicis\" is not an allowed value. Allowed values: kgInicis, nicePayments," },
        { "bad apiVersion", "{ \"apiVersion\": \"v3\" }", "error: standard input: $.apiVersion: \"v3\" is not an allowed value. Allowed values: v1, v2" },
        { "existing contract named twice", "{ \"existingContracts\": [\"nhnKcp\", \"nhnKcp\"] }", "error: standard input: the requirements are not valid. $.existingContracts[1]: " },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public async Task BadJson_OnStandardInput_IsOneClearErrorWithExitCode2(string kind, string json, string expectedStart)
    {
        var run = await SampleProcess.RunAsync(["--input", "-", "--lang", "en"], json);

        ShouldBeOneError(run, expectedStart, kind);
    }

    [Fact]
    public async Task BadJson_InAFile_NamesTheFile()
    {
        using var directory = new TempDirectory();
        var path = directory.PathOf("needs.json");
        await File.WriteAllTextAsync(path, "{ \"easyPay\": { \"brands\": [\"kakaopay\"] } }");

        var run = await SampleProcess.RunAsync("--input", path);

        ShouldBeOneError(run, $"오류: {path}: $.easyPay.brands[0]: 쓸 수 없는 값 \"kakaopay\"입니다.", "bad enum string in a file");
    }

    [Fact]
    public async Task MissingFile_IsOneClearErrorWithExitCode2()
    {
        var run = await SampleProcess.RunAsync("--input", "no-such-requirements.json", "--lang", "en");

        ShouldBeOneError(run, "error: the input file was not found: no-such-requirements.json", "missing file");
    }

    [Fact]
    public async Task OversizeInput_IsRefused()
    {
        var json = "{ \"cardPayment\": true" + new string(' ', 1_100_000) + "}";

        var run = await SampleProcess.RunAsync(["--input", "-", "--lang", "en"], json);

        ShouldBeOneError(run, "error: standard input: the input is larger than 1048576 bytes (1 MiB) and was refused.", "oversize input");
    }

    [Fact]
    public async Task UnwritableOutput_IsOneClearErrorWithExitCode2()
    {
        var run = await SampleProcess.RunAsync("--output", Path.Combine("no-such-directory", "report.txt"), "--lang", "en");

        ShouldBeOneError(run, "error: the output file cannot be written: no-such-directory/report.txt (", "unwritable output");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("en")]
    [InlineData("--lang", "fr")]
    [InlineData("--format", "xml")]
    [InlineData("--scenario", "no-such-scenario")]
    [InlineData("--scenario", "exporter", "--input", "-")]
    [InlineData("--interactive", "--list-scenarios")]
    [InlineData("--input")]
    [InlineData("--edition", "june2025")]
    [InlineData("--edition")]
    [InlineData("--why", "cards")]
    [InlineData("--compare-edition", "june2025")]
    [InlineData("--compare-edition")]
    [InlineData("--compare-api", "v3")]
    [InlineData("--compare-edition", "latest", "--compare-api", "v2")]
    [InlineData("--why", "--compare-api", "v2")]
    [InlineData("--list-scenarios", "--why")]
    public async Task UsageError_PrintsTheErrorAndTheUsage_WithExitCode2(params string[] args)
    {
        var run = await SampleProcess.RunAsync(args);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: ").And.Contain("Usage:").And.Contain("--list-scenarios");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task BadEdition_IsAUsageError_ThatListsTheEditions()
    {
        var run = await SampleProcess.RunAsync("--edition", "2025-07", "--scenario", "exporter");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: Argument '2025-07' not recognized. Must be one of:")
            .And.ContainAll("'may2025'", "'october2025'", "'november2025'", "'december2025'", "'april2026'", "'latest'")
            .And.Contain("Usage:");
    }

    [Fact]
    public async Task WhyAServiceThatIsNotRequested_IsOneClearErrorWithExitCode2()
    {
        var run = await SampleProcess.RunAsync("--why", "bankTransfer", "--lang", "en");

        ShouldBeOneError(run, "error: --why bankTransfer: the requirements do not ask for Real-time bank transfer. Requested services: ", "a service not requested");
    }

    private static void ShouldBeOneError(SampleRun run, string expectedStart, string kind)
    {
        run.ExitCode.Should().Be(2, "{0} is bad input: {1}", kind, run);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith(expectedStart).And.EndWith("\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
        run.Error.Should().NotContain("   at ", "no stack trace");
    }
}
