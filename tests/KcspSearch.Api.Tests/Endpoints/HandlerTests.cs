using KcspSearch.Api.Endpoints;
using KcspSearch.Api.Requests;
using KcspSearch.Api.Security;
using KcspSearch.Api.Tests.Support;
using KcspSearch.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KcspSearch.Api.Tests.Endpoints;

/// <summary>The static handlers called directly, without a server.</summary>
public sealed class HandlerTests(TestEngine engine) : IClassFixture<TestEngine>
{
    [Fact]
    public void Search_ReturnsOkWithHits()
    {
        var result = SearchApi.Search(new SearchParameters { Q = "DHR" }, engine.Engine, ApiCaller.Anonymous);

        var ok = Assert.IsType<Ok<SearchResponse>>(result.Result);
        Assert.True(ok.Value!.Total > 0);
    }

    [Fact]
    public void Search_UnreadableQuery_IsAValidationProblemOnQOrAnAnswer()
    {
        // Whatever the engine makes of it, unbalanced syntax is never an exception.
        var result = SearchApi.Search(new SearchParameters { Q = "\"((( title: NEAR(" }, engine.Engine, ApiCaller.Anonymous);

        if (result.Result is ValidationProblem problem) Assert.True(problem.ProblemDetails.Errors.ContainsKey("q"));
        else Assert.IsType<Ok<SearchResponse>>(result.Result);
    }

    [Fact]
    public void Search_PassesTheCallersAccess()
    {
        var open = SearchApi.Search(new SearchParameters { Q = TestMinutes.RestrictedWord }, engine.Engine, ApiCaller.Anonymous);
        var trusted = SearchApi.Search(new SearchParameters { Q = TestMinutes.RestrictedWord }, engine.Engine, ApiCaller.Trusted);

        Assert.Equal(0, Assert.IsType<Ok<SearchResponse>>(open.Result).Value!.Total);
        Assert.True(Assert.IsType<Ok<SearchResponse>>(trusted.Result).Value!.Total > 0);
    }

    [Fact]
    public void Decisions_ReturnsResolutions()
    {
        var result = DecisionsApi.Decisions(new DecisionParameters { Sort = "date" }, engine.Engine, ApiCaller.Anonymous);

        var ok = Assert.IsType<Ok<DecisionsResponse>>(result.Result);
        Assert.Equal(TestMinutes.March2022, ok.Value!.Decisions[0].MeetingId);
    }

    [Fact]
    public void Meeting_Unknown_Is404Problem()
    {
        var result = MeetingsApi.Get(new MeetingRoute { Id = "kcsp-1999-01-01" }, engine.Engine, ApiCaller.Anonymous);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(StatusCodes.Status404NotFound, problem.StatusCode);
    }

    [Fact]
    public void Meetings_ListFiltersByCommittee()
    {
        Assert.Equal(3, MeetingsApi.List(new MeetingListParameters { Committee = "kcsp" }, engine.Engine, ApiCaller.Anonymous).Value!.Count);
        Assert.Empty(MeetingsApi.List(new MeetingListParameters { Committee = "planning" }, engine.Engine, ApiCaller.Anonymous).Value!);
    }

    [Fact]
    public void Item_Restricted_IsFoundOnlyByTrustedCallers()
    {
        var route = new ItemRoute { Id = TestMinutes.RestrictedItem };

        Assert.IsType<ProblemHttpResult>(ItemsApi.Get(route, engine.Engine, ApiCaller.Anonymous).Result);
        Assert.IsType<Ok<ItemDetail>>(ItemsApi.Get(route, engine.Engine, ApiCaller.Trusted).Result);
    }

    [Fact]
    public void Speakers_Topics_Suggest_Answer()
    {
        Assert.Contains(SpeakersApi.List(engine.Engine, ApiCaller.Anonymous).Value!, s => s.PersonId == "peerbux");
        Assert.Contains(TopicsApi.List(engine.Engine, ApiCaller.Anonymous).Value!, t => t.Id == "DHR");
        Assert.NotEmpty(SuggestApi.Suggest(new SuggestParameters { Prefix = "dom" }, engine.Engine, ApiCaller.Anonymous).Value!);
    }

    [Fact]
    public void Live_IsHealthy()
    {
        Assert.Equal("Healthy", HealthApi.Live().Value!.Status);
    }
}
