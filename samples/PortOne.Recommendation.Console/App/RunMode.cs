namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>Where the requirements come from, or whether the scenarios are only listed.</summary>
internal enum RunMode
{
    /// <summary>A built-in scenario (<c>--scenario</c>, or the default one when nothing else is named).</summary>
    Scenario,

    /// <summary>JSON from a file or standard input (<c>--input</c>).</summary>
    Input,

    /// <summary>The questionnaire (<c>--interactive</c>).</summary>
    Interactive,

    /// <summary>Only list the built-in scenarios (<c>--list-scenarios</c>).</summary>
    ListScenarios,
}
