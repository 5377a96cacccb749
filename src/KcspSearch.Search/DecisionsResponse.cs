namespace KcspSearch.Search;

/// <summary>Resolutions matching a request, one hit per resolution chunk.</summary>
public sealed record DecisionsResponse(
    int Total,
    double TookMs,
    IReadOnlyList<SearchHit> Decisions,
    SearchFacets Facets,
    string InterpretedAs,
    string? DidYouMean);
