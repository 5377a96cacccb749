using KcspSearch.Minutes.Enrichment;

namespace KcspSearch.Search.Tests.Support;

/// <summary>A real index in a fresh temp folder, deleted afterwards.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kcsp-search-tests", Guid.NewGuid().ToString("N"));
        Index = SearchIndex.Open(Directory);
        Engine = new SearchEngine(Index, Options);
    }

    public static SearchOptions Options { get; } = SearchOptions.From(TopicTaxonomy.Default, AcronymGlossary.Default);

    public string Directory { get; }
    public SearchIndex Index { get; }
    public SearchEngine Engine { get; }

    /// <summary>An index holding both seed-like meetings.</summary>
    public static TempIndex WithSeedLikeMeetings()
    {
        var temp = new TempIndex();
        temp.Index.IndexMeeting(SeedLikeMeetings.March2022(), new SourceInfo("kcsp-2022-03-24.txt", "hash-2022"));
        temp.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("kcsp-2019-10-08.txt", "hash-2019"));
        return temp;
    }

    public SearchResponse Search(string q, bool includeRestricted = false) => Engine.Search(new SearchRequest { Q = q }, includeRestricted);

    public SearchResponse Chunks(string q, bool includeRestricted = false) =>
        Engine.Search(new SearchRequest { Q = q, Group = SearchGroup.Chunk, PageSize = 100 }, includeRestricted);

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may linger on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
