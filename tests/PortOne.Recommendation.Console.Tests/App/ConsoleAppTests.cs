using System;
using System.IO;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.App;

/// <summary>Failures the sample did not expect still end as one message and exit code 1.</summary>
public sealed class ConsoleAppTests
{
    [Fact]
    public void UnexpectedFailure_IsOneMessageWithExitCode1_AndNoStackTrace()
    {
        var error = new StringWriter();
        var io = new AppIo(new MemoryStream(), new FailingWriter(), error, InputIsTerminal: false, OutputIsTerminal: false);

        var exitCode = ConsoleApp.Run(["--format", "json"], io);

        exitCode.Should().Be(ExitCodes.UnexpectedFailure);
        error.ToString().Should().Be("오류: 예기치 못한 오류로 중단했습니다. InvalidOperationException: the disk is on fire\n".ReplaceLineEndings());
    }

    [Fact]
    public void ArgumentStartingWithAt_IsAFileName_NotAResponseFile()
    {
        var run = InProcess.Run("--input", "@requirements.json", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().Be("error: the input file was not found: @requirements.json\n");
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new InvalidOperationException("the disk is on fire");
    }
}
