using KcspSearch.Api.Requests;
using KcspSearch.Search;

namespace KcspSearch.Api.Tests.Requests;

public sealed class ParameterValidationTests
{
    private static readonly FacetVocabulary Vocabulary = new(["DHR", "PREVENT", "VRU"]);

    [Fact]
    public void Defaults_AreValidAndMapToTheEngineDefaults()
    {
        var parameters = new SearchParameters();

        Assert.Empty(Errors(parameters));
        var request = parameters.ToSearchRequest();
        Assert.Equal(SearchGroup.Item, request.Group);
        Assert.Equal(SearchSort.Relevance, request.Sort);
        Assert.Equal(1, request.Page);
        Assert.Equal(10, request.PageSize);
    }

    [Fact]
    public void EveryField_MapsToTheEngineRequest()
    {
        var request = new SearchParameters
        {
            Q = "funding",
            Topic = ["dhr", " "],
            Speaker = [" peerbux "],
            Kind = ["Resolution"],
            Committee = ["kcsp"],
            From = new DateOnly(2021, 1, 1),
            To = new DateOnly(2022, 1, 1),
            Group = "CHUNK",
            Sort = "date",
            Page = 3,
            PageSize = 20,
        }.ToSearchRequest();

        Assert.Equal("funding", request.Q);
        Assert.Equal(["dhr"], request.Topics);
        Assert.Equal(["peerbux"], request.Speakers);
        Assert.Equal(["resolution"], request.Kinds);
        Assert.Equal(["kcsp"], request.Committees);
        Assert.Equal(new DateOnly(2021, 1, 1), request.From);
        Assert.Equal(new DateOnly(2022, 1, 1), request.To);
        Assert.Equal(SearchGroup.Chunk, request.Group);
        Assert.Equal(SearchSort.Date, request.Sort);
        Assert.Equal(3, request.Page);
        Assert.Equal(20, request.PageSize);
    }

    [Fact]
    public void Decisions_AlwaysGroupByChunk()
    {
        Assert.Equal(SearchGroup.Chunk, new DecisionParameters().ToSearchRequest().Group);
    }

    [Fact]
    public void SeveralProblems_AreAllReported()
    {
        var errors = Errors(new SearchParameters
        {
            PageSize = 0,
            Page = -1,
            Kind = ["x"],
            Group = "y",
            Sort = "z",
            Topic = ["nope"],
            From = new DateOnly(2022, 1, 2),
            To = new DateOnly(2022, 1, 1),
        });

        Assert.Equal(["from", "group", "kind", "page", "pageSize", "sort", "topic"], errors.Keys.Order());
    }

    [Fact]
    public void UnknownTopic_NamesTheKnownOnes()
    {
        var message = Assert.Single(Errors(new SearchParameters { Topic = ["DHRR"] })["topic"]);

        Assert.Contains("DHRR", message);
        Assert.Contains("PREVENT", message);
    }

    [Fact]
    public void DeepPages_AreRefusedBeyondTheResultWindow()
    {
        Assert.Empty(Errors(new SearchParameters { Page = 100, PageSize = 100 }));
        Assert.Contains("page", Errors(new SearchParameters { Page = 101, PageSize = 100 }).Keys);
        Assert.Contains("page", Errors(new SearchParameters { Page = int.MaxValue, PageSize = 100 }).Keys);
    }

    [Fact]
    public void ControlCharacters_AreRefused()
    {
        Assert.Contains("q", Errors(new SearchParameters { Q = "dhr\u0000" }).Keys);
        Assert.Contains("speaker", Errors(new SearchParameters { Speaker = ["a\u001bb"] }).Keys);
        Assert.Empty(Errors(new SearchParameters { Q = "tabs\tand\nnewlines are fine" }));
    }

    [Theory]
    [InlineData("kcsp-2022-03-24", true)]
    [InlineData("kcsp-2022-03-24-2", true)]
    [InlineData("Kcsp-2022-03-24", false)]
    [InlineData("kcsp 2022", false)]
    [InlineData("-kcsp", false)]
    public void MeetingIds_AreCheckedForShape(string id, bool valid)
    {
        Assert.Equal(valid, Errors(new MeetingRoute { Id = id }).Count == 0);
    }

    [Theory]
    [InlineData("kcsp-2022-03-24/8", "kcsp-2022-03-24/8")]
    [InlineData("kcsp-2022-03-24%2F8", "kcsp-2022-03-24/8")]
    [InlineData("kcsp-2022-03-24%2f8/", "kcsp-2022-03-24/8")]
    public void ItemIds_AcceptAnEncodedSlash(string id, string expected)
    {
        var route = new ItemRoute { Id = id };

        Assert.Equal(expected, route.ItemId);
        Assert.Empty(Errors(route));
    }

    private static Dictionary<string, string[]> Errors(IValidatedRequest request)
    {
        var errors = new RequestErrors();
        request.Validate(errors, Vocabulary);
        return errors.ToDictionary();
    }
}
