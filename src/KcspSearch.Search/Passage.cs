namespace KcspSearch.Search;

/// <summary>One of the best passages of an item hit (<c>group=item</c>).</summary>
public sealed record Passage(
    string ChunkId,
    string Paragraph,
    string Kind,
    IReadOnlyList<string> Speakers,
    string Snippet,
    double Score,
    string Citation);
