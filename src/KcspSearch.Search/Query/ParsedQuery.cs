namespace KcspSearch.Search.Query;

/// <summary>What the user typed, understood: required clauses, exclusions, field filters and intent.</summary>
internal sealed record ParsedQuery
{
    /// <summary>Every clause must match (AND); a clause is a term, a phrase or an OR group.</summary>
    public List<QueryNode> Clauses { get; init; } = [];
    public List<QueryNode> Exclusions { get; init; } = [];
    public List<string> Speakers { get; init; } = [];
    public List<string> Topics { get; init; } = [];
    public List<string> Kinds { get; init; } = [];
    public List<string> Committees { get; init; } = [];
    /// <summary>Words that must appear in the item title (<c>item:"domestic homicide"</c>).</summary>
    public List<PhraseNode> ItemTitles { get; init; } = [];
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public List<int> Years { get; init; } = [];
    /// <summary>"what did we resolve about X": resolutions of matching items first.</summary>
    public bool DecisionIntent { get; set; }
    /// <summary>"what did Harper say about X": the name as written.</summary>
    public string? SpeakerIntent { get; set; }
    /// <summary>Remarks for <c>interpretedAs</c> (words dropped, input shortened...).</summary>
    public List<string> Notes { get; init; } = [];

    public bool HasText => Clauses.Count > 0 || Exclusions.Count > 0 || ItemTitles.Count > 0;
}
