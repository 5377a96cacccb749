using KcspSearch.Indexer.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Ingest;

/// <summary>Indexes the committed sample minutes (<see cref="KcspOptions.SamplesDirectory"/>) when the index is empty, so a first start has something to search.</summary>
public sealed class SampleIndexer(IngestService ingest, IOptions<KcspOptions> options, ILogger<SampleIndexer> logger)
{
    /// <summary>Returns the number of sample documents indexed; 0 when the index already had documents or there are no samples.</summary>
    public async Task<int> IndexIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var directory = options.Value.SamplesDirectory;
        if (ingest.Index.GetStats().Documents > 0 || !Directory.Exists(directory)) return 0;

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => InboxFolders.IsCandidate(Path.GetFileName(f)) && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var indexed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(files, parallel, async (file, ct) =>
        {
            if ((await ingest.IngestAsync(file, ct)).Succeeded) Interlocked.Increment(ref indexed);
        });
        logger.LogInformation("Indexed {Indexed} of {Count} sample documents from {Directory}", indexed, files.Count, directory);
        return indexed;
    }
}
