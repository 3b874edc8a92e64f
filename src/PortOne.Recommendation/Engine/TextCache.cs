using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using PortOne.Recommendation.Catalog;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation;

/// <summary>
/// The texts an engine has written, in its one culture, so that each is looked up and formatted once. Texts compare
/// by value (resource key and arguments, or their Korean and English versions). Thread-safe; bounded: once it holds
/// <see cref="Capacity"/> texts, further ones are written each time and not kept, so rules that make texts from
/// ever-changing values cannot make it grow without end.
/// </summary>
internal sealed class TextCache(CultureInfo culture)
{
    /// <summary>How many texts are kept at most. The built-in rules write a few hundred in all.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<LocalizableText, string> _texts = new();
    private readonly ConcurrentDictionary<BenefitCode, PartnerBenefit> _benefits = new();
    private int _count;

    public string Resolve(LocalizableText text)
    {
        if (_texts.TryGetValue(text, out var resolved))
        {
            return resolved;
        }

        resolved = text.Resolve(culture);
        if (Volatile.Read(ref _count) < Capacity && _texts.TryAdd(text, resolved))
        {
            Interlocked.Increment(ref _count);
        }

        return resolved;
    }

    /// <summary>Returns a partner benefit with its text. Benefits are immutable, so every result can share one.</summary>
    public PartnerBenefit Benefit(BenefitCode code) =>
        _benefits.TryGetValue(code, out var benefit)
            ? benefit
            : _benefits.GetOrAdd(code, new PartnerBenefit(code, TextCatalog.Get("Benefit." + code.ToString(), culture)));
}
