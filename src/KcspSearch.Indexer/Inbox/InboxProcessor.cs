using System.Collections.Concurrent;
using KcspSearch.Indexer.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Inbox;

/// <summary>
/// One pass over the inbox: claim every completely written file by moving it into <c>.processing/</c>, ingest the
/// claimed files in parallel (one index writer), then move each to <c>processed/</c>, or to <c>failed/</c> with a
/// <c>.error.json</c>. A claimed file left behind by a crash is ingested again on the next pass; stable chunk ids
/// and one transaction per document make that safe: the second ingest finds it unchanged or completes it.
/// </summary>
public sealed class InboxProcessor
{
    private readonly IngestService ingest;
    private readonly InboxFolders folders;
    private readonly KcspOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<InboxProcessor> logger;
    private readonly IIngestStepObserver? observer;
    private readonly FileReadiness readiness;
    private readonly ConcurrentDictionary<string, byte> inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim pass = new(1, 1);

    public InboxProcessor(IngestService ingest, InboxFolders folders, IOptions<KcspOptions> options, TimeProvider time,
        ILogger<InboxProcessor> logger, IIngestStepObserver? observer = null)
    {
        this.ingest = ingest;
        this.folders = folders;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        this.observer = observer;
        readiness = new FileReadiness(this.options.SettleTime, time);
    }

    /// <summary>True when the last pass saw files still being written; the worker then looks again soon.</summary>
    public bool HasUnsettledFiles { get; private set; }

    /// <summary>Finishes files a previous run claimed, then claims and ingests every ready file in the inbox.</summary>
    public async Task<IReadOnlyList<IngestResult>> ProcessAsync(CancellationToken cancellationToken = default)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            folders.EnsureCreated();
            var claimed = folders.Claimed().Where(f => !inFlight.ContainsKey(Path.GetFileName(f))).ToList();
            if (claimed.Count > 0) logger.LogInformation("Resuming {Count} file(s) claimed before the last stop", claimed.Count);

            var unsettled = false;
            foreach (var file in folders.Waiting())
            {
                if (inFlight.ContainsKey(Path.GetFileName(file))) continue;
                if (!readiness.IsReady(file)) { unsettled = true; continue; }
                if (Claim(file) is { } path) claimed.Add(path);
            }
            HasUnsettledFiles = unsettled;
            return await ProcessClaimedAsync(claimed, cancellationToken);
        }
        finally
        {
            pass.Release();
        }
    }

    /// <summary>
    /// Ingests an uploaded file through the same path as a dropped one (claimed, ingested, moved to processed/ or
    /// failed/) and returns the result at once.
    /// </summary>
    public async Task<IngestResult> IngestUploadAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var name = InboxFolders.SafeFileName(fileName);
        while (!inFlight.TryAdd(name, 0))
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
        try
        {
            var path = await folders.WriteAtomicallyAsync(folders.Processing, name, content, cancellationToken);
            observer?.OnStep(IngestStep.Claimed, name);
            return await IngestClaimedAsync(path, cancellationToken);
        }
        finally
        {
            inFlight.TryRemove(name, out _);
        }
    }

    private string? Claim(string file)
    {
        var target = Path.Combine(folders.Processing, Path.GetFileName(file));
        try
        {
            File.Move(file, target, overwrite: true);
            readiness.Forget(file);
            observer?.OnStep(IngestStep.Claimed, Path.GetFileName(file));
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogDebug("{File} could not be claimed yet: {Message}", file, e.Message);
            return null;
        }
    }

    private async Task<IReadOnlyList<IngestResult>> ProcessClaimedAsync(List<string> claimed, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<IngestResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ingest.DocumentsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(claimed, parallel, async (path, ct) =>
        {
            var name = Path.GetFileName(path);
            if (!inFlight.TryAdd(name, 0)) return;
            try
            {
                results.Add(await IngestClaimedAsync(path, ct));
            }
            finally
            {
                inFlight.TryRemove(name, out _);
            }
        });
        return results.OrderBy(r => r.FileName, StringComparer.Ordinal).ToList();
    }

    private async Task<IngestResult> IngestClaimedAsync(string path, CancellationToken cancellationToken)
    {
        var result = await ingest.IngestAsync(path, cancellationToken);
        observer?.OnStep(IngestStep.Indexed, result.FileName);
        if (result.Succeeded) MoveToProcessed(path);
        else MoveToFailed(path, result);
        return result;
    }

    private void MoveToProcessed(string path)
    {
        var name = Path.GetFileName(path);
        File.Move(path, Path.Combine(folders.Processed, name), overwrite: true);
        // A corrected file replaces the failure it fixes.
        var failed = Path.Combine(folders.Failed, name);
        File.Delete(failed);
        File.Delete(IngestErrorReport.PathFor(failed));
    }

    private void MoveToFailed(string path, IngestResult result)
    {
        var failed = Path.Combine(folders.Failed, Path.GetFileName(path));
        new IngestErrorReport(result.FileName, result.Reason ?? "Unexpected", result.Message ?? "", time.GetUtcNow()).WriteBeside(failed);
        File.Move(path, failed, overwrite: true);
        logger.LogWarning("{File} moved to failed/: {Reason}: {Message}", result.FileName, result.Reason, result.Message);
    }
}
