using Spectre.Console;

namespace KcspSearch.Indexer.Cli;

/// <summary>Progress for long work: a Spectre.Console bar on a terminal, a plain line every tenth when output is redirected.</summary>
internal static class CliProgress
{
    public static async Task RunAsync(CliConsole console, string title, int total, Func<Action, Task> work)
    {
        if (console.IsTerminal && total > 0)
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(title, maxValue: total);
                    await work(() => task.Increment(1));
                });
            return;
        }
        var done = 0;
        var step = Math.Max(1, total / 10);
        var gate = new Lock();
        await work(() =>
        {
            var now = Interlocked.Increment(ref done);
            if (now % step != 0 && now != total) return;
            lock (gate) console.Output.WriteLine($"{title}: {now:N0}/{total:N0} ({100.0 * now / Math.Max(1, total):0}%)");
        });
    }
}
