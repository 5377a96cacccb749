using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Ingest;
using KcspSearch.Minutes;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer;

/// <summary>Wires the indexer into a host: the API (in-process worker, uploads) and <c>kcsp watch</c>.</summary>
public static class IndexerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KcspOptions"/> and <see cref="MinutesOptions"/> (section <c>Kcsp</c>), the minutes
    /// pipeline, the <see cref="SearchIndex"/>, <see cref="IngestService"/> (the single writer),
    /// <see cref="InboxProcessor"/> (use <see cref="InboxProcessor.IngestUploadAsync"/> for uploads),
    /// <see cref="SampleIndexer"/> and the <see cref="InboxWorker"/>. Registrations made before this call win.
    /// </summary>
    public static IServiceCollection AddKcspIndexer(this IServiceCollection services)
    {
        services.AddOptions<KcspOptions>().BindConfiguration(KcspOptions.Section);
        services.AddOptions<MinutesOptions>().BindConfiguration(KcspOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => MinutesPipeline.CreateDefault(sp.GetRequiredService<IOptions<MinutesOptions>>().Value));
        services.TryAddSingleton(sp => SearchIndex.Open(sp.GetRequiredService<IOptions<KcspOptions>>().Value.IndexDirectory));
        services.TryAddSingleton<IngestService>();
        services.TryAddSingleton<InboxFolders>();
        services.TryAddSingleton<InboxProcessor>();
        services.TryAddSingleton<SampleIndexer>();
        services.AddHostedService<InboxWorker>();
        return services;
    }
}
