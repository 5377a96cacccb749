namespace KcspSearch.Api.Requests;

/// <summary>The values a filter may take where the set is closed: topics of the taxonomy, chunk kinds.</summary>
public sealed class FacetVocabulary(IEnumerable<string> topics)
{
    public static readonly IReadOnlyList<string> Kinds = ["discussion", "resolution", "procedural", "attendance"];

    public IReadOnlySet<string> Topics { get; } = new SortedSet<string>(topics, StringComparer.OrdinalIgnoreCase);
}
