using KcspSearch.Search.Tests.Support;
using KcspSearch.Tests;

namespace KcspSearch.Search.Tests;

/// <summary>Officers' queries over every real document (the 2019 and 2022 KCSP meetings), indexed through the default pipeline.</summary>
public sealed class RealDocumentsQueryTests : IClassFixture<RealDocumentsFixture>
{
    private const string March2022 = "kcsp-2022-03-24";
    private const string October2019 = "kcsp-2019-10-08";
    private readonly RealDocumentsFixture fixture;

    public RealDocumentsQueryTests(RealDocumentsFixture fixture) => this.fixture = fixture;

    private TempIndex Temp => fixture.Documents.Temp;

    private SearchResponse Chunks(string q) => Temp.Engine.Search(new SearchRequest { Q = q, Group = SearchGroup.Chunk, PageSize = 100 });

    [SharedFact]
    public void Index_TwoRenderingsOfAMeeting_KeepsTheLatestFileOnly()
    {
        Assert.Equal([IndexOutcome.Added, IndexOutcome.Updated, IndexOutcome.Added, IndexOutcome.Updated],
            fixture.Documents.Results.Select(r => r.Outcome));
        Assert.Equal([October2019, October2019, March2022, March2022], fixture.Documents.Results.Select(r => r.MeetingId));
        Assert.Equal([March2022, October2019], Temp.Engine.Meetings().Select(m => m.Id));
        var stats = Temp.Index.GetStats();
        Assert.Equal(2, stats.Documents);
        Assert.Equal(fixture.Documents.Results[1].Chunks + fixture.Documents.Results[3].Chunks, stats.Chunks);
        // Chunk ids are unique: nothing of the replaced renderings is left behind.
        var ids = Temp.Index.ExportChunks(true).Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [SharedTheory]
    [InlineData("what did we resolve about DHR funding", 8, "Domestic Homicide Review Update")]
    [InlineData("DHR funding", 8, "Domestic Homicide Review Update")]
    [InlineData("VAWG", 2, "Kent Community Safety Agreement Review and Refresh")]
    [InlineData("violence against women and girls", 2, "Kent Community Safety Agreement Review and Refresh")]
    [InlineData("Vision Zero", 6, "Zero Casualty Strategy Update")]
    [InlineData("what did Powell say about funding", 5, "Kent and Medway Violence Reduction Unit Update")]
    [InlineData("topic:PREVENT", 9, "Kent and Medway PREVENT Duty Delivery Update")]
    [InlineData("speaker:brinson", 2, "Kent Community Safety Agreement Review and Refresh")]
    [InlineData("Crime Reduction Grant", 3, "Kent Community Safety Partnership Working Group Update")]
    [InlineData("threat level substantial", 9, "Kent and Medway PREVENT Duty Delivery Update")]
    public void Search_OfficerQueryAbout2022_PutsTheRightItemFirst(string query, int ordinal, string title)
    {
        var result = Temp.Search(query);
        Assert.True(result.Hits.Count > 0, $"nothing for '{query}' ({result.InterpretedAs})");
        var top = result.Hits[0];
        Assert.Equal($"{March2022}/{ordinal}", top.ItemId);
        Assert.Equal(title, top.ItemTitle);
        Assert.StartsWith($"KCSP, 24 March 2022, item {ordinal} ({title})", top.Citation);
    }

    [SharedFact]
    public void Search_DhrFundingDecision_LeadsWithTheResolutionAndTheFundingParagraph()
    {
        var top = Temp.Search("what did we resolve about DHR funding").Hits[0];
        Assert.Equal("resolution", top.Passages![0].Kind);
        Assert.Equal("RESOLVED that the domestic homicide review update be noted.", top.Text);
        Assert.Equal("KCSP, 24 March 2022, item 8 (Domestic Homicide Review Update), resolution", top.Passages[0].Citation);
        var funding = Assert.Single(top.Passages, p => p.Paragraph == "2");
        Assert.Contains("<mark>funding</mark>", funding.Snippet);
        Assert.Equal("KCSP, 24 March 2022, item 8 (Domestic Homicide Review Update), para 2", funding.Citation);
    }

    [SharedTheory]
    [InlineData("VAWG", "Violence Against Women and Girls (VAWG)")]
    [InlineData("violence against women and girls", "VAWG and DA should be separated")]
    public void Search_AcronymOrItsExpansion_FindsPassagesWithOnlyTheOtherForm(string query, string otherForm)
    {
        var both = Chunks("VAWG").Hits.Select(h => h.ChunkId).ToList();
        var hits = Chunks(query).Hits;
        Assert.Equal(both, hits.Select(h => h.ChunkId));
        Assert.Contains(hits, h => h.Text.Contains(otherForm, StringComparison.Ordinal));
        // Paragraph 3 says only "VAWG", paragraph 2 spells it out first.
        Assert.Contains($"{March2022}/2/3", both);
        Assert.Contains($"{March2022}/2/2", both);
    }

    [SharedTheory]
    [InlineData("S136")]
    [InlineData("section 136")]
    public void Search_Section136_FindsBothMeetingsWhicheverFormIsTyped(string query)
    {
        var ids = Chunks(query).Hits.Select(h => h.ChunkId).ToList();
        // 2022 writes only "Section 136"; 2019 writes "S136" in some paragraphs.
        Assert.Contains($"{March2022}/4/2", ids);
        Assert.Contains(ids, id => id.StartsWith(October2019 + "/", StringComparison.Ordinal));
        Assert.Contains(Chunks(query).Hits, h => h.Text.Contains("S136", StringComparison.Ordinal));
        Assert.Contains(Chunks(query).Hits, h => h.Text.Contains("Section 136", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Search_SpeakerQuestion_OnlyThatSpeakersPassagesIn2022()
    {
        var result = Chunks("what did Powell say about funding");
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h =>
        {
            Assert.Contains("powell", h.Speakers);
            Assert.Contains("funding", h.Text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("Mr M Powell", result.InterpretedAs);
    }

    [SharedFact]
    public void Search_TopicFilter_FindsEveryMeetingsPreventItemNewestFirst()
    {
        var hits = Temp.Search("topic:PREVENT").Hits;
        Assert.Equal([$"{March2022}/9", $"{October2019}/14"], hits.Select(h => h.ItemId));
        Assert.All(hits, h => Assert.Contains("PREVENT", h.Topics));
    }

    [SharedFact]
    public void Search_SpeakerFilter_CountsEveryPassageOfThatSpeakerInBothMeetings()
    {
        var result = Chunks("speaker:brinson");
        var expected = Temp.Index.ExportChunks(false).Where(c => c.Speaker?.Contains("Brinson", StringComparison.Ordinal) == true).Select(c => c.Id).Order().ToList();
        Assert.Equal(expected, result.Hits.Select(h => h.ChunkId).Order());
        Assert.Contains(result.Hits, h => h.MeetingId == March2022);
        Assert.Contains(result.Hits, h => h.MeetingId == October2019);
    }

    [SharedFact]
    public void Search_ResolutionsOfAYear_AreEvery2022ResolutionAndNothingElse()
    {
        var result = Chunks("kind:resolution 2022");
        var expected = Temp.Index.ExportChunks(false).Where(c => c.Kind == "resolution" && c.MeetingDate.Year == 2022).Select(c => c.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Hits.Select(h => h.ChunkId).Order());
        Assert.Equal(expected.Count, result.Total);
    }

    [SharedFact]
    public void Search_Homocide_SuggestsHomicideAndFindsBothDhrItems()
    {
        var result = Temp.Search("homocide");
        Assert.Equal("homicide", result.DidYouMean);
        Assert.Equal([$"{March2022}/8", $"{October2019}/13"], result.Hits.Select(h => h.ItemId).Order().Reverse());
    }

    [SharedFact]
    public void Search_Folkestone_FindsThe2019FolkstonePassage()
    {
        var result = Temp.Search("Folkestone");
        Assert.Equal("folkstone", result.DidYouMean, ignoreCase: true);
        var hit = Assert.Single(result.Hits);
        Assert.StartsWith("KCSP, 8 October 2019, minute 241 (Mental Health Update)", hit.Citation);
        Assert.Contains("<mark>Folkstone</mark>", hit.Passages![0].Snippet);
    }

    [SharedTheory]
    [InlineData("kent update", SearchGroup.Item)]
    [InlineData("mental health", SearchGroup.Chunk)]
    [InlineData("kent police", SearchGroup.Item)]
    [InlineData("domestic homicide review update", SearchGroup.Chunk)]
    [InlineData("what did we resolve about the kent update", SearchGroup.Item)]
    [InlineData("what did we resolve about mental health", SearchGroup.Chunk)]
    [InlineData("community safety partnership", SearchGroup.Item)]
    public void Search_SmallPage_IsTheStartOfTheWholeRanking(string query, SearchGroup group)
    {
        // A page of 100 checks the proximity of every match; smaller pages check only what can reach them.
        var whole = Temp.Engine.Search(new SearchRequest { Q = query, Group = group, PageSize = 100 }).Hits;
        Assert.True(whole.Count > 3);
        foreach (var size in new[] { 1, 2, 3, 5 })
            for (var page = 1; page <= 2; page++)
            {
                var hits = Temp.Engine.Search(new SearchRequest { Q = query, Group = group, PageSize = size, Page = page }).Hits;
                Assert.Equal(whole.Skip((page - 1) * size).Take(size).Select(h => (h.ChunkId, h.Score)), hits.Select(h => (h.ChunkId, h.Score)));
            }
    }
}
