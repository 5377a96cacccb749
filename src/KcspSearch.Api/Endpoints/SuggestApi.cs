using System.Security.Claims;
using KcspSearch.Api.Requests;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/suggest?prefix=</c>: completions while the user types.</summary>
public static class SuggestApi
{
    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapReadGroup("/api/suggest", "Suggest")
            .MapGet("", Suggest)
            .WithName("Suggest")
            .WithSummary("Complete what the user is typing")
            .WithDescription("Item titles, speakers, topics and indexed words starting with the prefix, most frequent first. " +
                             "Nothing from restricted items is suggested without a valid X-Api-Key.");
        return app;
    }

    public static Ok<IReadOnlyList<Suggestion>> Suggest(
        [AsParameters] SuggestParameters parameters, SearchEngine engine, ClaimsPrincipal user) =>
        TypedResults.Ok(engine.Suggest(parameters.Prefix!.Trim(), parameters.EffectiveLimit, user.CanSeeRestricted()));
}
