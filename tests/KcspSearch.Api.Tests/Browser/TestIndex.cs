extern alias kcsp;

using kcsp::KcspSearch.Indexer.Generation;
using kcsp::KcspSearch.Indexer.Ingest;
using KcspSearch.Tests;

namespace KcspSearch.Api.Tests.Browser;

/// <summary>
/// Fills the running service's index through its own ingest path: the client's two real minutes (the 2019 PDF and the
/// 2022 ModernGov page) plus a small generated corpus of KCSP meetings that spreads matches over the years.
/// </summary>
public static class TestIndex
{
    private const int GeneratedMeetings = 8;
    private const int GeneratorSeed = 2024;

    public static async Task FillAsync(IngestService ingest, string workDirectory)
    {
        var generated = Path.Combine(workDirectory, "generated");
        new CorpusGenerator(GeneratorSeed).Generate(GeneratedMeetings, generated);
        var documents = Directory.EnumerateFiles(generated, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Prepend(SharedFiles.Fixture("kcsp-2022-03-24.html"))
            .Prepend(SharedFiles.Fixture("kcsp-2019-10-08.pdf"));
        foreach (var document in documents)
        {
            var result = await ingest.IngestAsync(document);
            if (!result.Succeeded) throw new InvalidOperationException($"The test index could not ingest {document}: {result.Reason} {result.Message}");
        }
    }
}
