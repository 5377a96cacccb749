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
        // Kcsp:ResultCacheSize (optional) sizes the engine's response cache; 0 turns it off, as the HTTP load test does
        // to measure every query's full work.
        services.AddSingleton(sp =>
        {
            var options = SearchOptions.FromConfig(sp.GetRequiredService<IOptions<MinutesOptions>>().Value);
            var resultCacheSize = sp.GetRequiredService<IConfiguration>().GetValue<int?>($"{KcspOptions.Section}:ResultCacheSize");
            return resultCacheSize is not { } size ? options
                : new SearchOptions { Acronyms = options.Acronyms, TopicLabels = options.TopicLabels, ResultCacheSize = Math.Max(0, size) };
        });
        services.AddSingleton(sp => new SearchEngine(sp.GetRequiredService<SearchIndex>(), sp.GetRequiredService<SearchOptions>()));
        services.AddSingleton(sp => new FacetVocabulary(sp.GetRequiredService<SearchOptions>().TopicLabels.Keys));
        return builder;
    }
}
