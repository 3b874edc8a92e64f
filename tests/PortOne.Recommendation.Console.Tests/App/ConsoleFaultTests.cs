using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PortOne.Recommendation.ConsoleSample.Interactive;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.App;

/// <summary>The faults found by adversarial tests (issue 12), each with the behaviour it has now.</summary>
public class ConsoleFaultTests
{
    private static readonly string[] EnglishJson = ["--input", "-", "--lang", "en", "--format", "json"];

    [Fact]
    public void InvalidUtf8InsideAString_NamesTheField_WithExitCode2()
    {
        var run = InProcess.Run(EnglishJson, [.. "{ \"easyPay\": { \"brands\": [\""u8, 0xC3, 0x28, .. "\"] } }"u8]);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("error: standard input: $.easyPay.brands[0]: malformed JSON");
    }

    [Fact]
    public void LoneSurrogateInsideAString_NamesTheField_WithExitCode2()
    {
        var run = InProcess.Run(EnglishJson, "{ \"easyPay\": { \"brands\": [\"\\ud800\"] } }");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("error: standard input: $.easyPay.brands[0]: malformed JSON");
    }

    [Fact]
    public void Interactive_AnswerLongerThanTheLimit_IsRefused_WithoutReadingTheRest()
    {
        var run = InProcess.Run(["--interactive", "--lang", "en"], new string('1', 5_000_000));

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain($"is longer than {Questionnaire.MaxAnswerLength} characters");
    }

    [Fact]
    public void ControlCharactersFromTheInput_ReachStandardErrorEscaped()
    {
        var run = InProcess.Run(EnglishJson, "{ \"\\u001b[31mred\\u009b\\u202e\": true }");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("\\u001B[31mred\\u009B\\u202E").And.NotContain("\u001b").And.NotContain("\u009b").And.NotContain("\u202e");
    }

    [Fact]
    public void EmptyOutputPath_IsBadInput_WithExitCode2()
    {
        var run = InProcess.Run("--output", "", "--lang", "en");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Be("error: --output names no file.\n");
    }

    [SkippableFact]
    public async Task StandardErrorClosed_StillGivesTheExitCode_NotAnAbort()
    {
        var (exitCode, _, _) = await ShellAsync("dotnet exec \"$DLL\" --lang en --output /no-such-dir/x.md 2>&-");

        exitCode.Should().Be(2);
    }

    [SkippableFact]
    public async Task StandardOutputClosed_IsSaid_NotBlamedOnAccessRights()
    {
        var (exitCode, _, error) = await ShellAsync("dotnet exec \"$DLL\" --lang en >&-");

        exitCode.Should().Be(1);
        error.Should().StartWith("error: standard output cannot be written (it is closed or not writable).").And.NotContain("   at ");
    }

    [SkippableTheory]
    [InlineData("--input -")]
    [InlineData("--interactive")]
    public async Task StandardInputClosed_EndsWithExitCode2_InsteadOfWaiting(string mode)
    {
        var (exitCode, _, error) = await ShellAsync($"dotnet exec \"$DLL\" {mode} --lang en <&-");

        exitCode.Should().Be(2, error);
        error.Should().Contain("error: ");
    }

    [SkippableFact]
    public async Task GlobalizationInvariantMode_Runs()
    {
        var (exitCode, output, error) = await ShellAsync("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet exec \"$DLL\" --lang en");

        exitCode.Should().Be(0, error);
        output.Should().Contain("PortOne e-payment application guide");
    }

    /// <summary>Runs the sample through bash, which can close its standard streams; 30 s at most.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> ShellAsync(string script)
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/bin/bash"), "Closing standard streams needs bash on Linux.");
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["DLL"] = SampleProcess.SampleDll;
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The sample did not end within 30 s: " + script);
        }

        return (process.ExitCode, await output, await error);
    }
}
