namespace KcspSearch.Search;

/// <summary>Size and freshness of the index.</summary>
public sealed record IndexStats(
    int Documents,
    int Meetings,
    int Chunks,
    long BytesOnDisk,
    DateTimeOffset? LastIngest,
    long Version);
