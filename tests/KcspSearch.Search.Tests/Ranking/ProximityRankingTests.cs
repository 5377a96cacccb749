using KcspSearch.Search.Tests.Support;

namespace KcspSearch.Search.Tests.Ranking;

/// <summary>The proximity boost decides the top hit even when the engine checks proximity only for what can reach the page.</summary>
public sealed class ProximityRankingTests
{
    private const string Filler = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";

    [Theory]
    [InlineData(SearchGroup.Item)]
    [InlineData(SearchGroup.Chunk)]
    public void Search_WordsTogether_OutrankMoreFrequentWordsApart(SearchGroup group)
    {
        using var temp = new TempIndex();
        var builder = new MeetingBuilder("Proximity Test Partnership", new DateOnly(2024, 5, 1));
        // Five passages say "alpha" twice but far from "beta"; one says them together, once: BM25 alone puts it last.
        for (var i = 1; i <= 5; i++) builder.Item($"Apart {i}", [], it => it.Para("1", $"alpha alpha {Filler} beta"));
        builder.Item("Together", [], it => it.Para("1", $"alpha beta {Filler}"));
        for (var i = 1; i <= 10; i++) builder.Item($"Other {i}", [], it => it.Para("1", Filler));
        temp.Index.IndexMeeting(builder.Build(), new SourceInfo("p.txt", "p"));

        var whole = temp.Engine.Search(new SearchRequest { Q = "alpha beta", Group = group, PageSize = 100 }).Hits;
        var top = temp.Engine.Search(new SearchRequest { Q = "alpha beta", Group = group, PageSize = 1 }).Hits;

        Assert.Equal(6, whole.Count);
        Assert.Equal("Together", whole[0].ItemTitle);
        Assert.Equal((whole[0].ChunkId, whole[0].Score), (top[0].ChunkId, top[0].Score));
        Assert.True(whole[0].Score > whole[1].Score);
    }
}
