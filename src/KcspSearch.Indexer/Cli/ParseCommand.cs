using System.CommandLine;
using System.Text.Json;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp parse FILE [--json]</c>: one document through the pipeline, without indexing it.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A minutes file: PDF, ModernGov HTML page, DOCX or text" };
        var json = new Option<bool>("--json") { Description = "Print the parsed meeting as JSON (the parse contract of ARCHITECTURE.md)" };
        var command = new Command("parse", "Parse one minutes file and print the meeting") { file, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                console.Fail($"{path.FullName}: no such file.");
                return ExitCodes.BadInput;
            }
            using var services = CliServices.Build(parseResult);
            Meeting meeting;
            try
            {
                meeting = await services.GetRequiredService<MinutesPipeline>().ProcessAsync(SourceDocument.FromFile(path.FullName), cancellationToken);
            }
            catch (MinutesException e)
            {
                console.Fail($"{e.Error}: {OneLine(e.Message)}");
                return ExitCodes.BadInput;
            }
            if (parseResult.GetValue(json))
                console.Output.WriteLine(JsonSerializer.Serialize(meeting, CliJson.Indented));
            else
                WriteSummary(meeting, console.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static void WriteSummary(Meeting meeting, TextWriter output)
    {
        output.WriteLine($"{meeting.Id}: {meeting.Committee}, {meeting.Date:yyyy-MM-dd}{(meeting.StartTime is null ? "" : " " + meeting.StartTime)}, {meeting.Venue ?? "no venue"} ({meeting.Status}, {meeting.Format})");
        output.WriteLine($"{meeting.Attendees.Count} attendees, {meeting.Items.Count} items, {meeting.AllChunks.Count()} chunks");
        foreach (var item in meeting.Items)
        {
            var number = item.MinuteNumber ?? item.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var code = item.AgendaCode is null ? "" : $" ({item.AgendaCode})";
            output.WriteLine($"  {number}. {item.Title}{code}{(item.Restricted ? " [restricted]" : "")}: {item.Paragraphs.Count} paragraphs, {item.Resolutions.Count} resolutions{(item.Topics.Count > 0 ? ", topics " + string.Join(", ", item.Topics) : "")}");
        }
    }
}
