using KcspSearch.Search.Index;
using KcspSearch.Search.Matching;
using KcspSearch.Search.Query;
using KcspSearch.Search.Tests.Support;
using KcspSearch.Tests;
using Microsoft.Data.Sqlite;

namespace KcspSearch.Search.Tests.Matching;

/// <summary>Phrases, title searches and NEAR computed from the postings' positions against FTS5's own matches.</summary>
public sealed class PhraseMatcherTests : IClassFixture<RealDocumentsFixture>
{
    private readonly RealDocumentsFixture fixture;

    public PhraseMatcherTests(RealDocumentsFixture fixture) => this.fixture = fixture;

    [SharedFact]
    public void Rows_EveryPhraseOfTheRealDocuments_EqualFts5Phrase()
    {
        var snapshot = IndexFiles.Snapshot(fixture.Index);
        using var db = IndexFiles.Open(fixture.Index);
        var phrases = new HashSet<string>(StringComparer.Ordinal)
        {
            // Stemmed forms of the text's words, and a word the index lacks.
            "domestic homicide reviews", "reviewing the funding", "mental healths", "domestic zebra",
        };
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, text) in Columns(db))
        {
            var words = Words.Split(text).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                phrases.Add($"{words[i]} {words[i + 1]}");
                // Reversed: mostly no match, sometimes one elsewhere.
                phrases.Add($"{words[i + 1]} {words[i]}");
                if (i + 2 < words.Count) phrases.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
                if (column == "title") titles.Add($"{words[i]} {words[i + 1]}");
            }
            if (column == "title") titles.UnionWith(words);
        }
        // The last word of one column and the first of the next: FTS5 never matches across columns.
        foreach (var (text, leadIn, title, speakers) in Rows(db))
            foreach (var (a, b) in new[] { (text, leadIn), (leadIn, title), (title, speakers), (text, title), (title, text) })
                if (Words.Split(a).LastOrDefault() is { } last && Words.Split(b).FirstOrDefault() is { } first) phrases.Add($"{last} {first}");

        var matched = AssertEqualToFts5(snapshot, db, phrases.Select(p => new MatchPhrase(p.Split(' '))));
        var titleMatched = AssertEqualToFts5(snapshot, db, titles.Select(t => new MatchPhrase(t.Split(' '), TitleOnly: true)));

        Assert.True(phrases.Count > 1000, $"only {phrases.Count} phrases");
        Assert.True(matched > 1000, $"only {matched} phrases match anything");
        Assert.True(titleMatched > 50, $"only {titleMatched} title searches match anything");
    }

    [Fact]
    public void Rows_GeneratedCorpusLoadedMeetingByMeeting_EqualFts5Phrase()
    {
        using var temp = new TempIndex();
        var loader = new SnapshotLoader(new FtsStemmer());
        IndexSnapshot Load() => temp.Index.WithReader(r =>
        {
            using (r.BeginRead()) return loader.Load(r, r.ReadVersion());
        });
        var random = new Random(7);
        var date = new DateOnly(2020, 1, 1);
        for (var m = 0; m < 12; m++)
        {
            temp.Index.IndexMeeting(GeneratedMeeting(random, date.AddDays(m)), new SourceInfo($"m{m}.txt", $"h{m}"));
            // Each meeting after the first reaches the snapshot incrementally.
            Load();
        }
        // A replaced meeting: its old rows stay in the postings, flagged as removed.
        temp.Index.IndexMeeting(GeneratedMeeting(random, date.AddDays(3)), new SourceInfo("m3.txt", "replaced"));
        var snapshot = Load();
        Assert.True(snapshot.HasRemovedRows);

        using var db = IndexFiles.Open(temp.Index);
        var pairs = Vocabulary.SelectMany(a => Vocabulary.Select(b => new[] { a, b })).ToList();
        var triples = pairs.SelectMany(p => Vocabulary.Select(c => new[] { p[0], p[1], c })).ToList();
        var matched = AssertEqualToFts5(snapshot, db, pairs.Concat(triples).Select(w => new MatchPhrase(w)));
        var titleMatched = AssertEqualToFts5(snapshot, db,
            Vocabulary.Select(w => new[] { w }).Concat(pairs).Select(w => new MatchPhrase(w, TitleOnly: true)));

        Assert.True(matched > 300, $"only {matched} phrases match anything");
        Assert.True(titleMatched > 30, $"only {titleMatched} title searches match anything");
    }

    [SharedTheory]
    [InlineData("mental", "health")]
    [InlineData("domestic homicide", "update")]
    [InlineData("vision zero", "strategy")]
    [InlineData("funding", "partners", "model")]
    [InlineData("kent", "police")]
    [InlineData("peerbux", "update")]
    [InlineData("harper", "kent")]
    public void IsNear_EveryRealChunk_EqualsFts5Near(params string[] phrases)
    {
        var snapshot = IndexFiles.Snapshot(fixture.Index);
        using var db = IndexFiles.Open(fixture.Index);
        var parsed = phrases.Select(p => new MatchPhrase(Words.Split(p).ToList())).ToList();

        var expected = Fts5Rows(db, FtsExpression.Near(parsed, 12));
        var near = PositionProximity.For(snapshot, parsed, 12)!;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, snapshot.AllRowIds().Where(near.IsNear).ToList());
    }

    [Fact]
    public void IsNear_GeneratedCorpus_EqualsFts5Near()
    {
        using var temp = new TempIndex();
        var random = new Random(11);
        for (var m = 0; m < 6; m++)
            temp.Index.IndexMeeting(GeneratedMeeting(random, new DateOnly(2021, 1, 1).AddDays(m)), new SourceInfo($"m{m}.txt", $"h{m}"));
        var snapshot = IndexFiles.Snapshot(temp.Index);
        using var db = IndexFiles.Open(temp.Index);

        var someNear = 0;
        foreach (var (a, b) in new[] { ("domestic", "safety"), ("review", "place"), ("kent", "abuse"), ("panel", "of"), ("domestic abuse", "funding"), ("review review", "the") })
            foreach (var distance in new[] { 0, 3, 12 })
            {
                var parsed = new List<MatchPhrase> { new(a.Split(' ')), new(b.Split(' ')) };
                var expected = Fts5Rows(db, FtsExpression.Near(parsed, distance));
                var near = PositionProximity.For(snapshot, parsed, distance)!;
                Assert.Equal(expected, snapshot.AllRowIds().Where(near.IsNear).ToList());
                if (expected.Count > 0) someNear++;
            }
        Assert.True(someNear > 10, $"only {someNear} NEAR queries match anything");
    }

    [Fact]
    public void Rows_PhraseSplitBetweenColumns_MatchesNothing()
    {
        using var temp = new TempIndex();
        temp.Index.IndexMeeting(new MeetingBuilder(SeedLikeMeetings.Committee, new DateOnly(2021, 5, 1))
            .Person("powell", "Mr M Powell")
            .Item("Funding for Domestic", [], i => i.Para("1", "Abuse services were reviewed by Kent", "powell").LeadIn("Police said as follows"))
            .Build(), new SourceInfo("a.txt", "a"));
        var snapshot = IndexFiles.Snapshot(temp.Index);
        using var db = IndexFiles.Open(temp.Index);

        foreach (var phrase in new[] { "domestic abuse", "kent police", "follows funding", "follows mr", "kent mr" })
        {
            Assert.Empty(Fts5Rows(db, new MatchPhrase(phrase.Split(' '))));
            Assert.Empty(EngineRows(snapshot, new MatchPhrase(phrase.Split(' '))));
        }
        Assert.Single(EngineRows(snapshot, new MatchPhrase(["services", "were", "reviewing"])));
        Assert.Single(EngineRows(snapshot, new MatchPhrase(["for", "domestic"], TitleOnly: true)));
        Assert.Empty(EngineRows(snapshot, new MatchPhrase(["abuse", "services"], TitleOnly: true)));
    }

    /// <summary>Checks each phrase against FTS5; returns how many matched at least one chunk.</summary>
    private static int AssertEqualToFts5(IndexSnapshot snapshot, SqliteConnection db, IEnumerable<MatchPhrase> phrases)
    {
        var matched = 0;
        foreach (var phrase in phrases)
        {
            var expected = Fts5Rows(db, phrase);
            var actual = EngineRows(snapshot, phrase);
            Assert.True(expected.SequenceEqual(actual), $"{FtsExpression.Write(phrase)}: FTS5 [{string.Join(',', expected)}], engine [{string.Join(',', actual)}]");
            if (expected.Count > 0) matched++;
        }
        return matched;
    }

    private static List<int> EngineRows(IndexSnapshot snapshot, MatchPhrase phrase)
    {
        using var matcher = new Matcher(snapshot, _ => throw new InvalidOperationException("phrases need no FTS5"));
        var rows = matcher.Evaluate(phrase);
        // Removed chunks stay in the postings until a full load; the search's filter drops them.
        return rows.Span.ToArray().Where(snapshot.IsPresent).ToList();
    }

    private static List<int> Fts5Rows(SqliteConnection db, MatchPhrase phrase) => Fts5Rows(db, FtsExpression.Write(phrase));

    private static List<int> Fts5Rows(SqliteConnection db, string expression)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT rowid FROM {IndexSchema.Fts} WHERE {IndexSchema.Fts} MATCH $q ORDER BY rowid";
        cmd.Parameters.Add(new SqliteParameter("$q", expression));
        var result = new List<int>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) result.Add((int)reader.GetInt64(0));
        return result;
    }

    private static IEnumerable<(string Column, string Text)> Columns(SqliteConnection db)
    {
        foreach (var (text, leadIn, title, speakers) in Rows(db))
        {
            yield return ("text", text);
            if (leadIn is not null) yield return ("lead_in", leadIn);
            if (title is not null) yield return ("title", title);
            if (speakers is not null) yield return ("speakers", speakers);
        }
    }

    private static List<(string Text, string? LeadIn, string? Title, string? Speakers)> Rows(SqliteConnection db)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT text, lead_in, title, speakers FROM {IndexSchema.Content}";
        var result = new List<(string, string?, string?, string?)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            result.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        return result;
    }

    /// <summary>Few words, so phrases recur: forms one stem covers (review, reviews, reviewed), repeats, names.</summary>
    private static readonly string[] Vocabulary = ["review", "reviews", "reviewed", "domestic", "abuse", "funding", "the", "panel", "safety", "kent", "of", "place"];

    private static string Text(Random random, int min, int max)
    {
        var words = new List<string>();
        for (var n = random.Next(min, max + 1); words.Count < n;)
        {
            var word = Vocabulary[random.Next(Vocabulary.Length)];
            // Runs of one word ("review review review") test repeated terms in a phrase.
            for (var repeat = random.Next(10) == 0 ? random.Next(2, 4) : 1; repeat > 0; repeat--) words.Add(random.Next(4) == 0 ? word.ToUpperInvariant() : word);
        }
        return string.Join(random.Next(3) == 0 ? ", " : " ", words) + ".";
    }

    private static Minutes.Model.Meeting GeneratedMeeting(Random random, DateOnly date)
    {
        var builder = new MeetingBuilder(SeedLikeMeetings.Committee, date)
            .Person("kent", "Panel Safety")
            .Person("abuse", "Review Domestic");
        for (var item = 0; item < 4; item++)
            builder.Item(Text(random, 1, 4), [], i =>
            {
                for (var p = 1; p <= 5; p++)
                {
                    i.Para(p.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(random, 1, 25), random.Next(3) == 0 ? ["kent"] : random.Next(3) == 0 ? ["abuse", "kent"] : []);
                    if (random.Next(3) == 0) i.LeadIn(Text(random, 1, 6));
                }
                i.Resolution(Text(random, 2, 10));
            });
        return builder.Build();
    }
}
