namespace KcspSearch.Search;

/// <summary>One chunk of an item, in document order, with its citation.</summary>
public sealed record ChunkView(
    string Id,
    string Paragraph,
    string Kind,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Topics,
    string Text,
    string? LeadIn,
    IReadOnlyList<string> Links,
    string Citation);
