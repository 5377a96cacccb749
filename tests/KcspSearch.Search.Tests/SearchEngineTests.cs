using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;
using KcspSearch.Search.Tests.Support;

namespace KcspSearch.Search.Tests;

public sealed class SearchEngineTests : IClassFixture<SearchEngineTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public TempIndex Temp { get; } = TempIndex.WithSeedLikeMeetings();
        public void Dispose() => Temp.Dispose();
    }

    private readonly TempIndex temp;

    public SearchEngineTests(Fixture fixture) => temp = fixture.Temp;

    [Fact]
    public void Search_DecisionQuestion_PutsTheItemsResolutionFirst()
    {
        var items = temp.Search("what did we resolve about DHR funding");
        var chunks = temp.Chunks("what did we resolve about DHR funding");

        var top = items.Hits[0];
        Assert.Equal("kcsp-2022-03-24/6", top.ItemId);
        Assert.Equal("resolution", top.Passages![0].Kind);
        Assert.Contains(top.Passages, p => p.ChunkId == "kcsp-2022-03-24/6/2");
        Assert.Equal("kcsp-2022-03-24/6/R", chunks.Hits[0].ChunkId);
        Assert.Equal("KCSP, 24 March 2022, item 6 (Domestic Homicide Review Update), resolution", chunks.Hits[0].Citation);
        Assert.Contains("decisions", items.InterpretedAs);
    }

    [Fact]
    public void Search_WhatWasDecided_ListsResolutionsOnly()
    {
        var result = temp.Chunks("what was decided");
        Assert.Equal(SeedLikeMeetings.March2022().Items.Count(i => !i.Restricted) + SeedLikeMeetings.October2019().Items.Count, result.Total);
        Assert.All(result.Hits, h => Assert.Equal("resolution", h.Kind));
    }

    [Fact]
    public void Search_Acronym_FindsTheSpelledOutForm()
    {
        var ids = temp.Chunks("DHR").Hits.Select(h => h.ChunkId).ToList();
        // The 2022 resolution says "domestic homicide review", never "DHR".
        Assert.Contains("kcsp-2022-03-24/6/R", ids);
        Assert.Contains("DHR also as \"domestic homicide review\"", temp.Chunks("DHR").InterpretedAs);
    }

    [Fact]
    public void Search_SpelledOutForm_FindsTheAcronym()
    {
        var ids = temp.Chunks("section 136 detentions").Hits.Select(h => h.ChunkId).ToList();
        Assert.Contains("kcsp-2019-10-08/1/3", ids); // says only "S136"
        Assert.Contains("kcsp-2022-03-24/4/2", ids); // says only "Section 136"
        Assert.Contains("kcsp-2022-03-24/4/2", temp.Chunks("S136").Hits.Select(h => h.ChunkId));
    }

    [Fact]
    public void Search_MinedAcronym_ExpandsFromTheMinutes()
    {
        var hit = Assert.Single(temp.Chunks("\"women and girls\" priority").Hits);
        Assert.Equal("kcsp-2022-03-24/2/2", hit.ChunkId);
        Assert.Contains("kcsp-2022-03-24/2/R", temp.Chunks("vawg").Hits.Select(h => h.ChunkId));
    }

    [Theory]
    [InlineData("homocide", "homicide")]
    [InlineData("Folkestone", "folkstone")]
    [InlineData("domestic homocide review funding", "domestic homicide review funding")]
    public void Search_Misspelling_FindsThePassageAndSuggestsTheCorrection(string query, string corrected)
    {
        var result = temp.Search(query);
        Assert.True(result.Total > 0);
        Assert.Equal(corrected, result.DidYouMean, ignoreCase: true);
    }

    [Fact]
    public void Search_CorrectWord_HasNoDidYouMean()
    {
        Assert.Null(temp.Search("homicide").DidYouMean);
    }

    [Fact]
    public void Search_SpeakerQuestion_KeepsThatSpeakersPassages()
    {
        var result = temp.Chunks("what did Harper say about detentions");
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Contains("harper", h.Speakers));
        Assert.Contains("said by Mr A Harper", result.InterpretedAs);
    }

    [Fact]
    public void Search_SpeakerFilterByNameOrId_IsTheSame()
    {
        var byId = temp.Engine.Search(new SearchRequest { Speakers = ["peerbux"], Group = SearchGroup.Chunk, PageSize = 100 });
        var byName = temp.Chunks("speaker:\"Shafick Peerbux\"");
        Assert.Equal(byId.Hits.Select(h => h.ChunkId).Order(), byName.Hits.Select(h => h.ChunkId).Order());
        Assert.Equal(Expected(c => c.Speakers.Contains("peerbux")), byId.Total);
    }

    [Fact]
    public void Search_Filters_AreOrWithinAFieldAndAcrossFields()
    {
        var either = temp.Engine.Search(new SearchRequest { Topics = ["DHR", "VRU"], Group = SearchGroup.Chunk, PageSize = 100 });
        var both = temp.Engine.Search(new SearchRequest { Topics = ["DHR", "VRU"], Kinds = ["resolution"], Group = SearchGroup.Chunk, PageSize = 100 });

        Assert.Equal(Expected(c => c.Topics.Contains("DHR") || c.Topics.Contains("VRU")), either.Total);
        Assert.Equal(Expected(c => (c.Topics.Contains("DHR") || c.Topics.Contains("VRU")) && c.Kind == ChunkKind.Resolution), both.Total);
        Assert.Equal(3, both.Total);
    }

    [Fact]
    public void Search_YearAndDateRange_FilterByMeetingDate()
    {
        Assert.All(temp.Chunks("update 2019").Hits, h => Assert.Equal(2019, h.MeetingDate.Year));
        Assert.Equal(0, temp.Chunks("update from:2020-01-01 to:2021-12-31").Total);
        Assert.All(temp.Chunks("update from:2022-01").Hits, h => Assert.Equal(2022, h.MeetingDate.Year));
    }

    [Fact]
    public void Search_ItemTitleField_MatchesTitlesOnly()
    {
        var result = temp.Search("item:\"domestic homicide\"");
        Assert.Equal(["kcsp-2019-10-08/3", "kcsp-2022-03-24/6"], result.Hits.Select(h => h.ItemId!).Order());
    }

    [Fact]
    public void Search_Browse_ShowsEveryVisibleItemNewestFirst()
    {
        var result = temp.Engine.Search(new SearchRequest { PageSize = 100 });
        var visibleItems = SeedLikeMeetings.March2022().Items.Count(i => !i.Restricted) + SeedLikeMeetings.October2019().Items.Count;
        Assert.Equal(visibleItems, result.Total);
        Assert.Equal(new DateOnly(2022, 3, 24), result.Hits[0].MeetingDate);
        Assert.Equal("all passages", result.InterpretedAs);
    }

    [Fact]
    public void Search_BrowseFacets_MatchCountsFromTheMeetings()
    {
        var result = temp.Engine.Search(new SearchRequest { FacetMonths = true });

        var visible = VisibleChunks().ToList();
        var topics = visible.SelectMany(c => c.Chunk.Topics).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var speakers = visible.SelectMany(c => c.Chunk.Speakers).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var kinds = visible.GroupBy(c => c.Chunk.Kind.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());
        var years = visible.GroupBy(c => c.Meeting.Date.Year.ToString()).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(topics, result.Facets.Topic.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(speakers, result.Facets.Speaker.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(kinds, result.Facets.Kind.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(years, result.Facets.Year.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(visible.Count, Assert.Single(result.Facets.Committee).Count);
        Assert.Equal(["2022-03", "2019-10"], result.Facets.Month!.Select(m => m.Value));
        Assert.Equal("Domestic Homicide Review", result.Facets.Topic.Single(t => t.Value == "DHR").Label);
        Assert.Equal("Shafick Peerbux (Head of Community Safety)", result.Facets.Speaker.Single(s => s.Value == "peerbux").Label);
    }

    [Fact]
    public void Search_QueryFacets_CountTheWholeMatchSetNotThePage()
    {
        var result = temp.Engine.Search(new SearchRequest { Q = "funding", PageSize = 1 });

        var matching = VisibleChunks().Where(c => Regex.IsMatch(c.Chunk.Text, @"\bfund(s|ed|ing)?\b", RegexOptions.IgnoreCase)).ToList();
        var topics = matching.SelectMany(c => c.Chunk.Topics).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Single(result.Hits);
        Assert.Equal(topics, result.Facets.Topic.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(matching.Count, result.Facets.Kind.Sum(k => k.Count));
    }

    [Fact]
    public void Search_Snippet_MarksMatchesAndEscapesEverythingElse()
    {
        var hit = temp.Chunks("folkstone safe haven").Hits[0];
        Assert.Contains("<mark>Folkstone</mark>", hit.Snippet);
        Assert.Contains("&lt;for&gt; Kent Police &amp; partners", hit.Snippet);
        Assert.Equal("", Regex.Replace(hit.Snippet, "</?mark>", "").Where(c => c is '<' or '>').Select(c => c.ToString()).FirstOrDefault() ?? "");
        Assert.Contains("<for> Kent Police & partners", hit.Text);
        Assert.Equal("KCSP, 8 October 2019, minute 241 (Mental Health Update), para 7(c)", hit.Citation);
    }

    [Fact]
    public void Search_RestrictedItem_IsHiddenEverywhereWithoutTheKey()
    {
        Assert.Equal(0, temp.Search("nightjar").Total);
        Assert.Null(temp.Search("nightjur").DidYouMean);
        Assert.Empty(temp.Engine.Suggest("nightj", 10));
        Assert.Null(temp.Engine.Item("kcsp-2022-03-24/7"));
        Assert.DoesNotContain(temp.Engine.Meeting("kcsp-2022-03-24")!.Items, i => i.Restricted);
        Assert.DoesNotContain(temp.Engine.Topics(), t => t.Id == "serious-violence" && t.Count != 2);
        Assert.DoesNotContain(temp.Engine.Decisions(new SearchRequest { PageSize = 100 }).Decisions, d => d.Text.Contains("Nightjar"));
        Assert.Equal(1, temp.Engine.Speakers().Single(s => s.PersonId == "powell").Chunks);

        Assert.Equal(2, temp.Chunks("nightjar", includeRestricted: true).Total);
        Assert.NotNull(temp.Engine.Item("kcsp-2022-03-24/7", includeRestricted: true));
        Assert.Equal(2, temp.Engine.Speakers(true).Single(s => s.PersonId == "powell").Chunks);
        Assert.Contains(temp.Engine.Suggest("nightj", 10, includeRestricted: true), s => s.Value == "nightjar");
    }

    [Theory]
    [InlineData("zebra giraffe")]
    [InlineData("xqzvtw")]
    [InlineData("\"funding shortfall in kent\"")]
    [InlineData("speaker:nobody")]
    [InlineData("topic:no-such-topic")]
    public void Search_NothingRelevant_FindsNothing(string query)
    {
        var result = temp.Search(query);
        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.Empty(result.Facets.Topic);
    }

    [Fact]
    public void Search_NotEveryWordMatches_FallsBackToAnyWord()
    {
        var result = temp.Search("shortfall zebra");
        Assert.Equal("kcsp-2022-03-24/6", result.Hits[0].ItemId);
        Assert.Contains("any of them", result.InterpretedAs);
    }

    [Fact]
    public void Search_Exclusion_RemovesMatchingChunks()
    {
        var result = temp.Chunks("update -mental");
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.DoesNotContain("mental", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.All(temp.Chunks("-update").Hits, h => Assert.DoesNotContain("update", h.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_OnlyExclusions_BrowsesWhatHasNoneOfTheWords()
    {
        var all = temp.Chunks("").Total;
        var withoutMental = temp.Chunks("-mental").Total;
        var withoutEither = temp.Chunks("-mental -shortfall");
        Assert.NotEmpty(withoutEither.Hits);
        Assert.All(withoutEither.Hits, h => Assert.DoesNotContain("mental", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.All(withoutEither.Hits, h => Assert.DoesNotContain("shortfall", h.Text, StringComparison.OrdinalIgnoreCase));
        // "shortfall" is in one passage that does not mention mental health.
        Assert.Equal(withoutMental - 1, withoutEither.Total);
        Assert.True(withoutMental < all);
    }

    [Fact]
    public void Search_PhraseAndPrefix_MatchAsWritten()
    {
        Assert.All(temp.Chunks("\"safe haven\"").Hits, h => Assert.Contains("Safe Haven", h.Text));
        Assert.Equal(temp.Chunks("detentions").Total, temp.Chunks("detent*").Total);
        Assert.Equal(temp.Chunks("knife").Total + temp.Chunks("homicide").Total, temp.Chunks("knife OR homicide").Total);
    }

    [Fact]
    public void Search_Paging_SplitsTheSameOrder()
    {
        var all = temp.Engine.Search(new SearchRequest { Q = "update", Group = SearchGroup.Chunk, PageSize = 100 });
        var page2 = temp.Engine.Search(new SearchRequest { Q = "update", Group = SearchGroup.Chunk, PageSize = 3, Page = 2 });
        Assert.Equal(all.Total, page2.Total);
        Assert.Equal(all.Hits.Skip(3).Take(3).Select(h => h.ChunkId), page2.Hits.Select(h => h.ChunkId));
    }

    [Fact]
    public void Search_SortByDate_PutsNewestFirst()
    {
        var hits = temp.Engine.Search(new SearchRequest { Q = "update", Sort = SearchSort.Date, Group = SearchGroup.Chunk, PageSize = 100 }).Hits;
        Assert.Equal(hits.OrderByDescending(h => h.MeetingDate).Select(h => h.MeetingDate), hits.Select(h => h.MeetingDate));
    }

    [Fact]
    public void Search_TitleMatch_OutranksAPassingMention()
    {
        Assert.Equal("kcsp-2019-10-08/2", temp.Search("knife crime").Hits[0].ItemId);
    }

    [Fact]
    public void Decisions_ListEveryVisibleResolutionNewestFirst()
    {
        var result = temp.Engine.Decisions(new SearchRequest { PageSize = 100 });
        Assert.Equal(VisibleChunks().Count(c => c.Chunk.Kind == ChunkKind.Resolution), result.Total);
        Assert.Equal(new DateOnly(2022, 3, 24), result.Decisions[0].MeetingDate);
        Assert.Equal(3, temp.Engine.Decisions(new SearchRequest { Q = "noted", Topics = ["DHR", "mental-health"] }).Total);
    }

    [Fact]
    public void Listings_DescribeMeetingsItemsSpeakersAndTopics()
    {
        Assert.Equal(["kcsp-2022-03-24", "kcsp-2019-10-08"], temp.Engine.Meetings().Select(m => m.Id));
        var item = temp.Engine.Item("kcsp-2022-03-24/6")!;
        Assert.Equal(["1", "2", "R"], item.Chunks.Select(c => c.Paragraph));
        Assert.Equal("KCSP, 24 March 2022, item 6 (Domestic Homicide Review Update), para 2", item.Chunks[1].Citation);
        Assert.Null(temp.Engine.Item("not/an/item"));
        var peerbux = temp.Engine.Speakers().Single(s => s.PersonId == "peerbux");
        Assert.Equal(("Shafick Peerbux", "Head of Community Safety", Expected(c => c.Speakers.Contains("peerbux"))),
            (peerbux.Name, peerbux.Role, peerbux.Chunks));
        Assert.Contains(temp.Engine.Topics(), t => t is { Id: "DHR", Label: "Domestic Homicide Review", Count: 5 });
    }

    [Fact]
    public void Suggest_CompletesTitlesSpeakersTopicsAndWords()
    {
        Assert.Contains(temp.Engine.Suggest("domestic hom", 10), s => s is { Kind: "title", Text: "Domestic Homicide Review Update" });
        Assert.Contains(temp.Engine.Suggest("peer", 10), s => s is { Kind: "speaker", Value: "peerbux" });
        Assert.Contains(temp.Engine.Suggest("mental", 10), s => s is { Kind: "topic", Value: "mental-health" });
        Assert.Contains(temp.Engine.Suggest("shortf", 10), s => s is { Kind: "term", Value: "shortfall" });
        Assert.Empty(temp.Engine.Suggest("", 10));
    }

    [Fact]
    public void Suggest_AfterADocumentIsReindexed_CountsEachWordOfItsUnchangedChunksOnce()
    {
        // An index of its own: this test changes it.
        using var own = TempIndex.WithSeedLikeMeetings();
        var words = Words().ToList();
        var funding = Assert.Single(words, w => w.Value == "funding").Count;
        var march = SeedLikeMeetings.March2022();
        var items = march.Items.ToList();
        var exempt = items.FindIndex(i => i.Restricted);
        // Only the exempt item changes: a chunk about funding joins it.
        items[exempt] = items[exempt] with
        {
            Chunks = [.. items[exempt].Chunks, items[exempt].Chunks[0] with { Id = "kcsp-2022-03-24/7/2", Paragraph = "2", Text = "Funding for Operation Nightjar was agreed." }],
        };

        own.Index.IndexMeeting(march with { Items = items }, new SourceInfo("kcsp-2022-03-24.txt", "hash-2022-revised"));

        Assert.Equal(words, Words());
        Assert.Contains(own.Engine.Suggest("fundi", 10, includeRestricted: true), s => s.Value == "funding" && s.Count == funding + 1);

        IEnumerable<Suggestion> Words() => own.Engine.Suggest("fundi", 10).Where(s => s.Kind == "term");
    }

    private static int Expected(Func<Chunk, bool> predicate) => VisibleChunks().Count(c => predicate(c.Chunk));

    private static IEnumerable<(Meeting Meeting, Chunk Chunk)> VisibleChunks() =>
        new[] { SeedLikeMeetings.March2022(), SeedLikeMeetings.October2019() }
            .SelectMany(m => m.Items.Where(i => !i.Restricted).SelectMany(i => i.Chunks).Select(c => (m, c)));
}
