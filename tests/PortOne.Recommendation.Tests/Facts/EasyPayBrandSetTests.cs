using System;

namespace PortOne.Recommendation.Tests.Facts;

public sealed class EasyPayBrandSetTests
{
    [Fact]
    public void Of_AnyOrderAndRepeats_SameSetInEnumOrder()
    {
        var set = EasyPayBrandSet.Of(EasyPayBrand.ApplePay, EasyPayBrand.KakaoPay, EasyPayBrand.ApplePay);

        set.Should().Equal(EasyPayBrand.KakaoPay, EasyPayBrand.ApplePay);
        set.Count.Should().Be(2);
        set.Equals(EasyPayBrandSet.Of(EasyPayBrand.KakaoPay, EasyPayBrand.ApplePay)).Should().BeTrue();
        (set == EasyPayBrandSet.Of(EasyPayBrand.KakaoPay, EasyPayBrand.ApplePay)).Should().BeTrue();
        set.GetHashCode().Should().Be(EasyPayBrandSet.Of(EasyPayBrand.ApplePay, EasyPayBrand.KakaoPay).GetHashCode());
        set.ToString().Should().Be("{KakaoPay, ApplePay}");
    }

    [Fact]
    public void SetOperations_WorkOnEveryPairOfSubsets()
    {
        var all = Enum.GetValues<EasyPayBrand>();
        for (var a = 0; a < 64; a++)
        {
            for (var b = 0; b < 64; b++)
            {
                var left = Subset(all, a);
                var right = Subset(all, b);
                (left.Intersect(right) == Subset(all, a & b)).Should().BeTrue();
                (left.Except(right) == Subset(all, a & ~b)).Should().BeTrue();
                left.Overlaps(right).Should().Be((a & b) != 0);
                left.IsEmpty.Should().Be(a == 0);
                (left != right).Should().Be(a != b);
            }
        }
    }

    [Fact]
    public void Of_UndefinedBrand_Throws()
    {
        var act = () => EasyPayBrandSet.Of((EasyPayBrand)6);

        act.Should().Throw<ArgumentOutOfRangeException>();
        EasyPayBrandSet.Empty.Contains((EasyPayBrand)(-1)).Should().BeFalse();
    }

    [Fact]
    public void Of_NullSequence_Throws()
    {
        var act = () => EasyPayBrandSet.Of((System.Collections.Generic.IEnumerable<EasyPayBrand>)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private static EasyPayBrandSet Subset(EasyPayBrand[] all, int mask) =>
        EasyPayBrandSet.Of(Array.FindAll(all, b => (mask & (1 << (int)b)) != 0));
}
