using System.Text.Json.Serialization;

namespace KcspSearch.Search;

/// <summary>Facet counts over every matching chunk (not just the page), most frequent first (year and month newest first).</summary>
public sealed record SearchFacets
{
    public static SearchFacets Empty { get; } = new();

    public IReadOnlyList<FacetValue> Topic { get; init; } = [];
    public IReadOnlyList<FacetValue> Speaker { get; init; } = [];
    public IReadOnlyList<FacetValue> Year { get; init; } = [];
    public IReadOnlyList<FacetValue> Kind { get; init; } = [];
    public IReadOnlyList<FacetValue> Committee { get; init; } = [];
    /// <summary>Only when <see cref="SearchRequest.FacetMonths"/> is set.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FacetValue>? Month { get; init; }
}
