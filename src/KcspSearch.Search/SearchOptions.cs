using KcspSearch.Minutes;
using KcspSearch.Minutes.Enrichment;

namespace KcspSearch.Search;

/// <summary>
/// Query-time knowledge the index does not hold: the acronym glossary (merged with acronyms mined from the
/// minutes, which the index stores) and the labels of the topic taxonomy.
/// </summary>
public sealed class SearchOptions
{
    /// <summary>Acronym → expansion, e.g. DHR → Domestic Homicide Review.</summary>
    public IReadOnlyDictionary<string, string> Acronyms { get; init; } = new Dictionary<string, string>();
    /// <summary>Topic id → label, e.g. DHR → Domestic Homicide Review.</summary>
    public IReadOnlyDictionary<string, string> TopicLabels { get; init; } = new Dictionary<string, string>();
    /// <summary>How many recent responses are kept per index version; 0 turns every cache of query results off (benchmarks).</summary>
    public int ResultCacheSize { get; init; } = 512;

    /// <summary>From the pipeline's taxonomy and glossary.</summary>
    public static SearchOptions From(TopicTaxonomy taxonomy, AcronymGlossary glossary) => new()
    {
        Acronyms = glossary.Entries.GroupBy(a => a.Short, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Expansion, StringComparer.Ordinal),
        TopicLabels = taxonomy.Topics.ToDictionary(t => t.Id, t => t.Label, StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Reads topics.json and acronyms.json as the pipeline does: the configured folder, a checkout's index-data, or the embedded copies.</summary>
    public static SearchOptions FromConfig(MinutesOptions options) => From(TopicTaxonomy.Load(options), AcronymGlossary.Load(options));
}
