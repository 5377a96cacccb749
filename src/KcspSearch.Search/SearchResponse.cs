namespace KcspSearch.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <param name="Total">Matching items (<c>group=item</c>) or chunks (<c>group=chunk</c>).</param>
/// <param name="InterpretedAs">The query as the engine understood it.</param>
/// <param name="DidYouMean">A corrected query when a term looked misspelt; null otherwise.</param>
public sealed record SearchResponse(
    int Total,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string InterpretedAs,
    string? DidYouMean);
