// Side-by-side benchmarks of PortOne.Recommendation. See bench/README.md.
//
//   dotnet run -c Release --project bench/PortOne.Recommendation.Benchmarks              everything (about 10 minutes)
//   dotnet run -c Release --project bench/PortOne.Recommendation.Benchmarks -- --validate   agreement check only
//   ... -- --cpu | --phases | --sweep | --cold-start                                                one measurement only
//   ... -- --filter '*Throughput*'                                                          BenchmarkDotNet's own options
using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using PortOne.Recommendation.Benchmarks;

switch (args.FirstOrDefault())
{
    case ColdStart.ChildArgument:
        ColdStart.RunChild();
        return 0;
    case ColdStart.RulesEngineArgument:
        ColdStart.RunRulesEngineChild();
        return 0;
    case ColdStart.StepsArgument:
        ColdStart.RunSteps(args[1]);
        return 0;
    case ColdStart.NoOpArgument:
        return 0;
    case "--validate":
        Console.WriteLine(Agreement.Report(Agreement.Check()));
        return 0;
    case "--cold-start":
        TargetsReport.Print([], ColdStart.Measure(), worstProfileMicroseconds: null);
        return 0;
    case "--phases":
        Phases.Print();
        return 0;
    case "--cpu":
        CpuTimes.Print();
        return 0;
    case "--sweep":
        Sweep.Run();
        return 0;
}

Console.WriteLine(Agreement.Report(Agreement.Check()));

// A short job: enough iterations for stable means on a quiet machine, short enough for a full run in minutes.
var config = DefaultConfig.Instance
    .AddJob(Job.Default
        .WithWarmupCount(3)
        .WithIterationCount(8)
        .WithIterationTime(TimeInterval.FromMilliseconds(250))
        .WithLaunchCount(1))
    .WithOptions(ConfigOptions.JoinSummary);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(RecommendBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args, config)
    .ToArray();
var worstProfileMicroseconds = args.Length == 0 ? Sweep.Run() : (double?)null;
var coldStart = args.Length == 0 ? ColdStart.Measure() : null;
TargetsReport.Print(summaries, coldStart, worstProfileMicroseconds);
return 0;
