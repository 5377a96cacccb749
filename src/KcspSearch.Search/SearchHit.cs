namespace KcspSearch.Search;

/// <summary>
/// One hit: a chunk, or with <c>group=item</c> an item represented by its best chunk plus <see cref="Passages"/>.
/// <see cref="Snippet"/> has <c>&lt;mark&gt;</c> around matches and everything else HTML-escaped;
/// <see cref="Text"/> and <see cref="LeadIn"/> are the plain passage.
/// </summary>
public sealed record SearchHit
{
    public required string ChunkId { get; init; }
    public required string MeetingId { get; init; }
    public required DateOnly MeetingDate { get; init; }
    public required string Committee { get; init; }
    public string? ItemId { get; init; }
    public string? ItemTitle { get; init; }
    public required string Paragraph { get; init; }
    public required string Kind { get; init; }
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required string Snippet { get; init; }
    public double Score { get; init; }
    /// <summary>Only with <c>group=item</c>: the item's best passages, the resolution included for decision questions.</summary>
    public IReadOnlyList<Passage>? Passages { get; init; }
    public required string Text { get; init; }
    public string? LeadIn { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>e.g. "KCSP, 24 March 2022, item 8 (Domestic Homicide Review Update), para 2".</summary>
    public required string Citation { get; init; }
}
