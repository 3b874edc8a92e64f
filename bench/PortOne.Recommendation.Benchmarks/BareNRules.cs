using System.Collections.Generic;
using NRules;
using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The engine's own rules in NRules with none of the engine's work around them: the built-in rule set compiled the way
/// the engine compiles it, and per call what the engine does inside NRules (a new session, the call's facts from the
/// library's fact builder inserted, the rules fired) and nothing else: no validation, no event recorder, no result.
/// What these rules cost in NRules itself, the part of the engine's uncached time that the engine cannot remove
/// without changing the rules.
/// </summary>
internal sealed class BareNRules
{
    private readonly ISessionFactory _factory = EnginePipeline.CompileBuiltInRules(compiler: null);
    private readonly EnginePipeline _facts = new(TextLanguage.Korean);
    private readonly List<object> _buffer = new(10);

    /// <returns>The number of rules that fired.</returns>
    public int Run(MerchantRequirements requirements)
    {
        _buffer.Clear();
        _facts.AddFacts(_buffer, requirements);
        var session = _factory.CreateSession();
        session.InsertAll(_buffer);
        return session.Fire();
    }
}
