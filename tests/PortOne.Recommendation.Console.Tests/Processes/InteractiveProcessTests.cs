using System.Threading.Tasks;
using PortOne.Recommendation.ConsoleSample.Tests.Support;

namespace PortOne.Recommendation.ConsoleSample.Tests.Processes;

/// <summary>The questionnaire of the built sample, answered through a pipe.</summary>
public sealed class InteractiveProcessTests
{
    [Fact]
    public async Task AnswersOnAPipe_GiveTheReport_AndThePromptsGoToStandardError()
    {
        // Card and easy pay; KakaoPay and TossPay, hub-type; recurring by API; no identity check; overseas cards, one
        // at a time, for a business registered in Korea; PortOne V2; an existing contract with NHN KCP.
        var run = await SampleProcess.RunAsync(["--interactive", "--lang", "en", "--format", "markdown"], "1,4\n1,3\n2\ny\n1\nn\ny\nn\nn\n3\n6\n");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().ContainAll(
            "Which payment methods do you need?", "> 1,4\n", "Which easy-pay brands do you want?", "How is easy pay integrated?",
            "How is the billing key issued?", "Do you need identity verification", "Do you accept cards issued abroad?",
            "Which PortOne API version do you integrate with? [1]", "  3) PortOne V2", "> 3\n",
            "Which PGs or easy-pay companies do you already have a contract with through PortOne?", "  6) NHN KCP", "> 6\n");
        run.Output.Should().StartWith("# PortOne e-payment application guide: questionnaire answers\n")
            .And.ContainAll("| Recurring card payment |", "| ‘전자결제 직접 선택하기’ (Select e-payment directly) > ‘간편결제’ (Easy pay) > Choose a PG marked ‘PG 제휴’ (PG-partnered), formerly ‘허브형’ (hub-type) |", "| Overseas card payment |")
            .And.ContainAll("\n- API version: PortOne V2\n- Existing contracts: NHN KCP\n", "\n## Contract plan\n\n| Provider | Services | Add-ons | Contract |\n")
            .And.Contain("| NHN KCP | One-time card payment (Add to an existing contract), Recurring card payment (Add to an existing contract), "
                + "Easy pay (Add to an existing contract), Overseas card payment (Add to an existing contract) |")
            .And.NotContain("Which payment methods");
    }

    [Fact]
    public async Task AnswersEndingEarly_OnAPipe_AreAnErrorWithExitCode2()
    {
        var run = await SampleProcess.RunAsync(["--interactive"], "1\n");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().EndWith("오류: 질문 \"구독처럼 카드로 정기결제를 받나요(신용카드 정기결제)?\"에 답하기 전에 입력이 끝났습니다.\n");
    }

    [Fact]
    public async Task InvalidAnswer_OnAPipe_IsAnErrorWithExitCode2()
    {
        var run = await SampleProcess.RunAsync(["--interactive", "--lang", "en"], "1\nperhaps\n");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("error: the answer to \"Do you charge cards repeatedly").And.Contain("\"perhaps\": answer y or n.");
    }
}
