using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PortOne.Recommendation.Tests.Support;

/// <summary>
/// The check behind issue 18's finding 2: the advisory about general payment once said real-time bank transfer and
/// virtual account "따로 신청하지 않아도 됩니다", while the escrow advisory beside it says "실시간 계좌이체나 가상계좌를
/// 신청하시면". PortOne's pages say they are selected as payment methods in the application. Whenever the two advisories
/// appear, neither they nor the entries for the two methods may say the methods need no application, and the general
/// payment advisory must tell the merchant to select them and cite its page.
/// </summary>
internal static class CashMethodAdvisories
{
    /// <summary>Words saying a method needs no application of its own, in Korean or English.</summary>
    private static readonly Regex NoApplication = new(
        @"신청하지 않아도|신청할 필요|신청 없이|신청이 필요 없|저절로|자동으로 (?:포함|신청)|need(?:s)? no application|no application of (?:their|its) own|without (?:an )?application|need not be applied|automatically (?:included|applied)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>Whether a text says a payment method needs no application.</summary>
    public static bool SaysNoApplicationNeeded(string text) => NoApplication.IsMatch(text);

    /// <summary>Every way the answer's texts about real-time bank transfer and virtual account disagree; none when they
    /// agree.</summary>
    public static IEnumerable<string> Problems(RecommendationResult result)
    {
        var covers = result.Advisories.FirstOrDefault(a => a.Code == AdvisoryCode.GeneralPaymentCoversTransferAndVirtualAccount);
        var escrow = result.Advisories.FirstOrDefault(a => a.Code == AdvisoryCode.EscrowForCashPayments);
        var asked = result.Recommendations.Any(r => r.Service is PaymentService.BankTransfer or PaymentService.VirtualAccount);
        if (covers is null && escrow is null && !asked)
        {
            yield break;
        }

        if (covers is null || escrow is null)
        {
            yield return "real-time bank transfer or virtual account without both of their advisories";
            yield break;
        }

        var texts = new[] { covers.Message, escrow.Message }.Concat(result.Recommendations
            .Where(r => r.Service is PaymentService.BankTransfer or PaymentService.VirtualAccount).Select(r => r.Reason));
        foreach (var text in texts.Where(SaysNoApplicationNeeded))
        {
            yield return $"says the method needs no application, against the escrow advisory: '{text}'";
        }

        if (!covers.Message.Contains("선택", System.StringComparison.Ordinal) && !covers.Message.Contains("select", System.StringComparison.OrdinalIgnoreCase))
        {
            yield return $"the general payment advisory does not tell the merchant to select the methods: '{covers.Message}'";
        }

        if (!covers.Message.Contains("https://developers.portone.io/opi/ko/console/guide/reg", System.StringComparison.Ordinal))
        {
            yield return $"the general payment advisory does not cite PortOne's guide to the application: '{covers.Message}'";
        }
    }
}
