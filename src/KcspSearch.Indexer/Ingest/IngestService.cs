using System.Threading.Channels;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Ingest;

/// <summary>
/// Turns a document into indexed chunks: extraction and parsing run for up to
/// <see cref="KcspOptions.MaxParallelism"/> documents at once, writes to the index go through one writer.
/// The writer commits the parsed documents waiting for it together (group commit): alone when documents arrive one
/// by one, many to a transaction when a bulk load keeps it busy, which saves a commit and an FTS5 segment per document.
/// A document's key is its file name, so a file dropped again under the same name replaces its earlier version.
/// </summary>
public sealed class IngestService : IDisposable
{
    private readonly MinutesPipeline pipeline;
    private readonly SearchIndex index;
    private readonly ILogger<IngestService> logger;
    private readonly IIngestStepObserver? observer;
    private readonly SemaphoreSlim parsing;
    private readonly Channel<PendingWrite> pendingWrites = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    /// <summary>The most documents one transaction takes: enough to share the commit's cost, few enough to show progress.</summary>
    private const int MaxGroup = 32;

    public IngestService(MinutesPipeline pipeline, SearchIndex index, IOptions<KcspOptions> options,
        ILogger<IngestService> logger, IIngestStepObserver? observer = null)
    {
        this.pipeline = pipeline;
        this.index = index;
        this.logger = logger;
        this.observer = observer;
        var parsers = Math.Max(1, options.Value.MaxParallelism);
        parsing = new SemaphoreSlim(parsers);
        DocumentsInFlight = 8 * parsers;
        writer = Task.Run(WriteAsync);
    }

    public SearchIndex Index => index;

    /// <summary>
    /// How many documents callers should ingest at once: several per parser, so that documents parsed while the
    /// writer is busy wait for it (and then share its next commit) and the parsers go on with the next ones instead
    /// of idling behind the one writer.
    /// </summary>
    public int DocumentsInFlight { get; }

    /// <summary>Reads and ingests the file at <paramref name="path"/>.</summary>
    public async Task<IngestResult> IngestAsync(string path, CancellationToken cancellationToken = default, bool force = false)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Failed(Path.GetFileName(path), "Unreadable", $"{Path.GetFileName(path)}: the file could not be read ({e.Message}).");
        }
        return await IngestAsync(new SourceDocument(Path.GetFileName(path), content), cancellationToken, force);
    }

    /// <summary>
    /// Ingests one document. Bad input is reported in the result (never thrown); index failures are thrown.
    /// The index keys meetings by id, so the same minutes under a second file name replace rather than duplicate.
    /// With <paramref name="force"/> the document is parsed and written again even when its content is unchanged.
    /// </summary>
    public async Task<IngestResult> IngestAsync(SourceDocument document, CancellationToken cancellationToken = default, bool force = false)
    {
        var hash = ContentHash.Of(document.Content);
        var parsed = await ParseAsync(document, cancellationToken);
        if (parsed.Failure is { } failure) return failure;
        observer?.OnStep(IngestStep.Parsed, document.FileName);

        var write = new PendingWrite(new IndexWrite(parsed.Meeting!, new SourceInfo(document.FileName, hash, document.FileName), force), cancellationToken);
        await pendingWrites.Writer.WriteAsync(write, cancellationToken);
        var result = IngestResult.From(document.FileName, await write.Done.Task);
        logger.LogInformation("{File}: {Outcome} meeting {Meeting}, {Chunks} chunks", document.FileName, result.Outcome, result.MeetingId, result.Chunks);
        return result;
    }

    /// <summary>A parsed document waiting for the writer, and the ingest waiting for its result.</summary>
    private sealed record PendingWrite(IndexWrite Write, CancellationToken Cancellation)
    {
        public TaskCompletionSource<IndexResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The one writer: takes whatever has been parsed meanwhile (up to <see cref="MaxGroup"/>) into one transaction.</summary>
    private async Task WriteAsync()
    {
        var group = new List<PendingWrite>(MaxGroup);
        while (await pendingWrites.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && pendingWrites.Reader.TryRead(out var write))
            {
                if (write.Cancellation.IsCancellationRequested) write.Done.TrySetCanceled(write.Cancellation);
                else group.Add(write);
            }
            if (group.Count > 0) Commit(group);
        }
    }

    private void Commit(List<PendingWrite> group)
    {
        IReadOnlyList<IndexWriteResult> written;
        try
        {
            written = index.IndexMeetings(group.Select(w => w.Write).ToList());
        }
        catch (Exception e)
        {
            // The index itself is unusable (disposed, say): every waiting ingest hears of it, and the loop goes on.
            foreach (var write in group) write.Done.TrySetException(e);
            return;
        }
        for (var i = 0; i < group.Count; i++)
        {
            if (written[i].Error is { } error) group[i].Done.TrySetException(error);
            else group[i].Done.TrySetResult(written[i].Result!);
        }
    }

    private async Task<(Meeting? Meeting, IngestResult? Failure)> ParseAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        await parsing.WaitAsync(cancellationToken);
        try
        {
            return (await pipeline.ProcessAsync(document, cancellationToken), null);
        }
        catch (MinutesException e)
        {
            logger.LogWarning("{File}: {Reason}: {Message}", document.FileName, e.Error, e.Message);
            return (null, IngestResult.Failed(document.FileName, e.Error.ToString(), e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug on one document must not stop the others; the file goes to failed/ with the reason.
            logger.LogError(e, "{File}: unexpected error while reading the minutes", document.FileName);
            return (null, IngestResult.Failed(document.FileName, "Unexpected", $"{document.FileName}: the minutes could not be read ({e.GetType().Name}: {e.Message})."));
        }
        finally
        {
            parsing.Release();
        }
    }

    public void Dispose()
    {
        // Documents already handed to the writer are still written; then its loop ends.
        pendingWrites.Writer.TryComplete();
        writer.GetAwaiter().GetResult();
        parsing.Dispose();
    }
}
