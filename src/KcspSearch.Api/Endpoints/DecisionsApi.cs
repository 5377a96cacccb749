using System.Security.Claims;
using KcspSearch.Api.Requests;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/decisions</c>: every resolution, filterable like search.</summary>
public static class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder app)
    {
        app.MapReadGroup("/api/decisions", "Decisions")
            .MapGet("", Decisions)
            .WithName("Decisions")
            .WithSummary("List or search resolutions")
            .WithDescription("What the partnership resolved: one hit per resolution, newest first with sort=date or best match " +
                             "first for a query. Takes the same text, filters and paging as /api/search.");
        return app;
    }

    public static Results<Ok<DecisionsResponse>, ValidationProblem> Decisions(
        [AsParameters] DecisionParameters parameters, SearchEngine engine, ClaimsPrincipal user)
    {
        try
        {
            return TypedResults.Ok(engine.Decisions(parameters.ToSearchRequest(), user.CanSeeRestricted()));
        }
        catch (QuerySyntaxException e)
        {
            return SearchApi.QueryProblem(e);
        }
    }
}
