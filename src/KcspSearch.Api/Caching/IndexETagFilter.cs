using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.Net.Http.Headers;

namespace KcspSearch.Api.Caching;

/// <summary>
/// Conditional GETs: every answer depends only on the request, the index version and whether the caller has the key,
/// so the version is the ETag; a matching <c>If-None-Match</c> gets 304 without running the query.
/// </summary>
public sealed class IndexETagFilter(SearchIndex index) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var trusted = http.User.CanSeeRestricted();
        var etag = new EntityTagHeaderValue($"\"v{index.Version}{(trusted ? "-r" : "")}\"", isWeak: true);
        var cacheControl = trusted ? "private, no-cache" : "public, no-cache";

        if (Matches(http.Request, etag))
        {
            SetHeaders(http.Response, etag, cacheControl);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK) SetHeaders(http.Response, etag, cacheControl);
            return Task.CompletedTask;
        });
        return await next(context);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates
        && candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));

    private static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag, string cacheControl)
    {
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = cacheControl;
        response.Headers.Append(HeaderNames.Vary, ApiKeyValidator.HeaderName);
    }
}
