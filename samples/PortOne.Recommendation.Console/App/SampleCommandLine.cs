using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Json;
using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>The options of the sample, parsed by System.CommandLine.</summary>
internal sealed class SampleCommandLine
{
    /// <summary>The token that stands for standard input in <c>--input</c>.</summary>
    public const string StandardInput = "-";

    private static readonly string[] FormatNames = ["text", "json", "markdown"];

    /// <summary>The names <c>--edition</c> accepts, in any letter case: the <see cref="PackageEdition"/> values.</summary>
    private static readonly string[] EditionNames =
        ["latest", .. Enum.GetValues<PackageEdition>().Select(e => ContractJson.NameOf(e)).Where(n => n != "latest")];

    /// <summary>The names <c>--why</c> accepts, in any letter case: the <see cref="PaymentService"/> values as the JSON
    /// output spells them.</summary>
    private static readonly string[] ServiceNames = Enum.GetValues<PaymentService>().Select(s => ContractJson.NameOf(s)).ToArray();

    /// <summary>The names <c>--compare-api</c> accepts, in any letter case: the <see cref="PortOneApiVersion"/> values.</summary>
    private static readonly string[] ApiVersionNames = Enum.GetValues<PortOneApiVersion>().Select(v => ContractJson.NameOf(v)).ToArray();

    private readonly Option<string> _lang = new Option<string>("--lang")
    {
        Description = "The language of the report: ko (Korean, the default) or en (English).",
        DefaultValueFactory = _ => Languages.Codes[0],
    }.AcceptOnlyFromAmong(Languages.Codes);

    private readonly Option<bool> _listScenarios = new("--list-scenarios")
    {
        Description = "List the built-in scenarios and exit.",
    };

    private readonly Option<string?> _scenario = new Option<string?>("--scenario")
    {
        Description = $"Run a built-in scenario; --list-scenarios shows them all (default: {ScenarioCatalog.Default.Name}).",
        HelpName = "NAME",
    }.AcceptOnlyFromAmong(ScenarioCatalog.Names);

    private readonly Option<string?> _input = new("--input")
    {
        Description = "Read MerchantRequirements JSON from FILE, or from standard input when FILE is -.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _interactive = new("--interactive")
    {
        Description = "Answer a few questions (one answer per line; answers may come on a pipe).",
    };

    private readonly Option<string> _format = new Option<string>("--format")
    {
        Description = "The output: text (a table for people), json (the contract's RecommendationResult, or its RecommendationComparison "
            + "with --compare-edition and --compare-api) or markdown.",
        DefaultValueFactory = _ => FormatNames[0],
    }.AcceptOnlyFromAmong(FormatNames);

    private readonly Option<string?> _edition = new Option<string?>("--edition")
    {
        Description = $"The edition of PortOne's recommended package, in any letter case: {string.Join(", ", EditionNames)} "
            + $"(default: a scenario's own edition, else {(SharedEngines.DefaultEdition.Edition is { } e ? ContractJson.NameOf(e) : "latest")}).",
        HelpName = "NAME",
    }.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, EditionNames);

