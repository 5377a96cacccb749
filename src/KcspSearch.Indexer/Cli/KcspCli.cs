using System.CommandLine;
using System.CommandLine.Invocation;

namespace KcspSearch.Indexer.Cli;

/// <summary>The <c>kcsp</c> command line: parse, index, search, export, generate, stats, verify, reindex, watch.</summary>
public static class KcspCli
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand("kcsp: index and search committee minutes (KcspSearch)")
        {
            ParseCommand.Create(console),
            IndexCommand.Create(console),
            SearchCommand.Create(console),
            ExportCommand.Create(console),
            GenerateCommand.Create(console),
            StatsCommand.Create(console),
            VerifyCommand.Create(console),
            ReindexCommand.Create(console),
            WatchCommand.Create(),
        };
        root.Options.Add(CliServices.IndexDirOption);
        return root;
    }

    /// <summary>Runs <c>kcsp</c> with <paramref name="args"/>; usage errors exit 2 with the error on standard error.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parseResult = Create(console).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
                console.Fail(error.Message);
            console.Error.WriteLine("Run 'kcsp --help' for usage.");
            return ExitCodes.BadInput;
        }
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
