using System.Security.Claims;
using KcspSearch.Api.Security;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Endpoints;

/// <summary><c>GET /api/speakers</c>: the people who speak in the minutes.</summary>
public static class SpeakersApi
{
    public static IEndpointRouteBuilder MapSpeakersApi(this IEndpointRouteBuilder app)
    {
        app.MapReadGroup("/api/speakers", "Speakers")
            .MapGet("", List)
            .WithName("ListSpeakers")
            .WithSummary("List speakers")
            .WithDescription("Every person or office that speaks, one entry per identity (Shafick Peerbux = Mr S Peerbux), " +
                             "with role, organisation and how many chunks name them. The personId is the value of the speaker filter.");
        return app;
    }

    public static Ok<IReadOnlyList<SpeakerSummary>> List(SearchEngine engine, ClaimsPrincipal user) =>
        TypedResults.Ok(engine.Speakers(user.CanSeeRestricted()));
}
