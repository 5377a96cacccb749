using System.CommandLine;
using KcspSearch.Indexer.Generation;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp generate --meetings N --out DIR [--seed S]</c>: a deterministic synthetic corpus in the real formats.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var meetings = new Option<int>("--meetings") { Description = "Number of meetings to write", Required = true };
        meetings.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--meetings must be at least 1.");
        });
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write into (files go into one subfolder per year)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and count give the same files (default 1)", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write synthetic minutes (printed-minutes text, ModernGov HTML and text) for demos and scale tests") { meetings, output, seed };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(meetings);
            var folder = parseResult.GetValue(output)!;
            var generator = new CorpusGenerator(parseResult.GetValue(seed));
            GenerationSummary summary = null!;
            await CliProgress.RunAsync(console, "Generating", count, advance =>
            {
                summary = generator.Generate(count, folder.FullName, new SynchronousProgress(advance), cancellationToken);
                return Task.CompletedTask;
            });
            console.Output.WriteLine(
                $"{summary.Meetings:N0} meetings of {summary.Committees} committees written to {folder.FullName} in {summary.Elapsed.TotalSeconds:0.0} s: " +
                $"{summary.Bytes / 1048576.0:N1} MB, about {summary.ExpectedChunks:N0} chunks");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reports on the writing thread (<see cref="Progress{T}"/> would post to a context the CLI does not have).</summary>
    private sealed class SynchronousProgress(Action advance) : IProgress<int>
    {
        public void Report(int value) => advance();
    }
}
