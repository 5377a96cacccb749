using System.Security.Claims;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/topics</c>: the topic taxonomy with counts.</summary>
public static class TopicsApi
{
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        app.MapReadGroup("/api/topics", "Topics")
            .MapGet("", List)
            .WithName("ListTopics")
            .WithSummary("List topics")
            .WithDescription("The recurring themes of the taxonomy (DHR, PREVENT, VRU, ...) with labels and how many chunks carry each. " +
                             "The id is the value of the topic filter.");
        return app;
    }

    public static Ok<IReadOnlyList<TopicSummary>> List(SearchEngine engine, ClaimsPrincipal user) =>
        TypedResults.Ok(engine.Topics(user.CanSeeRestricted()));
}
