using System;
using NRules.Fluent.Dsl;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Tests.CustomRules;

// Rules that only some tests load, one type at a time. They are internal so that AddRules(assembly) skips them.

[Name("Custom.ThrowsInAction")]
[Description("Fails in its action whenever overseas cards are asked for.")]
internal sealed class ThrowsInActionRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => Fail());
    }

    private static void Fail() => throw new InvalidOperationException("the partner catalog is unreachable");
}

[Name("Custom.ThrowsInCondition")]
[Description("Fails in its condition whenever mobile micropayments are asked for.")]
internal sealed class ThrowsInConditionRule : Rule
{
    public override void Define()
    {
        MobileMicropaymentNeed need = null!;

        When().Match(() => need, n => Check(n));
        Then().Do(ctx => ctx.Halt());
    }

    private static bool Check(MobileMicropaymentNeed need) => throw new FormatException("bad threshold for " + need);
}

[Name("CardPayment.RecommendedPackage")]
[Description("Takes the name of a built-in rule.")]
internal sealed class DuplicateNameRule : Rule
{
    public override void Define()
    {
        GeneralPaymentNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("Custom.WithdrawIdentityVerification")]
[Description("Removes the identity verification entry, as a platform that verifies identities itself would.")]
internal sealed class WithdrawIdentityVerificationRule : Rule
{
    public override void Define()
    {
        RecommendationFact identity = null!;

        When().Match(() => identity, r => r.Service == PaymentService.IdentityVerification);
        Then().Do(ctx => ctx.Retract(identity));
    }
}

[Name("Custom.AdvisoryWithoutText")]
[Description("Inserts an advisory whose message is missing.")]
internal sealed class AdvisoryWithoutTextRule : Rule
{
    public override void Define()
    {
        OverseasCardNeed need = null!;

        When().Match(() => need);
        Then().Do(ctx => ctx.Insert(new AdvisoryFact(AdvisoryCode.NothingRequested, null, null!)));
    }
}

internal sealed class NotARule
{
}