    private readonly Option<string?> _why = new Option<string?>("--why")
    {
        Description = "Instead of the report, explain why each provider is or is not recommended: for every requested service, "
            + $"or only for SERVICE when one follows, in any letter case: {string.Join(", ", ServiceNames)}.",
        HelpName = "SERVICE",
        Arity = ArgumentArity.ZeroOrOne,
    }.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, ServiceNames);

    private readonly Option<string?> _compareEdition = new Option<string?>("--compare-edition")
    {
        Description = "Instead of the report, show what changes when the run's package edition is replaced by NAME (the names of --edition).",
        HelpName = "NAME",
    }.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, EditionNames);

    private readonly Option<string?> _compareApi = new Option<string?>("--compare-api")
    {
        Description = "Instead of the report, show what changes when the requirements' PortOne API version (or either) is replaced by VERSION: "
            + $"{string.Join(" or ", ApiVersionNames)}, in any letter case.",
        HelpName = "VERSION",
    }.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, ApiVersionNames);

    private readonly Option<bool> _onboarding = new("--onboarding")
    {
        Description = "After the report, the onboarding plan: for each planned contract PortOne's steps, waits, documents and reviews, "
            + "and the site requirements for what the merchant sells, each line with its page (in JSON, the result's onboarding).",
    };

    private readonly Option<string?> _output = new("--output")
    {
        Description = "Write the output to FILE instead of standard output.",
        HelpName = "FILE",
    };

    public SampleCommandLine()
    {
        Root = new RootCommand(
            "Recommends which payment gateway to apply for through PortOne, how to apply in the console, and what to "
            + "watch out for. Without options it runs the default scenario in Korean.")
        {
            _lang, _listScenarios, _scenario, _input, _interactive, _edition, _why, _compareEdition, _compareApi, _onboarding, _format, _output,
        };
        Root.Validators.Add(result =>
        {
            Option[] sources = [_listScenarios, _scenario, _input, _interactive];
            var given = sources.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
            if (given.Count > 1)
            {
                result.AddError($"Use only one of {string.Join(", ", sources.Select(o => o.Name))}; got {string.Join(" and ", given)}.");
            }

            // One question per run: the recommendation, why (--why), or what changes (one --compare-* option).
            Option[] questions = [_why, _compareEdition, _compareApi];
            var asked = questions.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
            if (asked.Count > 1)
            {
                result.AddError($"Use only one of {string.Join(", ", questions.Select(o => o.Name))}; got {string.Join(" and ", asked)}.");
            }

            if (result.GetResult(_onboarding) is { Implicit: false } && (asked.Count > 0 || result.GetResult(_listScenarios) is { Implicit: false }))
            {
                result.AddError($"{_onboarding.Name} goes with the recommendation report; it cannot be used with {(asked.Count > 0 ? asked[0] : _listScenarios.Name)}.");
            }

            if (asked.Count > 0 && result.GetResult(_listScenarios) is { Implicit: false })
            {
                result.AddError($"{asked[0]} needs requirements to run; it cannot be used with {_listScenarios.Name}.");
            }

            if (result.GetResult(_input) is { Tokens: [var file] } && string.IsNullOrWhiteSpace(file.Value))
            {
                result.AddError("--input needs a file name, or - for standard input.");
            }
        });
    }

    public RootCommand Root { get; }

    /// <summary>Parses the arguments as they are: an argument starting with <c>@</c> is a file name, not a response file.</summary>
    public ParseResult Parse(IReadOnlyList<string> args) =>
        Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>The language asked for, or Korean when <c>--lang</c> is missing or wrong; error messages use it even
    /// when the command line has errors.</summary>
    public Language LanguageOf(ParseResult parse) =>
        parse.GetResult(_lang)?.Tokens is [{ Value: "en" }] ? Language.English : Language.Korean;

    public Invocation Read(ParseResult parse)
    {
        var mode =
            parse.GetValue(_listScenarios) ? RunMode.ListScenarios
            : parse.GetValue(_input) is not null ? RunMode.Input
            : parse.GetValue(_interactive) ? RunMode.Interactive
            : RunMode.Scenario;
        return new Invocation(
            mode,
            parse.GetValue(_scenario) ?? ScenarioCatalog.Default.Name,
            parse.GetValue(_input),
            Languages.FromCode(parse.GetValue(_lang)!),
            parse.GetValue(_edition) is { } edition ? EditionChoice.Parse(edition) : null,
            Enum.Parse<OutputFormat>(parse.GetValue(_format)!, ignoreCase: true),
            parse.GetValue(_output))
        {
            Why = parse.GetResult(_why) is { Implicit: false }
                ? new WhyRequest(parse.GetValue(_why) is { } service ? Enum.Parse<PaymentService>(service, ignoreCase: true) : null)
                : null,
            Comparison =
                parse.GetValue(_compareEdition) is { } compared ? new EditionComparison(EditionChoice.Parse(compared))
                : parse.GetValue(_compareApi) is { } api ? new ApiVersionComparison(Enum.Parse<PortOneApiVersion>(api, ignoreCase: true))
                : null,
            Onboarding = parse.GetValue(_onboarding),
        };
    }
}
