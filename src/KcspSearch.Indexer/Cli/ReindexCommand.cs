using System.CommandLine;
using KcspSearch.Indexer.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Cli;

/// <summary>
/// <c>kcsp reindex [PATH...]</c>: parses and writes every document again, even unchanged ones (after a parser or
/// taxonomy change). Without paths: the sample minutes and everything the worker has processed.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (default: the samples and processed/)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("reindex", "Parse and index documents again, even when unchanged") { paths };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var given = parseResult.GetValue(paths) ?? [];
            if (given.Length == 0)
            {
                using var services = CliServices.Build(parseResult);
                var options = CliServices.Options(services);
                var folders = new InboxFolders(services.GetRequiredService<IOptions<KcspOptions>>());
                given = new[] { options.SamplesDirectory, folders.Processed }.Where(Directory.Exists).ToArray();
                if (given.Length == 0)
                {
                    console.Fail($"nothing to reindex: neither {options.SamplesDirectory} nor {folders.Processed} exists.");
                    return Task.FromResult(ExitCodes.BadInput);
                }
            }
            return IndexCommand.RunAsync(console, parseResult, given, force: true, "Reindexing", cancellationToken);
        });
        return command;
    }
}
