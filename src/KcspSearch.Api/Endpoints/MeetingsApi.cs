using System.Security.Claims;
using KcspSearch.Api.Requests;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/meetings</c> and <c>GET /api/meetings/{id}</c>.</summary>
public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapReadGroup("/api/meetings", "Meetings");

        group.MapGet("", List)
            .WithName("ListMeetings")
            .WithSummary("List meetings")
            .WithDescription("Every indexed meeting, newest first, with its committee, date, status and the number of items and chunks the caller may see.");

        group.MapGet("/{id}", Get)
            .WithName("GetMeeting")
            .WithSummary("One meeting with its items")
            .WithDescription("A meeting's attendees, people and agenda items with their topics, speakers and resolutions. " +
                             "Restricted items are listed only with a valid X-Api-Key.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Ok<IReadOnlyList<MeetingSummary>> List(
        [AsParameters] MeetingListParameters parameters, SearchEngine engine, ClaimsPrincipal user) =>
        TypedResults.Ok(engine.Meetings(user.CanSeeRestricted(), parameters.Committee?.Trim(), parameters.From, parameters.To));

    public static Results<Ok<MeetingDetail>, ProblemHttpResult> Get(
        [AsParameters] MeetingRoute route, SearchEngine engine, ClaimsPrincipal user) =>
        engine.Meeting(route.Id, user.CanSeeRestricted()) is { } meeting
            ? TypedResults.Ok(meeting)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such meeting",
                detail: $"There is no meeting '{route.Id}'; GET /api/meetings lists them.");
}
