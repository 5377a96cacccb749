namespace KcspSearch.Api.Caching;

/// <summary>Adds <see cref="IndexETagFilter"/> and the marker the OpenAPI document uses to describe 304.</summary>
public static class IndexETagExtensions
{
    public static RouteGroupBuilder WithIndexETag(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<RouteGroupBuilder, IndexETagFilter>().WithMetadata(IndexETagMetadata.Instance);
}
