using System.Collections.Concurrent;
using System.CommandLine;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp index PATH... [--index-dir DIR]</c>: ingest files and folders (recursively), with progress and a summary.</summary>
internal static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders of minutes", Arity = ArgumentArity.OneOrMore };
        var command = new Command("index", "Index minutes files and folders") { paths };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(console, parseResult, parseResult.GetValue(paths)!, force: false, "Indexing", cancellationToken));
        return command;
    }

    /// <summary>Shared with <c>reindex</c>: ingest every file under <paramref name="paths"/>, print the summary, return the exit code.</summary>
    public static async Task<int> RunAsync(CliConsole console, ParseResult parseResult, IReadOnlyList<string> paths, bool force, string title, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            console.Fail($"{string.Join(", ", missing)}: no such file or folder.");
            return ExitCodes.BadInput;
        }
        var files = Files(paths).ToList();
        using var services = CliServices.Build(parseResult);
        var ingest = services.GetRequiredService<IngestService>();
        var results = new ConcurrentBag<IngestResult>();
        var started = System.Diagnostics.Stopwatch.StartNew();

        await CliProgress.RunAsync(console, title, files.Count, async advance =>
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = ingest.DocumentsInFlight, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(files, parallel, async (file, ct) =>
            {
                results.Add(await ingest.IngestAsync(file, ct, force));
                advance();
            });
        });
        return Summarise(console, results.ToList(), started.Elapsed, ingest.Index.GetStats().BytesOnDisk);
    }

    private static int Summarise(CliConsole console, List<IngestResult> results, TimeSpan elapsed, long indexBytes)
    {
        foreach (var failure in results.Where(r => !r.Succeeded).OrderBy(r => r.FileName, StringComparer.Ordinal))
            console.Error.WriteLine($"failed: {failure.FileName}: {failure.Reason}: {failure.Message?.ReplaceLineEndings(" ")}");
        int Count(IngestOutcome outcome) => results.Count(r => r.Outcome == outcome);
        var chunks = results.Where(r => r.Outcome is IngestOutcome.Added or IngestOutcome.Updated).Sum(r => r.Chunks);
        var rate = elapsed.TotalSeconds > 0 ? chunks / elapsed.TotalSeconds : 0;
        console.Output.WriteLine(
            $"{results.Count:N0} files in {elapsed.TotalSeconds:0.0} s: {Count(IngestOutcome.Added):N0} added, {Count(IngestOutcome.Updated):N0} updated, " +
            $"{Count(IngestOutcome.Unchanged):N0} unchanged, {Count(IngestOutcome.Failed):N0} failed; {chunks:N0} chunks written ({rate:N0} chunks/s); index {indexBytes / 1048576.0:N1} MB");
        return results.Any(r => !r.Succeeded) ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    /// <summary>Files under the paths, skipping hidden files and folders (the worker's claim folder), error reports and notes.</summary>
    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
                continue;
            }
            var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System });
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(path, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => !InboxFolders.IsCandidate(part))) continue;
                if (file.EndsWith(".error.json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
                yield return file;
            }
        }
    }
}
