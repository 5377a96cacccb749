using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Query;
using KcspSearch.Search.Ranking;
using KcspSearch.Search.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Tests.Ranking;

/// <summary>The engine's postings and BM25 against FTS5's own index and bm25() over every real document.</summary>
public sealed class Bm25Tests : IClassFixture<RealDocumentsFixture>
{
    private readonly RealDocumentsFixture fixture;

    public Bm25Tests(RealDocumentsFixture fixture) => this.fixture = fixture;

    [SharedFact]
    public void Postings_RealDocuments_HoldEveryFts5TermInTheSameChunks()
    {
        using var db = IndexFiles.Open(fixture.Index);
        var snapshot = IndexFiles.Snapshot(fixture.Index);
        var terms = IndexFiles.Fts5Terms(db);

        Assert.True(terms.Count > 300, $"only {terms.Count} terms");
        foreach (var (term, documents) in terms)
        {
            var id = snapshot.Dictionary.TermId(term);
            Assert.True(id >= 0, $"FTS5 term '{term}' is missing from the postings");
            Assert.Equal(documents, snapshot.DocumentFrequency(id));
        }
        Assert.Equal(terms.Count, snapshot.TermPostings.Count(p => p.Count > 0));
    }

    [SharedFact]
    public void Postings_RealDocuments_CountTheTokensFts5Counts()
    {
        using var db = IndexFiles.Open(fixture.Index);
        var snapshot = IndexFiles.Snapshot(fixture.Index);
        var sizes = IndexFiles.Fts5Sizes(db);

        Assert.Equal(sizes.Count, snapshot.Rows);
        foreach (var (rowid, size) in sizes) Assert.Equal(size, snapshot.Length[rowid]);
        Assert.Equal(sizes.Values.Sum(), snapshot.Tokens);
    }

    [SharedTheory]
    [InlineData("funding")]
    [InlineData("homicide")]
    [InlineData("health")]
    [InlineData("mental AND health")]
    [InlineData("domestic AND homicide AND review")]
    [InlineData("funding OR grant OR budget")]
    [InlineData("(dhr OR dhrs) AND funding")]
    [InlineData("fund*")]
    [InlineData("health NOT mental")]
    [InlineData("peerbux")]
    public void Score_WordsAndPrefixes_EqualsFts5Bm25(string query)
    {
        var snapshot = IndexFiles.Snapshot(fixture.Index);
        var expression = Parse(query);
        var expected = Fts5Scores(FtsExpression.Write(expression));

        using var matcher = new Matcher(snapshot, _ => throw new InvalidOperationException("words and prefixes need no FTS5"));
        var rows = matcher.Evaluate(expression);
        var scores = new double[rows.Count];
        Bm25.Score(snapshot, matcher.Leaves, rows.Span, scores, includeRestricted: true);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), rows.Span.ToArray());
        for (var i = 0; i < rows.Count; i++) Assert.Equal(expected[rows.Span[i]], scores[i], 1e-9);
    }

    [SharedFact]
    public void Score_Phrase_MatchesFts5RowsAndRanksLikeFts5()
    {
        var snapshot = IndexFiles.Snapshot(fixture.Index);
        var phrase = new MatchPhrase(["domestic", "homicide", "review"]);
        var expected = Fts5Scores(FtsExpression.Write(phrase));

        using var matcher = new Matcher(snapshot, expression => [.. Fts5Scores(expression).Keys.Order()]);
        var rows = matcher.Evaluate(phrase);
        var scores = new double[rows.Count];
        Bm25.Score(snapshot, matcher.Leaves, rows.Span, scores, includeRestricted: true);

        Assert.Equal(expected.Keys.Order(), rows.Span.ToArray());
        // A phrase counts as often as its least frequent word: here each word occurs only in the phrase, so the scores agree.
        var order = rows.Span.ToArray().Zip(scores).OrderByDescending(x => x.Second).Select(x => x.First);
        Assert.Equal(expected.OrderByDescending(e => e.Value).Select(e => e.Key), order);
    }

    private Dictionary<int, double> Fts5Scores(string expression)
    {
        using var db = IndexFiles.Open(fixture.Index);
        using var cmd = db.CreateCommand();
        var weights = string.Join(", ", IndexSchema.Columns.Select(c => c.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        cmd.CommandText = $"SELECT rowid, -bm25({IndexSchema.Fts}, {weights}) FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q";
        cmd.Parameters.Add(new SqliteParameter("$q", expression));
        var result = new Dictionary<int, double>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) result[(int)reader.GetInt64(0)] = reader.GetDouble(1);
        return result;
    }

    /// <summary>The little FTS5 syntax the theory uses: words, prefix*, AND, OR, NOT, parentheses of ORs.</summary>
    private static MatchNode Parse(string query)
    {
        if (query.Contains(" NOT ", StringComparison.Ordinal))
        {
            var parts = query.Split(" NOT ");
            return new MatchExcept(Parse(parts[0]), [Parse(parts[1])]);
        }
        if (query.Contains(" AND ", StringComparison.Ordinal)) return new MatchAll(query.Split(" AND ").Select(Parse).ToList());
        var trimmed = query.Trim('(', ')');
        if (trimmed.Contains(" OR ", StringComparison.Ordinal)) return new MatchAny(trimmed.Split(" OR ").Select(Parse).ToList());
        return new MatchPhrase([trimmed.TrimEnd('*')], Prefix: trimmed.EndsWith('*'));
    }
}
