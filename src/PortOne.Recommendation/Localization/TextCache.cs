using System.Collections.Concurrent;
using System.Threading;
using PortOne.Recommendation.Facts;

namespace PortOne.Recommendation.Localization;

/// <summary>
/// The texts an engine has written, per language, so that each is looked up and formatted once. Texts compare by
/// content (resource key and arguments, lists element by element, or their Korean and English versions). Thread-safe;
/// bounded: once a language holds <see cref="Capacity"/> texts, further ones are written each time and not kept, so
/// rules that make texts from ever-changing values cannot make it grow without end.
/// </summary>
internal sealed class TextCache
{
    /// <summary>How many texts are kept at most per language. The built-in rules write a few hundred in all.</summary>
    public const int Capacity = 4096;

    private readonly Language[] _languages = [new(), new()];

    /// <summary>Gets the number of texts kept for a language, for tests.</summary>
    public int Count(TextLanguage language) => Volatile.Read(ref _languages[(int)language].Count);

    public string Resolve(LocalizableText text, TextLanguage language)
    {
        var cache = _languages[(int)language];
        if (cache.Texts.TryGetValue(text, out var resolved))
        {
            return resolved;
        }

        resolved = text.Resolve(language);
        if (Volatile.Read(ref cache.Count) < Capacity && cache.Texts.TryAdd(text, resolved))
        {
            Interlocked.Increment(ref cache.Count);
        }

        return resolved;
    }

    /// <summary>Returns a partner benefit with its text. Benefits are immutable, so every result can share one.</summary>
    public PartnerBenefit Benefit(BenefitCode code, TextLanguage language) =>
        _languages[(int)language].Benefits.GetOrAdd(code, c => new PartnerBenefit(c, TextCatalog.Get("Benefit." + c.ToString(), language)));

    private sealed class Language
    {
        public readonly ConcurrentDictionary<LocalizableText, string> Texts = new();
        public readonly ConcurrentDictionary<BenefitCode, PartnerBenefit> Benefits = new();
#pragma warning disable SA1401, CA1051 // Incremented with Interlocked, so a field.
        public int Count;
#pragma warning restore SA1401, CA1051
    }
}
