namespace KcspSearch.Minutes.Enrichment;

/// <summary>One theme of the taxonomy, e.g. DHR = Domestic Homicide Review.</summary>
/// <param name="Id">Stable facet value ("DHR", "mental-health").</param>
/// <param name="Label">Shown to users.</param>
/// <param name="Terms">Words and phrases that tag a text with the topic; acronyms match case-sensitively.</param>
public sealed record Topic(string Id, string Label, IReadOnlyList<string> Terms)
{
    /// <summary>
    /// A generic topic ("funding") tags the item and the chunks where its terms occur, but is not passed down
    /// from the item to its other chunks unless the item's title names it.
    /// </summary>
    public bool Generic { get; init; }
}
