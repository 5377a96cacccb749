using System.CommandLine;
using System.Text.Json;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp export --jsonl</c>: every chunk, one JSON object a line.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object a line: id, meeting_date, committee, item_title, speaker, topics, kind, text (the only format)" };
        var restricted = new Option<bool>("--include-restricted") { Description = "Also export exempt items" };
        var command = new Command("export", "Export every indexed chunk") { jsonl, restricted };
        command.SetAction(parseResult =>
        {
            using var services = CliServices.Build(parseResult);
            var index = services.GetRequiredService<SearchIndex>();
            foreach (var chunk in index.ExportChunks(parseResult.GetValue(restricted)))
                console.Output.WriteLine(JsonSerializer.Serialize(chunk, CliJson.Compact));
            return ExitCodes.Success;
        });
        return command;
    }
}
