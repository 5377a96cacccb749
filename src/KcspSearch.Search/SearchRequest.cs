namespace KcspSearch.Search;

/// <summary>A search: the user's text plus filters. Filters are OR within a field and AND across fields.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;

    /// <summary>The query text in the query language (docs/query-language.md); empty or null browses.</summary>
    public string? Q { get; init; }
    /// <summary>Topic ids, e.g. "DHR".</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Person ids ("peerbux") or names ("Peerbux").</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];
    /// <summary>Chunk kinds: discussion, resolution, procedural, attendance.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    /// <summary>Committee names or slugs ("kcsp").</summary>
    public IReadOnlyList<string> Committees { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchGroup Group { get; init; } = SearchGroup.Item;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    /// <summary>Hits per page, at most <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;
    /// <summary>Also count a month facet (yyyy-MM).</summary>
    public bool FacetMonths { get; init; }
}
