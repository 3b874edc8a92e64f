using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PortOne.Recommendation.ConsoleSample.Interactive;
using PortOne.Recommendation.ConsoleSample.Json;
using PortOne.Recommendation.ConsoleSample.Reports;
using PortOne.Recommendation.ConsoleSample.Scenarios;
using PortOne.Recommendation.ConsoleSample.Texts;
using PortOne.Recommendation.Json;

namespace PortOne.Recommendation.ConsoleSample.App;

/// <summary>
/// The sample from arguments to exit code: parses the command line, gets the requirements (scenario, JSON or
/// questionnaire), asks the engine and writes the report. Every failure ends as one message on standard error.
/// </summary>
internal static class ConsoleApp
{
    /// <summary>Runs the sample.</summary>
    /// <returns>An exit code of <see cref="ExitCodes"/>.</returns>
    public static int Run(IReadOnlyList<string> args, AppIo io)
    {
        var language = Language.Korean;
        try
        {
            var commandLine = new SampleCommandLine();
            var parse = commandLine.Parse(args);
            language = commandLine.LanguageOf(parse);
            if (parse.Errors.Count > 0)
            {
                return UsageError(parse, commandLine, io);
            }

            commandLine.Root.SetAction(result => Execute(commandLine.Read(result), io));
            return parse.Invoke(new InvocationConfiguration
            {
                Output = io.Output,
                Error = io.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (BadInputException ex)
        {
            WriteError(io, language, ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OutputUnavailableException ex)
        {
            WriteError(io, language, ex.Message);
            return ExitCodes.UnexpectedFailure;
        }
        catch (Exception ex)
        {
            WriteError(io, language, UiTexts.UnexpectedFailure.Format(language, ex.GetType().Name, ex.Message));
            return ExitCodes.UnexpectedFailure;
        }
    }

    private static int Execute(Invocation invocation, AppIo io)
    {
        var language = invocation.Language;
        var output = new ReportOutput(io, invocation.Format, invocation.OutputPath, language);
        if (invocation.Mode == RunMode.ListScenarios)
        {
            output.Write(
                ScenarioListReport.Build(ScenarioCatalog.All, language),
                ScenarioListReport.Summaries(ScenarioCatalog.All, language));
            return ExitCodes.Success;
        }

        var request = invocation.Mode switch
        {
            RunMode.Input => FromJson(invocation.InputPath!, io, language),
            RunMode.Interactive => FromQuestionnaire(io, language),
            _ => FromScenario(ScenarioCatalog.Find(invocation.ScenarioName!), language),
        };

        // An edition on the command line wins over a scenario's own; without either the library's default applies.
        var edition = invocation.Edition ?? (request.Edition is { } own ? EditionChoice.Of(own) : SharedEngines.DefaultEdition);
        var context = SharedEngines.Context(language, edition);
        var engine = SharedEngines.Engine;
        var requirements = request.Requirements;
        if (invocation.Comparison is { } asked)
        {
            var (comparison, compared) = Compare(engine, asked, requirements, edition, context, request.Source, language);
            output.Write(ComparisonReport.Build(request.Subject, request.Summary, compared, comparison, language), comparison);
            return ExitCodes.Success;
        }

        if (invocation.Why is not null)
        {
            context = context with { Explain = true };
        }

        if (invocation.Onboarding)
        {
            context = context with { IncludeOnboarding = true };
        }

        var result = Validated(() => engine.Recommend(requirements, context), request.Source, language);
        var conditions = new RunConditions(edition, result.Edition, requirements);
        if (invocation.Why is { Service: var service })
        {
            var explained = ExplanationReport.Only(result, service, language);
            output.Write(ExplanationReport.Build(request.Subject, request.Summary, conditions, explained, language), explained);
            return ExitCodes.Success;
        }

        output.Write(RecommendationReport.Build(request.Subject, request.Summary, conditions, result, language), result);
        return ExitCodes.Success;
    }

    private static Requested FromScenario(Scenario scenario, Language language) =>
        new(scenario.Requirements, scenario.Title.In(language), scenario.Description.In(language), scenario.Name)
        {
            Edition = scenario.Edition,
        };

    private static Requested FromJson(string path, AppIo io, Language language)
    {
        if (path == SampleCommandLine.StandardInput)
        {
            var source = UiTexts.SourceStandardInput.In(language);
            return new(RequirementsJsonReader.Read(io.Input, source, language), UiTexts.SubjectStandardInput.In(language), null, source);
        }

        using var file = OpenInput(path, language);
        return new(RequirementsJsonReader.Read(file, path, language), UiTexts.SourceInputFile.Format(language, path), null, path);
    }

    private static Requested FromQuestionnaire(AppIo io, Language language)
    {
        using var answers = new StreamReader(io.Input, leaveOpen: true);
        var requirements = new Questionnaire(answers, io.Error, language, answersTyped: io.InputIsTerminal).Ask();
        io.Error.WriteLine();
        var source = UiTexts.SourceQuestionnaire.In(language);
        return new(requirements, source, null, source);
    }

    private static FileStream OpenInput(string path, Language language)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BadInputException(UiTexts.InputFileNotFound.Format(language, path), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(UiTexts.InputNotReadable.Format(language, path, ex.Message), ex);
        }
    }

    /// <summary>Runs both answers of a comparison: the run's edition and API version (before) against the one asked
    /// for (after), the rest unchanged.</summary>
    private static (RecommendationComparison Comparison, ComparedConditions Conditions) Compare(
        RecommendationEngine engine,
        ComparisonRequest asked,
        MerchantRequirements requirements,
        EditionChoice edition,
        RecommendationContext context,
        string source,
        Language language) =>
        asked switch
        {
            EditionComparison e => (
                Validated(() => engine.CompareEditions(requirements, edition, e.After, context), source, language),
                new ComparedConditions(ComparedAspect.Edition, edition, requirements) { AfterEdition = e.After }),
            ApiVersionComparison a => (
                Validated(() => engine.CompareApiVersions(requirements, requirements.ApiVersion, a.After, context), source, language),
                new ComparedConditions(ComparedAspect.ApiVersion, edition, requirements) { AfterApiVersion = a.After }),
            _ => throw new NotSupportedException($"No comparison for {asked.GetType().Name}."),
        };

    /// <summary>Runs the engine; requirements it refuses are bad input, named by their JSON paths.</summary>
    private static T Validated<T>(Func<T> call, string source, Language language)
    {
        try
        {
            return call();
        }
        catch (RequirementsValidationException ex)
        {
            var problems = string.Join("; ", ex.Errors.Select(e => RecommendationJson.ToJsonPath(e.Path) + ": " + e.Message));
            throw new BadInputException(UiTexts.RequirementsInvalid.Format(language, source, problems), ex);
        }
    }

    private static int UsageError(ParseResult parse, SampleCommandLine commandLine, AppIo io)
    {
        foreach (var error in parse.Errors)
        {
            io.Error.WriteLine(UiTexts.ErrorPrefix.In(Language.English) + error.Message);
        }

        io.Error.WriteLine();
        commandLine.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = io.Error, Error = io.Error });
        return ExitCodes.BadInput;
    }

    private static void WriteError(AppIo io, Language language, string message)
    {
        try
        {
            io.Error.WriteLine(UiTexts.ErrorPrefix.In(language) + TerminalText.Escape(message));
            io.Error.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Standard error cannot be written (closed, or a full disk): the exit code is all that is left to say it.
        }
    }

    /// <summary>The requirements to run, how the report names them, and a scenario's own package edition.</summary>
    private sealed record Requested(MerchantRequirements Requirements, string Subject, string? Summary, string Source)
    {
        public PackageEdition? Edition { get; init; }
    }
}
