using KcspSearch.Search.Facets;

namespace KcspSearch.Search.Query;

/// <summary>A query ready to run: FTS5 expressions written from the tree, resolved filters and intent.</summary>
internal sealed record QueryPlan
{
    public required ParsedQuery Parsed { get; init; }
    /// <summary>Every clause (AND); null when the query has no words (browse, or exclusions only).</summary>
    public MatchNode? Strict { get; init; }
    /// <summary>Any clause (OR): the best-match fallback when nothing has every word; null with fewer than two clauses.</summary>
    public MatchNode? Loose { get; init; }
    /// <summary>The exclusions alone (any of them), for a query of only -words.</summary>
    public MatchNode? Exclusion { get; init; }
    /// <summary>The plain terms and phrases that earn the proximity boost when close together; null with fewer than two.</summary>
    public IReadOnlyList<MatchPhrase>? Proximity { get; init; }
    public required ChunkFilter Filter { get; init; }
    public bool DecisionIntent { get; init; }
    /// <summary>Person index of a "what did X say" question, or -1.</summary>
    public int SpeakerIntent { get; init; } = -1;
    /// <summary>Words of the query that a typo could explain.</summary>
    public required IReadOnlyList<string> Words { get; init; }
    /// <summary>The clauses as understood, for <c>interpretedAs</c>.</summary>
    public required string Description { get; init; }
}
