using KcspSearch.Api.Health;
using KcspSearch.Api.Requests;
using KcspSearch.Indexer;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Minutes;
using KcspSearch.Search;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Hosting;

/// <summary>
/// Options, the index, the query engine and the indexer: uploads always go through it, and its inbox worker
/// runs in this process unless <c>Kcsp:RunIndexer</c> is false.
/// </summary>
public static class SearchServicesExtensions
{
    public static WebApplicationBuilder AddKcspSearch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Registers the options, the index (opened on first use, so startup never waits for it), the ingest path and the worker.
        services.AddKcspIndexer();
        // The indexer registers its worker to start with the host; here it starts once the server listens instead.
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(InboxWorker)));
        services.AddSingleton<SampleIndexingStatus>();
        services.AddHostedService<InProcessIndexer>();
        services.AddSingleton(sp => SearchOptions.FromConfig(sp.GetRequiredService<IOptions<MinutesOptions>>().Value));
        services.AddSingleton(sp => new SearchEngine(sp.GetRequiredService<SearchIndex>(), sp.GetRequiredService<SearchOptions>()));
        services.AddSingleton(sp => new FacetVocabulary(sp.GetRequiredService<SearchOptions>().TopicLabels.Keys));
        return builder;
    }
}
