using System.Threading.Channels;
using KcspSearch.Indexer.Ingest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Inbox;

/// <summary>
/// Keeps the index fed: indexes the sample minutes when the index is empty, finishes files a previous run
/// claimed, then processes the inbox whenever the file-system watcher reports a change and at every rescan
/// interval (watchers miss events on network shares and under load). Does nothing when
/// <see cref="KcspOptions.RunIndexer"/> is false.
/// </summary>
public sealed class InboxWorker(
    InboxProcessor processor,
    SampleIndexer samples,
    InboxFolders folders,
    IOptions<KcspOptions> options,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan MinimumPoll = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunIndexer)
        {
            logger.LogInformation("The inbox worker is disabled (Kcsp:RunIndexer is false)");
            return;
        }
        await Task.Yield();
        folders.EnsureCreated();
        await RunSafelyAsync(() => samples.IndexIfEmptyAsync(stoppingToken), "indexing the sample minutes");

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(folders.Inbox)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => changes.Writer.TryWrite(true);
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Renamed += (_, _) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Inbox}", folders.Inbox);

        while (!stoppingToken.IsCancellationRequested)
        {
            await RunSafelyAsync(() => processor.ProcessAsync(stoppingToken), "processing the inbox");
            var wait = processor.HasUnsettledFiles ? Max(options.Value.SettleTime, MinimumPoll) : options.Value.RescanInterval;
            try
            {
                await changes.Reader.WaitToReadAsync(stoppingToken).AsTask().WaitAsync(wait, stoppingToken);
                changes.Reader.TryRead(out _);
            }
            catch (TimeoutException)
            {
                // The periodic rescan.
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>An index or disk failure is logged and retried on the next pass; claimed files stay claimed until then.</summary>
    private async Task RunSafelyAsync<T>(Func<Task<T>> work, string what)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Failed while {What}; retrying on the next pass", what);
        }
    }
}
