namespace KcspSearch.Search;

/// <summary>One facet bucket: the filter value, what to show, and how many matching chunks carry it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);
