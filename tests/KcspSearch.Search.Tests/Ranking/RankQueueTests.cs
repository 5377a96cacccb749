using KcspSearch.Search.Ranking;

namespace KcspSearch.Search.Tests.Ranking;

/// <summary>The pooled queue the proximity boost takes items from gives them back best key first, as a full sort would.</summary>
public sealed class RankQueueTests
{
    [Fact]
    public void Dequeue_ReturnsValuesInTheOrderOfASortByKey()
    {
        var random = new Random(7);
        // Few distinct scores, so the date and then the row decide many ties.
        var keys = Enumerable.Range(0, 500).Select(i => new RankKey(random.Next(5), random.Next(3), i)).ToArray();
        var expected = Enumerable.Range(0, keys.Length).ToList();
        expected.Sort((a, b) => keys[a].Before(keys[b]) ? -1 : keys[b].Before(keys[a]) ? 1 : 0);

        using var queue = new RankQueue(keys.Length);
        for (var i = 0; i < keys.Length; i++) queue.Enqueue(i, keys[i]);
        var taken = new List<int>();
        while (queue.TryPeek(out var top, out var key))
        {
            Assert.Equal(keys[top], key);
            taken.Add(queue.Dequeue());
        }

        Assert.Equal(expected, taken);
        Assert.Equal(0, queue.Count);
    }
}
