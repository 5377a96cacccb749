using System.CommandLine;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp verify</c>: SQLite and FTS5 integrity, and agreement between the tables and the FTS index.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("verify", "Check the index's integrity; exit 1 when a problem is found");
        command.SetAction(parseResult =>
        {
            using var services = CliServices.Build(parseResult);
            var report = services.GetRequiredService<SearchIndex>().Verify();
            foreach (var problem in report.Problems)
                console.Error.WriteLine($"problem: {problem}");
            console.Output.WriteLine(report.Ok ? "index OK" : $"{report.Problems.Count} problem(s) found");
            return report.Ok ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }
}
