using System.CommandLine;
using KcspSearch.Minutes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Cli;

/// <summary>
/// The CLI's configuration, the same as the API's and the worker's: section <c>Kcsp</c> from appsettings.json in the
/// current folder and <c>Kcsp__*</c> environment variables; <c>--index-dir</c> overrides the index folder.
/// </summary>
internal static class CliServices
{
    public static readonly Option<string?> IndexDirOption = new("--index-dir")
    {
        Description = "Index folder (overrides Kcsp:IndexDirectory; default index-data)",
        Recursive = true,
    };

    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>Registers the indexer's services (not started: the CLI runs them in the foreground).</summary>
    public static ServiceProvider Build(ParseResult parseResult)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(Configuration());
        services.AddLogging();
        Configure(services, parseResult);
        services.AddKcspIndexer();
        return services.BuildServiceProvider();
    }

    public static void Configure(IServiceCollection services, ParseResult parseResult)
    {
        if (parseResult.GetValue(IndexDirOption) is { Length: > 0 } directory)
            services.PostConfigure<KcspOptions>(o => o.IndexDirectory = directory);
    }

    public static KcspOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<KcspOptions>>().Value;

    public static MinutesOptions MinutesOptions(IServiceProvider services) => services.GetRequiredService<IOptions<MinutesOptions>>().Value;
}
