using PortOne.Recommendation.Localization;

namespace PortOne.Recommendation.Benchmarks;

/// <summary>
/// The engine's own rules in NRules with none of the engine's work around them: the built-in rule set compiled the way
/// the engine compiles it, and per call what the engine does inside NRules (in an engine session reused call after
/// call: the call fact updated, the decisions fired, the plan worked out and the plan stage fired) and nothing else: no
/// validation, no result.
/// What these rules cost in NRules itself, the part of the engine's uncached time that the engine cannot remove
/// without changing the rules.
/// </summary>
internal sealed class BareNRules
{
    private readonly EnginePipeline _pipeline = new(TextLanguage.Korean, EnginePipeline.CompileBuiltInRules(compiler: null));

    /// <returns>The number of rules that fired.</returns>
    public int Run(MerchantRequirements requirements) => _pipeline.RunRules(requirements);
}
