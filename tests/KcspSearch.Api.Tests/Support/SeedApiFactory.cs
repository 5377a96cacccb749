extern alias kcsp;

using kcsp::KcspSearch.Indexer.Ingest;
using KcspSearch.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Api.Tests.Support;

/// <summary>
/// The API over an index of the client's real minutes (../shared seeds and fixtures), ingested through the
/// service's own pipeline. Without ../shared the index stays empty and the <c>[SharedFact]</c> tests skip.
/// </summary>
public sealed class SeedApiFactory() : KcspApiFactory(new Dictionary<string, string?>
{
    ["Kcsp:IndexDirectory"] = RootToken + "/seed-index",
}), IAsyncLifetime
{
    public static IEnumerable<string> Documents =>
    [
        SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt"),
        SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt"),
        SharedFiles.Fixture("kcsp-2019-10-08.pdf"),
        SharedFiles.Fixture("kcsp-2022-03-24.html"),
    ];

    public async Task InitializeAsync()
    {
        if (SharedFiles.Directory is null) return;
        var ingest = Services.GetRequiredService<IngestService>();
        foreach (var document in Documents)
        {
            var result = await ingest.IngestAsync(document);
            if (!result.Succeeded) throw new InvalidOperationException($"{document}: {result.Reason} {result.Message}");
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
