// PortOne.Recommendation console sample: what a merchant needs in, which PG to apply for and how, out.
//
//   dotnet run --project samples/PortOne.Recommendation.Console                      the default scenario, in Korean
//   dotnet run --project samples/PortOne.Recommendation.Console -- --lang en         in English
//   dotnet run --project samples/PortOne.Recommendation.Console -- --edition latest  on the latest package edition
//   dotnet run --project samples/PortOne.Recommendation.Console -- --why             why each PG is or is not named
//   dotnet run --project samples/PortOne.Recommendation.Console -- --compare-edition latest   what the latest edition changes
//   dotnet run --project samples/PortOne.Recommendation.Console -- --help            every option
//
// The work happens in App/ConsoleApp.cs; docs/console.md lists the options and exit codes.
using System;
using System.Text;
using PortOne.Recommendation.ConsoleSample.App;

Console.OutputEncoding = Encoding.UTF8;
return ConsoleApp.Run(args, AppIo.FromConsole());
