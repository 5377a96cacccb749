using KcspSearch.Search.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Search.Tests;

/// <summary>Officers' queries over the real printed minutes of 8 October 2019, indexed through the real pipeline.</summary>
public sealed class RealSeedQueryTests : IClassFixture<RealSeedQueryTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        private readonly Lazy<RealSeedIndex> index = new(() => new RealSeedIndex());
        public TempIndex Temp => index.Value.Temp;
        public void Dispose()
        {
            if (index.IsValueCreated) index.Value.Dispose();
        }
    }

    private readonly Fixture fixture;

    public RealSeedQueryTests(Fixture fixture) => this.fixture = fixture;

    private TempIndex Temp => fixture.Temp;

    [SharedTheory]
    // Questions
    [InlineData("what did we resolve about DHRs", "Domestic Homicide Reviews (DHRs) Update")]
    [InlineData("what was decided on knife crime", "Select Committee on Knife Crime in Kent")]
    [InlineData("what did Harper say about county lines", "Violence Reduction Update")]
    [InlineData("what did Barrington-King say about training in schools", "Select Committee on Knife Crime in Kent")]
    [InlineData("what did Ms Allen report about housing offenders", "Kent and Medway Reducing Offending Board Update")]
    [InlineData("how are suicide rates in Kent changing", "Suicide Prevention Update")]
    // Keywords and phrases
    [InlineData("knife crime", "Select Committee on Knife Crime in Kent")]
    [InlineData("Brexit preparations", "Preparations for Brexit")]
    [InlineData("\"mental health first-aid training\"", "Mental Health Update")]
    [InlineData("trading standards scams", "Kent Community Safety Partnership Working Group Update")]
    [InlineData("Hate Crime Awareness Week", "Kent Community Safety Partnership Working Group Update")]
    [InlineData("Op Concern welfare calls", "Mental Health Update")]
    [InlineData("Youth Zone deprived areas", "Select Committee on Knife Crime in Kent")]
    [InlineData("women's forum", "Kent and Medway Reducing Offending Board Update")]
    // Acronyms both ways
    [InlineData("S136 detentions", "Mental Health Update")]
    [InlineData("section 136", "Mental Health Update")]
    [InlineData("domestic homicide review", "Domestic Homicide Reviews (DHRs) Update")]
    [InlineData("IOM operational guide", "Kent and Medway Reducing Offending Board Update")]
    [InlineData("Kent Resilience Forum", "Preparations for Brexit")]
    // Misspellings
    [InlineData("Folkestone safe haven", "Mental Health Update")]
    [InlineData("homocide reviews", "Domestic Homicide Reviews (DHRs) Update")]
    [InlineData("hatefull extremsim", "PREVENT Duty Delivery Board Update")]
    // Filters
    [InlineData("speaker:woodhouse rates", "Suicide Prevention Update")]
    [InlineData("topic:PREVENT", "PREVENT Duty Delivery Board Update")]
    [InlineData("kind:resolution brexit", "Preparations for Brexit")]
    [InlineData("item:\"knife crime\" recommendations", "Select Committee on Knife Crime in Kent")]
    public void Search_OfficerQuery_PutsTheRightItemFirst(string query, string title)
    {
        var result = Temp.Search(query);
        Assert.True(result.Hits.Count > 0, $"nothing for '{query}' ({result.InterpretedAs})");
        Assert.Equal(title, result.Hits[0].ItemTitle);
        Assert.StartsWith("KCSP, 8 October 2019, minute ", result.Hits[0].Citation);
    }

    [SharedTheory]
    [InlineData("giraffe enclosure")]
    [InlineData("2022 knife crime")]
    [InlineData("from:2020-01-01 suicide")]
    [InlineData("speaker:nobody-at-all")]
    [InlineData("\"knife crime in the summer\"")]
    public void Search_QueryWithNoAnswer_FindsNothing(string query)
    {
        var result = Temp.Search(query);
        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [SharedFact]
    public void Search_DecisionQuestion_LeadsWithTheResolutionAndItsCitation()
    {
        var hit = Temp.Search("what did we resolve about DHRs").Hits[0];
        Assert.Equal("resolution", hit.Passages![0].Kind);
        Assert.Contains("RESOLVED that the update be noted", hit.Passages[0].Snippet);
        Assert.StartsWith("KCSP, 8 October 2019, minute 249 (Domestic Homicide Reviews (DHRs) Update)", hit.Passages[0].Citation);
    }

    [SharedFact]
    public void Search_Misspelling_SuggestsTheMinutesSpelling()
    {
        var result = Temp.Search("Folkestone safe haven");
        Assert.Equal("folkstone safe haven", result.DidYouMean, ignoreCase: true);
        Assert.Contains("<mark>Folkstone</mark>", result.Hits[0].Passages![0].Snippet);
    }

    [SharedFact]
    public void Search_SpeakerQuestion_OnlyThatSpeakersPassages()
    {
        var result = Temp.Engine.Search(new SearchRequest { Q = "what did Harper say about county lines", Group = SearchGroup.Chunk });
        Assert.All(result.Hits, h => Assert.Contains("harper", h.Speakers));
    }

    [SharedFact]
    public void Search_Browse_CountsEveryItemAndFacetsTheWholeMeeting()
    {
        var result = Temp.Engine.Search(new SearchRequest { PageSize = 100 });
        var chunks = Temp.Index.ExportChunks(false).ToList();
        // Fifteen minutes (237-251) plus the attendance list, which belongs to no item.
        Assert.Equal(16, result.Total);
        Assert.Equal(15, result.Hits.Count(h => h.ItemId is not null));
        Assert.Equal("attendance", result.Hits.Single(h => h.ItemId is null).Kind);
        Assert.Equal(chunks.Count, Assert.Single(result.Facets.Year).Count);
        Assert.Equal(chunks.Count(c => c.Topics.Contains("mental-health")), result.Facets.Topic.Single(t => t.Value == "mental-health").Count);
        Assert.Equal(chunks.Count(c => c.Kind == "resolution"), result.Facets.Kind.Single(k => k.Value == "resolution").Count);
    }

    [SharedFact]
    public void Speakers_NameThePeopleOfTheMinutesWithRoles()
    {
        var harper = Temp.Engine.Speakers().Single(s => s.PersonId == "harper");
        Assert.Contains("Chief Executive", harper.Role);
        Assert.True(harper.Chunks >= 10);
    }
}
