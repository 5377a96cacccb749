using KcspSearch.Search.Highlighting;
using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Query;
using KcspSearch.Search.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Tests.Matching;

/// <summary>Highlights and NEAR computed from the chunk text against FTS5's highlight() and NEAR over every real document.</summary>
public sealed class PhraseFinderTests : IClassFixture<RealDocumentsFixture>
{
    private readonly RealDocumentsFixture fixture;

    public PhraseFinderTests(RealDocumentsFixture fixture) => this.fixture = fixture;

    public static TheoryData<string[]> Expressions => new()
    {
        new[] { "funding" },
        new[] { "domestic homicide review", "dhr" },
        new[] { "mental", "health" },
        new[] { "vision", "zero" },
        new[] { "fund*" },
        new[] { "section 136", "s136" },
        new[] { "violence against women and girls", "vawg" },
        new[] { "reviews" },
    };

    [SharedTheory]
    [MemberData(nameof(Expressions))]
    public void Mark_EveryMatchingChunk_EqualsFts5Highlight(string[] phrases)
    {
        var snapshot = fixture.Snapshot;
        var parsed = phrases.Select(Phrase).ToList();
        var finder = new PhraseFinder(snapshot, parsed);
        var expression = FtsExpression.Write(new MatchAny(parsed));

        using var db = IndexFiles.Open(fixture.Index);
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT rowid, highlight({IndexSchema.Fts}, 0, char(1), char(2)), text FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q";
        cmd.Parameters.Add(new SqliteParameter("$q", expression));
        using var reader = cmd.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.Equal(reader.GetString(1), Highlighter.Mark(finder, reader.GetString(2), IndexSchema.TextColumn));
        }
        Assert.True(rows > 0);
    }

    [SharedTheory]
    [InlineData("mental", "health")]
    [InlineData("domestic homicide", "update")]
    [InlineData("vision zero", "strategy")]
    [InlineData("funding", "partners", "model")]
    [InlineData("kent", "police")]
    [InlineData("peerbux", "update")]
    public void IsNear_EveryChunk_EqualsFts5Near(params string[] phrases)
    {
        var snapshot = fixture.Snapshot;
        var parsed = phrases.Select(Phrase).ToList();
        var finder = new PhraseFinder(snapshot, parsed);

        using var db = IndexFiles.Open(fixture.Index);
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT rowid FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q";
        cmd.Parameters.Add(new SqliteParameter("$q", FtsExpression.Near(parsed, 12)));
        var expected = new List<int>();
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) expected.Add((int)reader.GetInt64(0));

        var texts = fixture.Index.WithReader(r =>
        {
            using (r.BeginRead()) return r.Texts(snapshot.AllRowIds().ToList(), snapshot);
        });
        var near = texts.Where(t => Proximity.IsNear(finder, t.Value, 12)).Select(t => t.Key).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), near);
    }

    private static MatchPhrase Phrase(string text) =>
        new(Words.Split(text.TrimEnd('*')).ToList(), Prefix: text.EndsWith('*'));
}
