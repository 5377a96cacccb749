extern alias kcsp;

using kcsp::KcspSearch.Indexer;
using kcsp::KcspSearch.Indexer.Generation;
using kcsp::KcspSearch.Indexer.Ingest;
using KcspSearch.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// Builds a real index the way the service does (the indexer's ingest over the minutes pipeline): the client's two real
/// minutes (the 2019 PDF and the 2022 ModernGov page) plus a small generated corpus that spreads meetings over the years.
/// </summary>
public static class TestIndex
{
    private const int GeneratedMeetings = 8;
    private const int GeneratorSeed = 2024;

    /// <summary>The repository's committed config (topics.json, acronyms.json).</summary>
    public static string ConfigDirectory { get; } = Path.Combine(RepositoryRoot(), "index-data");

    public static async Task BuildAsync(string indexDirectory, string workDirectory)
    {
        var sources = Path.Combine(workDirectory, "sources");
        Directory.CreateDirectory(sources);
        File.Copy(SharedFiles.Fixture("kcsp-2019-10-08.pdf"), Path.Combine(sources, "kcsp-2019-10-08.pdf"));
        File.Copy(SharedFiles.Fixture("kcsp-2022-03-24.html"), Path.Combine(sources, "kcsp-2022-03-24.html"));
        new CorpusGenerator(GeneratorSeed).Generate(GeneratedMeetings, Path.Combine(sources, "generated"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kcsp:IndexDirectory"] = indexDirectory,
            ["Kcsp:ConfigDirectory"] = ConfigDirectory,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddKcspIndexer();
        await using var provider = services.BuildServiceProvider();
        var ingest = provider.GetRequiredService<IngestService>();
        foreach (var file in Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var result = await ingest.IngestAsync(file);
            if (!result.Succeeded) throw new InvalidOperationException($"The test index could not ingest {file}: {result}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KcspSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No KcspSearch.sln above {AppContext.BaseDirectory}.");
    }
}
