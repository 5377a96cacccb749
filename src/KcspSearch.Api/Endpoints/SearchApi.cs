using System.Security.Claims;
using KcspSearch.Api.Requests;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/search</c>: ranked, highlighted, faceted full-text search over the minutes.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapReadGroup("/api/search", "Search")
            .MapGet("", Search)
            .WithName("Search")
            .WithSummary("Search the minutes")
            .WithDescription("Full-text search with stemming, acronym expansion and phrase/boolean syntax. Hits are agenda items " +
                             "(group=item, with their best passages) or single paragraphs and resolutions (group=chunk); snippets " +
                             "carry <mark> around matches and are otherwise HTML-escaped. Facets count the whole match set. " +
                             "Restricted (exempt) items are included only with a valid X-Api-Key.");
        return app;
    }

    public static Results<Ok<SearchResponse>, ValidationProblem> Search(
        [AsParameters] SearchParameters parameters, SearchEngine engine, ClaimsPrincipal user)
    {
        try
        {
            return TypedResults.Ok(engine.Search(parameters.ToSearchRequest(), user.CanSeeRestricted()));
        }
        catch (QuerySyntaxException e)
        {
            return QueryProblem(e);
        }
    }

    /// <summary>A query the engine cannot read, reported on the <c>q</c> parameter with the engine's explanation.</summary>
    internal static ValidationProblem QueryProblem(QuerySyntaxException e) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [e.Message] },
            title: "Invalid query", detail: "Fix the query text as described in 'errors' and try again.");
}
