using System.Security.Claims;
using KcspSearch.Api.Requests;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/items/{meetingId}/{ordinal}</c>: one agenda item in full.</summary>
public static class ItemsApi
{
    public static IEndpointRouteBuilder MapItemsApi(this IEndpointRouteBuilder app)
    {
        // A catch-all, because item ids hold a slash (kcsp-2022-03-24/8).
        app.MapReadGroup("/api/items", "Items")
            .MapGet("/{**id}", Get)
            .WithName("GetItem")
            .WithSummary("One agenda item in full")
            .WithDescription("An item's title, topics, speakers, resolutions and every chunk (paragraph, sub-paragraph, resolution) " +
                             "with its citation. A restricted item is found only with a valid X-Api-Key; without it the answer is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<ItemDetail>, ProblemHttpResult> Get(
        [AsParameters] ItemRoute route, SearchEngine engine, ClaimsPrincipal user) =>
        engine.Item(route.ItemId, user.CanSeeRestricted()) is { } item
            ? TypedResults.Ok(item)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such item",
                detail: $"There is no item '{route.ItemId}'; GET /api/meetings/{{id}} lists a meeting's items.");
}
