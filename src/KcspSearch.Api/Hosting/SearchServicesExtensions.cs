using KcspSearch.Api.Requests;
using KcspSearch.Indexer;
using KcspSearch.Minutes;
using KcspSearch.Search;
using Microsoft.Extensions.Options;

namespace KcspSearch.Api.Hosting;

/// <summary>Options, the index, the query engine and (when enabled) the indexer worker in the same process.</summary>
public static class SearchServicesExtensions
{
    public static WebApplicationBuilder AddKcspSearch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KcspOptions>().BindConfiguration(KcspOptions.Section);
        services.AddOptions<MinutesOptions>().BindConfiguration(KcspOptions.Section);

        // Opened on first use, not before the server listens: a schema upgrade must not delay startup.
        services.AddSingleton(sp => SearchIndex.Open(sp.GetRequiredService<IOptions<KcspOptions>>().Value.IndexDirectory));
        services.AddSingleton(sp => new SearchEngine(sp.GetRequiredService<SearchIndex>(),
            SearchOptions.FromConfigDirectory(sp.GetRequiredService<IOptions<MinutesOptions>>().Value.ConfigDirectory)));
        services.AddSingleton(sp => new FacetVocabulary(
            SearchOptions.FromConfigDirectory(sp.GetRequiredService<IOptions<MinutesOptions>>().Value.ConfigDirectory).TopicLabels.Keys));
        return builder;
    }
}
