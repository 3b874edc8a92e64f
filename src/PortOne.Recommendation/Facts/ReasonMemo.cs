using System;
using System.Collections.Generic;
using PortOne.Recommendation.Catalog;

namespace PortOne.Recommendation.Facts;

/// <summary>
/// What the explanation rules worked out about a need and a provider, kept by one engine session (so used by one thread
/// at a time) across its calls: the blocking reasons that hold, as a bit mask, and each blocking reason as given. They
/// depend on the need and the call's edition view and business location only, never on the entries (the rules check
/// those each call), so a profile asked again reuses them. Bounded: past <see cref="Capacity"/> entries, further ones
/// are worked out each time and not kept.
/// </summary>
internal sealed class ReasonMemo
{
    /// <summary>How many needs (masks) and reasons are kept at most.</summary>
    public const int Capacity = 4096;

    private static readonly int ProviderCount = Internal.EnumValues<PaymentProvider>.All.Length;

    private static readonly int CodeCount = Internal.EnumValues<ExplanationReasonCode>.All.Length;

    private readonly Dictionary<NeedKey, NeedReasons> _needs = [];
    private readonly Dictionary<ProviderReasonFact, ExplanationReason?[]> _written = new(ByReference.Instance);
    private int _reasons;

    /// <summary>What the memo holds for a need: found with one lookup, then read per provider without another.</summary>
    public NeedReasons For(RequirementFact need)
    {
        var key = NeedKey.Of(need);
        if (!_needs.TryGetValue(key, out var reasons))
        {
            reasons = new NeedReasons(this);
            if (_needs.Count < Capacity)
            {
                _needs.Add(key, reasons);
            }
        }

        return reasons;
    }

    /// <summary>The masks and reasons of one need (one need key), per provider and code.</summary>
    internal sealed class NeedReasons(ReasonMemo memo)
    {
        private readonly int[] _masks = new int[ProviderCount];
        private readonly ProviderReasonFact?[] _reasons = new ProviderReasonFact?[ProviderCount * CodeCount];

        public int BlockingReasons(RequirementFact need, PaymentProvider provider, Func<RequirementFact, PaymentProvider, int> compute)
        {
            var mask = _masks[(int)provider];
            if (mask == 0)
            {
                // Bit 31 marks "worked out", so that a provider with no blocking reason is not worked out again.
                mask = compute(need, provider) | int.MinValue;
                _masks[(int)provider] = mask;
            }

            return mask & int.MaxValue;
        }

        public ProviderReasonFact Reason(RequirementFact need, PaymentProvider provider, ExplanationReasonCode code, Func<RequirementFact, PaymentProvider, ProviderReasonFact> make)
        {
            var index = ((int)provider * CodeCount) + (int)code;
            if (_reasons[index] is { } reason)
            {
                return reason;
            }

            reason = make(need, provider);
            if (memo._reasons < Capacity)
            {
                memo._reasons++;
                _reasons[index] = reason;
                memo._written[reason] = new ExplanationReason?[2];
            }

            return reason;
        }
    }

    /// <summary>Finds a reason the memo holds as written before in a language by the same rule.</summary>
    public bool TryGetWritten(ProviderReasonFact fact, Localization.TextLanguage language, string ruleName, out ExplanationReason written)
    {
        if (_written.TryGetValue(fact, out var languages) && languages[(int)language] is { } found && string.Equals(found.RuleName, ruleName, StringComparison.Ordinal))
        {
            written = found;
            return true;
        }

        written = null!;
        return false;
    }

    /// <summary>Keeps a reason as written in a language, when the memo holds the reason (a built-in one).</summary>
    public void AddWritten(ProviderReasonFact fact, Localization.TextLanguage language, ExplanationReason written)
    {
        if (_written.TryGetValue(fact, out var languages))
        {
            languages[(int)language] = written;
        }
    }

    /// <summary>Compares reasons by reference: the memo's own instances.</summary>
    private sealed class ByReference : IEqualityComparer<ProviderReasonFact>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(ProviderReasonFact? x, ProviderReasonFact? y) => ReferenceEquals(x, y);

        public int GetHashCode(ProviderReasonFact obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>What a need's blocking reasons depend on: the need without its call, the edition view (edition and API
    /// version) and whether the business is registered abroad.</summary>
    private readonly record struct NeedKey(PaymentService Service, int Variant, EasyPayBrandSet Brands, EditionView View, bool Abroad)
    {
        public static NeedKey Of(RequirementFact need)
        {
            var context = need.Context;
            var (variant, brands) = need switch
            {
                RecurringCardNeed recurring => ((int)recurring.Issuance, EasyPayBrandSet.Empty),
                EasyPayNeed easyPay => ((int)easyPay.Integration, easyPay.Brands),
                IdentityVerificationNeed identity => ((int)identity.Purpose, EasyPayBrandSet.Empty),
                OverseasCardNeed overseas => (overseas.Recurring ? 1 : 0, EasyPayBrandSet.Empty),
                _ => (0, EasyPayBrandSet.Empty),
            };
            return new NeedKey(NeedServices.ServiceOf(need), variant, brands, context.View, context.BusinessRegisteredAbroad);
        }
    }
}
