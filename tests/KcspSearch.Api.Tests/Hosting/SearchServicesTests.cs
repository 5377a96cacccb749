using System.Text.Json.Nodes;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Api.Tests.Hosting;

public sealed class SearchServicesTests
{
    [Fact]
    public async Task ResultCacheSize_Configured_SizesTheEngineCacheAndAnswersStayTheSame()
    {
        using var uncached = new ConfiguredApiFactory(("Kcsp:ResultCacheSize", "0"));
        using var cached = new KcspApiFactory();

        var without = JsonNode.Parse(await uncached.CreateClient().GetStringAsync("/api/search?q=DHR"))!.AsObject();
        var with = JsonNode.Parse(await cached.CreateClient().GetStringAsync("/api/search?q=DHR"))!.AsObject();

        Assert.Equal(0, uncached.Services.GetRequiredService<SearchEngine>().Options.ResultCacheSize);
        Assert.Equal(new SearchOptions().ResultCacheSize, cached.Services.GetRequiredService<SearchEngine>().Options.ResultCacheSize);
        Assert.True(with["total"]!.GetValue<int>() > 0);
        without.Remove("tookMs");
        with.Remove("tookMs");
        Assert.True(JsonNode.DeepEquals(without, with));
    }
}
