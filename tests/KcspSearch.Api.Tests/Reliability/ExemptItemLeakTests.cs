using System.Net;
using System.Text.Json.Nodes;
using KcspSearch.Api.Tests.Support;

namespace KcspSearch.Api.Tests.Reliability;

/// <summary>
/// An exempt item cannot be learnt without the API key through any side door: every anonymous answer — hits, totals,
/// facet counts, did-you-mean, interpretations, suggestions, decisions, meetings and their people, items, speakers,
/// topics — is the same whether or not the index holds the exempt item.
/// </summary>
public sealed class ExemptItemLeakTests(ExemptMinutesFactory factories) : IClassFixture<ExemptMinutesFactory>
{
    private static readonly string[] Queries =
    [
        "", "nightjar", "covert staffing", "rooksby", "Mr Rooksby", "folkestone", "folkston", "nightjat", "nigthjar", "harbor", "NOB",
        "VAWG", "violence against women", "domestic homicide review funding", "funding shortfall", "shortfall", "funding", "dhr",
        "programme", "approved", "proposals", "what did we resolve about funding", "what did we resolve about nightjar",
        "who said funding", "speaker:rooksby", "topic:VAWG", "title:nightjar", "night*", "nightj*", "superintendent", "officers",
        "\"covert officers\"", "-nightjar funding", "proposals OR report", "exempt", "operation", "twelve", "Leigh", "kent police",
    ];

    private static readonly string[] Prefixes =
    [
        "n", "ni", "nig", "nigh", "night", "c", "co", "cov", "r", "ro", "roo", "rook", "f", "fo", "fol", "folk", "h", "ha", "har",
        "t", "tw", "s", "su", "sup", "o", "op", "ope", "oper", "v", "va", "vaw", "vi", "NO", "d", "de", "det", "p", "pr", "pro", "l", "le",
    ];

    public static IEnumerable<string> Urls()
    {
        foreach (var q in Queries.Select(Uri.EscapeDataString))
        {
            yield return $"/api/search?q={q}";
            yield return $"/api/search?q={q}&group=chunk&pageSize=100";
            yield return $"/api/search?q={q}&sort=date&pageSize=3&page=2";
            yield return $"/api/decisions?q={q}";
        }
        foreach (var filter in new[] { "topic=VAWG", "topic=DHR", "speaker=rooksby", "speaker=leigh", "kind=resolution", "committee=kcsp", "from=2023-06-15&to=2023-06-15" })
        {
            yield return $"/api/search?{filter}";
            yield return $"/api/search?q=funding&{filter}&group=chunk";
            yield return $"/api/decisions?{filter}";
        }
        foreach (var prefix in Prefixes)
        {
            yield return $"/api/suggest?prefix={prefix}&limit=25";
            yield return $"/api/suggest?prefix=operation%20{prefix}&limit=25";
        }
        yield return "/api/meetings";
        yield return $"/api/meetings/{ExemptMinutesFactory.MeetingId}";
        foreach (var ordinal in Enumerable.Range(0, 6)) yield return $"/api/items/{ExemptMinutesFactory.MeetingId}/{ordinal}";
        yield return "/api/speakers";
        yield return "/api/topics";
    }

    [Fact]
    public async Task AnonymousAnswers_AreTheSameWithOrWithoutTheExemptItem() => await AssertSameAnswersAsync(keepScores: false);

    /// <summary>
    /// Scores are BM25 (<c>Ranking/Bm25</c>): were the number of chunks, their average length and a word's document
    /// frequency to count exempt chunks, a public hit's score would shift when exempt text shares its words (and a count
    /// of them could be worked out). For callers without the key those statistics leave exempt rows out.
    /// </summary>
    [Fact]
    public async Task AnonymousScores_AreTheSameWithOrWithoutTheExemptItem() => await AssertSameAnswersAsync(keepScores: true);

    private async Task AssertSameAnswersAsync(bool keepScores)
    {
        var with = factories.WithExempt.CreateClient();
        var without = factories.WithoutExempt.CreateClient();
        var differences = new List<string>();
        var urls = Urls().ToList();

        foreach (var url in urls)
        {
            var (statusWith, bodyWith) = await GetAsync(with, url, keepScores);
            var (statusWithout, bodyWithout) = await GetAsync(without, url, keepScores);
            if (statusWith != statusWithout || bodyWith != bodyWithout)
                differences.Add($"{url}\n  with:    {statusWith} {Clip(bodyWith)}\n  without: {statusWithout} {Clip(bodyWithout)}");
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {urls.Count} anonymous answers give the exempt item away:\n{string.Join("\n", differences.Take(12))}");
    }

    [Fact]
    public async Task KeyHolders_SeeTheExemptItemEverywhere()
    {
        var trusted = factories.WithExempt.CreateTrustedClient();

        var search = await (await trusted.GetAsync("/api/search?q=nightjar")).JsonAsync();
        var meeting = await (await trusted.GetAsync($"/api/meetings/{ExemptMinutesFactory.MeetingId}")).JsonAsync();
        var item = await (await trusted.GetAsync($"/api/items/{ExemptMinutesFactory.MeetingId}/3")).JsonAsync();
        var suggest = await (await trusted.GetAsync("/api/suggest?prefix=nightj")).JsonAsync();
        var topics = await (await trusted.GetAsync("/api/topics")).JsonAsync();

        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Contains(meeting.GetProperty("people").EnumerateArray(), p => p.GetProperty("personId").GetString() == "rooksby");
        Assert.True(item.GetProperty("restricted").GetBoolean());
        Assert.Contains(suggest.EnumerateArray(), s => s.GetProperty("text").GetString() == "nightjar");
        Assert.Contains(topics.EnumerateArray(), t => t.GetProperty("id").GetString() == "VAWG");
    }

    [Fact]
    public async Task AnonymousAnswers_NameNothingFromTheExemptItem()
    {
        var client = factories.WithExempt.CreateClient();

        foreach (var url in Urls())
        {
            var (_, body) = await GetAsync(client, url);
            // The echo of the caller's own query is theirs, not the index's.
            var answer = JsonNode.Parse(body) is JsonObject o ? RemoveEchoes(o) : body;
            foreach (var word in ExemptMinutesFactory.ExemptOnly)
                Assert.False(answer.Contains(word, StringComparison.OrdinalIgnoreCase), $"{url} names '{word}': {Clip(answer)}");
        }
    }

    private static string RemoveEchoes(JsonObject answer)
    {
        answer.Remove("interpretedAs");
        answer.Remove("didYouMean");
        answer.Remove("errors");
        answer.Remove("detail");
        return answer.ToJsonString();
    }

    /// <summary>The status and the body without its timing and trace id, which differ on every call (and without scores unless kept).</summary>
    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient client, string url, bool keepScores = true)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (JsonNode.Parse(body) is JsonObject json)
        {
            json.Remove("tookMs");
            json.Remove("traceId");
            if (!keepScores) RemoveScores(json);
            body = json.ToJsonString();
        }
        return (response.StatusCode, body);
    }

    private static void RemoveScores(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            o.Remove("score");
            foreach (var (_, value) in o) RemoveScores(value);
        }
        else if (node is JsonArray a)
            foreach (var value in a) RemoveScores(value);
    }

    private static string Clip(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
