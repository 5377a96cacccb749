using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp search QUERY [filters] [--json]</c>: the same search and JSON as <c>GET /api/search</c>.</summary>
internal static partial class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("QUERY") { Description = "The question or query, e.g. \"what did we resolve about DHR funding\"" };
        var topic = new Option<string[]>("--topic") { Description = "Topic id (repeatable), e.g. DHR" };
        var speaker = new Option<string[]>("--speaker") { Description = "Speaker id or name (repeatable), e.g. peerbux" };
        var committee = new Option<string[]>("--committee") { Description = "Committee name or slug (repeatable), e.g. kcsp" };
        var from = new Option<DateOnly?>("--from") { Description = "Meetings on or after this date (yyyy-MM-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "Meetings on or before this date (yyyy-MM-dd)" };
        var kind = new Option<string[]>("--kind") { Description = "Chunk kind: discussion, resolution, procedural, attendance" };
        kind.AcceptOnlyFromAmong("discussion", "resolution", "procedural", "attendance");
        var group = new Option<SearchGroup>("--group") { Description = "item (default) or chunk", DefaultValueFactory = _ => SearchGroup.Item };
        var limit = new Option<int>("--limit") { Description = $"Hits to show (1–{SearchRequest.MaxPageSize}, default 10)", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > SearchRequest.MaxPageSize) r.AddError($"--limit must be between 1 and {SearchRequest.MaxPageSize}.");
        });
        var json = new Option<bool>("--json") { Description = "Print the response as JSON (as GET /api/search returns it)" };
        var restricted = new Option<bool>("--include-restricted") { Description = "Also search exempt items" };

        var command = new Command("search", "Search the index") { query, topic, speaker, committee, from, to, kind, group, limit, json, restricted };
        command.SetAction(parseResult =>
        {
            var request = new SearchRequest
            {
                Q = parseResult.GetValue(query),
                Topics = parseResult.GetValue(topic) ?? [],
                Speakers = parseResult.GetValue(speaker) ?? [],
                Committees = parseResult.GetValue(committee) ?? [],
                Kinds = parseResult.GetValue(kind) ?? [],
                From = parseResult.GetValue(from),
                To = parseResult.GetValue(to),
                Group = parseResult.GetValue(group),
                PageSize = parseResult.GetValue(limit),
            };
            using var services = CliServices.Build(parseResult);
            var index = services.GetRequiredService<SearchIndex>();
            var engine = new SearchEngine(index, SearchOptions.FromConfig(CliServices.MinutesOptions(services)));
            SearchResponse response;
            try
            {
                response = engine.Search(request, parseResult.GetValue(restricted));
            }
            catch (QuerySyntaxException e)
            {
                console.Fail(e.Message);
                return ExitCodes.BadInput;
            }
            if (parseResult.GetValue(json))
                console.Output.WriteLine(JsonSerializer.Serialize(response, CliJson.Indented));
            else
                WriteReadable(response, console);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteReadable(SearchResponse response, CliConsole console)
    {
        console.Output.WriteLine($"{response.Total:N0} matches for {response.InterpretedAs} ({response.TookMs:0.0} ms){(response.DidYouMean is null ? "" : $"; did you mean \"{response.DidYouMean}\"?")}");
        if (console.IsTerminal)
        {
            var table = new Table().AddColumns("#", "Meeting", "Item", "Para", "Kind", "Passage");
            var rank = 0;
            foreach (var hit in response.Hits)
                table.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape($"{hit.MeetingDate:yyyy-MM-dd} {hit.Committee}"),
                    Markup.Escape(hit.ItemTitle ?? ""), hit.Paragraph, hit.Kind, Highlight(hit.Snippet));
            AnsiConsole.Write(table);
            return;
        }
        var n = 0;
        foreach (var hit in response.Hits)
        {
            console.Output.WriteLine($"{++n}. {hit.Citation} [{hit.Kind}]");
            console.Output.WriteLine($"   {WebUtility.HtmlDecode(Mark().Replace(hit.Snippet, ""))}");
        }
    }

    /// <summary>Snippets arrive HTML-escaped with &lt;mark&gt;: shown bold on a terminal.</summary>
    private static string Highlight(string snippet)
    {
        // Splitting at both tags alternates outside, inside, outside...
        return string.Concat(Mark().Split(snippet).Select((part, i) =>
        {
            var text = Markup.Escape(WebUtility.HtmlDecode(part));
            return i % 2 == 1 ? $"[bold yellow]{text}[/]" : text;
        }));
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex Mark();
}
