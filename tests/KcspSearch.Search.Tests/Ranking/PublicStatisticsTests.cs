using KcspSearch.Search.Tests.Support;

namespace KcspSearch.Search.Tests.Ranking;

/// <summary>
/// Callers without the key are scored as if exempt chunks did not exist: the row count, average length and document
/// frequencies BM25 uses leave them out, so no score (and no order) tells how often an exempt item uses a word.
/// </summary>
public sealed class PublicStatisticsTests : IDisposable
{
    // Words the exempt item ("Operation Nightjar") shares with public items, and words it does not use.
    private static readonly string[] Queries = ["briefing", "powell", "members", "noted", "resolved", "brief*", "powell members", "funding", "mental health"];

    private readonly TempIndex withExempt = new();
    private readonly TempIndex withoutExempt = new();

    public PublicStatisticsTests()
    {
        var march = SeedLikeMeetings.March2022();
        withExempt.Index.IndexMeeting(march, new SourceInfo("kcsp-2022-03-24.txt", "hash-2022"));
        withoutExempt.Index.IndexMeeting(march with { Items = march.Items.Where(i => !i.Restricted).ToList() }, new SourceInfo("kcsp-2022-03-24.txt", "hash-2022"));
        foreach (var index in new[] { withExempt, withoutExempt })
            index.Index.IndexMeeting(SeedLikeMeetings.October2019(), new SourceInfo("kcsp-2019-10-08.txt", "hash-2019"));
    }

    [Fact]
    public void AnonymousScores_AreThoseOfAnIndexWithoutTheExemptItem()
    {
        foreach (var q in Queries)
        {
            var expected = withoutExempt.Chunks(q).Hits.Select(h => (h.ChunkId, h.Score)).ToList();
            var actual = withExempt.Chunks(q).Hits.Select(h => (h.ChunkId, h.Score)).ToList();

            Assert.True(expected.Count > 0, $"'{q}' finds public chunks");
            Assert.Equal(expected.Select(h => h.ChunkId), actual.Select(h => h.ChunkId));
            for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i].Score, actual[i].Score, 1e-9);
        }
    }

    [Fact]
    public void KeyHolderScores_CountTheExemptItem()
    {
        // The same public chunk scores differently once exempt chunks count: the two statistics really differ.
        foreach (var q in new[] { "briefing", "powell", "members", "noted" })
        {
            var anonymous = withExempt.Chunks(q).Hits.ToDictionary(h => h.ChunkId, h => h.Score);
            var trusted = withExempt.Chunks(q, includeRestricted: true).Hits.Where(h => anonymous.ContainsKey(h.ChunkId)).ToList();

            Assert.NotEmpty(trusted);
            Assert.All(trusted, h => Assert.NotEqual(anonymous[h.ChunkId], h.Score, 1e-9));
        }
    }

    public void Dispose()
    {
        withExempt.Dispose();
        withoutExempt.Dispose();
    }
}
