namespace KcspSearch.Api.Caching;

/// <summary>Marks endpoints answered with an index-version ETag (and 304 on a match).</summary>
public sealed class IndexETagMetadata
{
    public static IndexETagMetadata Instance { get; } = new();
}
