using KcspSearch.Api.Health;
using KcspSearch.Indexer;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Ingest;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Hosting;

/// <summary>
/// Hosts the indexer's <see cref="InboxWorker"/> when <c>Kcsp:RunIndexer</c> is true, created only once the server
/// listens: opening (or upgrading) the index and building the minutes pipeline never delay startup, and an index
/// that cannot be opened leaves the API answering (readiness says 503) while the worker retries.
/// </summary>
public sealed class InProcessIndexer(
    IServiceProvider services, SampleIndexingStatus samples, IOptions<KcspOptions> options, ILogger<InProcessIndexer> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunIndexer)
        {
            logger.LogInformation("The in-process indexer is off (Kcsp:RunIndexer is false)");
            return;
        }
        await Task.Yield();

        using var worker = await CreateWorkerAsync(stoppingToken);
        if (worker is null) return;
        await IndexSamplesAsync(stoppingToken);
        await worker.StartAsync(stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: let the worker finish the document in hand.
        }
        await worker.StopAsync(CancellationToken.None);
    }

    /// <summary>
    /// Indexes the samples into an empty index before the worker starts (it then finds the index filled), so the
    /// readiness probe can say that it is happening.
    /// </summary>
    private async Task IndexSamplesAsync(CancellationToken stoppingToken)
    {
        samples.Started();
        try
        {
            await services.GetRequiredService<SampleIndexer>().IndexIfEmptyAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Indexing the sample minutes failed");
        }
        finally
        {
            samples.Finished();
        }
    }

    private async Task<InboxWorker?> CreateWorkerAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                return ActivatorUtilities.CreateInstance<InboxWorker>(services);
            }
            catch (Exception e)
            {
                logger.LogError(e, "The indexer cannot start; retrying in {Delay}", RetryDelay);
            }
            try
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        return null;
    }
}
