using System.Text;
using System.Text.RegularExpressions;
using KcspSearch.Search.Tests.Support;

namespace KcspSearch.Search.Tests;

public sealed class HostileQueryTests
{
    private static readonly string[] Fragments =
    [
        "\"", "\"\"", "'", "-", "--", "*", "**", "(", ")", "{", "}", "[", "]", ":", "^", "+", "|", "&", "AND", "OR", "NOT", "NEAR",
        "NEAR(", ",", "NEAR/3", "title:", "speaker:", "topic:", "kind:", "item:", "from:", "to:", "committee:", "year:", "col:",
        "{title}:", "rank", "bm25(", "MATCH", "';", "DROP TABLE chunks;", "\\", "%", "_", "\0", "\u0001", "\u0002", "\t", "\n",
        "\u200b", "\ufeff", "é", "ß", "ﬁ", "İ", "безопасность", "社区安全", "أمن", "🙂", "\ud83d", "2019", "2022-03-24", "1900",
        "DHR", "dhr", "homocide", "funding", "mental", "health", "what did we resolve about", "what did Harper say about",
        "Folkestone", "S136", "section", "136", "<script>", "&amp;", "<mark>", "null", "undefined", "NaN", "-1", "999999999999",
    ];

    [Fact]
    public void Search_ThousandsOfRandomAndHostileQueries_NeverFailAndStayWellFormed()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();
        var random = new Random(20240324);
        var rejected = 0;
        for (var i = 0; i < 3000; i++)
        {
            var query = RandomQuery(random);
            var request = new SearchRequest
            {
                Q = query,
                Group = random.Next(2) == 0 ? SearchGroup.Item : SearchGroup.Chunk,
                Page = random.Next(-1, 4),
                PageSize = random.Next(-5, 150),
                Sort = random.Next(2) == 0 ? SearchSort.Relevance : SearchSort.Date,
            };
            try
            {
                AssertWellFormed(temp.Engine.Search(request, includeRestricted: random.Next(2) == 0), query);
            }
            catch (QuerySyntaxException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                rejected++;
            }
        }
        // Nearly everything is interpreted; only bad field values (from:xyz, kind:xyz) are rejected.
        Assert.True(rejected < 600, $"{rejected} of 3000 rejected");
    }

    [Fact]
    public void Search_TenThousandCharacterQuery_IsAnswered()
    {
        using var temp = TempIndex.WithSeedLikeMeetings();
        var query = string.Concat(Enumerable.Repeat("funding \"mental health\" OR -knife ", 300))[..10_000];
        AssertWellFormed(temp.Search(query), query);
    }

    private static string RandomQuery(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(0, 12);
        for (var p = 0; p < parts; p++)
        {
            if (random.Next(6) == 0) sb.Append((char)random.Next(0, 0xFFFF));
            else sb.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) > 0) sb.Append(' ');
        }
        if (random.Next(50) == 0) sb.Append(new string('a', random.Next(100, 3000)));
        return sb.ToString();
    }

    private static void AssertWellFormed(SearchResponse response, string query)
    {
        Assert.True(response.Total >= response.Hits.Count, query);
        Assert.True(response.Hits.Count <= SearchRequest.MaxPageSize, query);
        Assert.NotNull(response.InterpretedAs);
        foreach (var hit in response.Hits)
        {
            Assert.False(string.IsNullOrEmpty(hit.ChunkId), query);
            Assert.False(string.IsNullOrEmpty(hit.Citation), query);
            AssertSafeHtml(hit.Snippet, query);
            foreach (var passage in hit.Passages ?? []) AssertSafeHtml(passage.Snippet, query);
        }
        foreach (var facet in new[] { response.Facets.Topic, response.Facets.Speaker, response.Facets.Year, response.Facets.Kind, response.Facets.Committee })
            Assert.All(facet, f => Assert.True(f.Count > 0, query));
    }

    private static void AssertSafeHtml(string snippet, string query)
    {
        var withoutMarks = Regex.Replace(snippet, "</?mark>", "");
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
        Assert.Equal(Regex.Matches(snippet, "<mark>").Count, Regex.Matches(snippet, "</mark>").Count);
        Assert.False(snippet.Contains('\u0001'), query);
    }
}
