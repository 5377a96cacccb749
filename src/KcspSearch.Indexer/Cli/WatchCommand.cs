using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KcspSearch.Indexer.Cli;

/// <summary><c>kcsp watch</c>: runs the inbox worker on its own until stopped (Ctrl+C).</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var command = new Command("watch", "Run the inbox worker in the foreground: index files dropped into the inbox");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // Reads appsettings.json and Kcsp__* environment variables itself, as the CLI's other commands do.
            var builder = Host.CreateApplicationBuilder();
            CliServices.Configure(builder.Services, parseResult);
            builder.Services.AddKcspIndexer();
            builder.Services.PostConfigure<KcspOptions>(o => o.RunIndexer = true);
            using var host = builder.Build();
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
