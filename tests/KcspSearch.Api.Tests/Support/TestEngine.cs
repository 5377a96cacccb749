using KcspSearch.Search;

namespace KcspSearch.Api.Tests.Support;

/// <summary>A <see cref="SearchEngine"/> over its own temporary index of <see cref="TestMinutes"/>, for calling handlers directly.</summary>
public sealed class TestEngine : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kcsp-engine-").FullName;

    public TestEngine()
    {
        TestMinutes.BuildIndex(directory);
        Index = SearchIndex.Open(directory);
        Engine = new SearchEngine(Index, SearchOptions.FromConfig(new KcspSearch.Minutes.MinutesOptions { ConfigDirectory = RepositoryFiles.ConfigDirectory }));
    }

    public SearchIndex Index { get; }

    public SearchEngine Engine { get; }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
