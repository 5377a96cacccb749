using System.CommandLine;
using System.Text.Json;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp stats</c>: documents, meetings, chunks, index size, last ingest.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("stats", "Show the size and freshness of the index") { json };
        command.SetAction(parseResult =>
        {
            using var services = CliServices.Build(parseResult);
            var index = services.GetRequiredService<SearchIndex>();
            var stats = index.GetStats();
            if (parseResult.GetValue(json))
            {
                console.Output.WriteLine(JsonSerializer.Serialize(stats, CliJson.Indented));
                return ExitCodes.Success;
            }
            console.Output.WriteLine($"index:       {index.DatabasePath}");
            console.Output.WriteLine($"documents:   {stats.Documents:N0}");
            console.Output.WriteLine($"meetings:    {stats.Meetings:N0}");
            console.Output.WriteLine($"chunks:      {stats.Chunks:N0}");
            console.Output.WriteLine($"size:        {stats.BytesOnDisk / 1048576.0:N1} MB");
            console.Output.WriteLine($"last ingest: {(stats.LastIngest is { } last ? last.ToString("u") : "never")}");
            return ExitCodes.Success;
        });
        return command;
    }
}
