using KcspSearch.Search.Query;

namespace KcspSearch.Search.Tests.Query;

public sealed class QueryParserTests
{
    private static readonly QueryParser Parser = new();

    private static string Clauses(ParsedQuery q) => string.Join(" & ", q.Clauses.Select(c => c.Describe()));

    [Fact]
    public void Parse_PlainWords_DropsStopWordsAndLowerCases()
    {
        var q = Parser.Parse("Funding for the Domestic Abuse strategy");
        Assert.Equal("funding & domestic & abuse & strategy", Clauses(q));
    }

    [Fact]
    public void Parse_QuotedPhrase_KeepsWordsTogetherIncludingStopWords()
    {
        var q = Parser.Parse("\"place of safety\" kent");
        Assert.Equal("\"place of safety\" & kent", Clauses(q));
    }

    [Fact]
    public void Parse_UnbalancedQuote_RunsToTheEnd()
    {
        var q = Parser.Parse("knife \"crime in kent");
        Assert.Equal("knife & \"crime in kent\"", Clauses(q));
    }

    [Fact]
    public void Parse_Or_JoinsNeighbours()
    {
        var q = Parser.Parse("knife OR knives OR blades funding");
        Assert.Equal("(knife OR knives OR blades) & funding", Clauses(q));
    }

    [Fact]
    public void Parse_NotAndMinus_BecomeExclusions()
    {
        var q = Parser.Parse("funding -grant NOT \"home office\"");
        Assert.Equal("funding", Clauses(q));
        Assert.Equal(["grant", "\"home office\""], q.Exclusions.Select(e => e.Describe()));
    }

    [Fact]
    public void Parse_TrailingStar_IsAPrefix()
    {
        var term = Assert.IsType<TermNode>(Assert.Single(Parser.Parse("radicalis*").Clauses));
        Assert.Equal(("radicalis", true), (term.Word, term.Prefix));
    }

    [Fact]
    public void Parse_FieldFilters_AreTakenOutOfTheText()
    {
        var q = Parser.Parse("speaker:peerbux topic:DHR kind:resolutions item:\"domestic homicide\" committee:kcsp update");
        Assert.Equal(["peerbux"], q.Speakers);
        Assert.Equal(["DHR"], q.Topics);
        Assert.Equal(["resolution"], q.Kinds);
        Assert.Equal(["kcsp"], q.Committees);
        Assert.Equal("\"domestic homicide\"", Assert.Single(q.ItemTitles).Describe());
        Assert.Equal("update", Clauses(q));
    }

    [Fact]
    public void Parse_DatesAndYears_BecomeDateFilters()
    {
        var q = Parser.Parse("from:2022-01 to:2022-12-31 knife 2019");
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), (q.From, q.To));
        Assert.Equal([2019], q.Years);
        Assert.Equal("knife", Clauses(q));
        Assert.Equal(new DateOnly(2020, 2, 29), Parser.Parse("to:2020-02").To);
    }

    [Theory]
    [InlineData("from:yesterday")]
    [InlineData("to:2022-13-45")]
    [InlineData("kind:minutes")]
    [InlineData("year:twenty")]
    public void Parse_BadFieldValue_SaysWhatToFix(string query)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => Parser.Parse(query));
        Assert.Contains(query.Split(':')[0] + ":", e.Message);
    }

    [Theory]
    [InlineData("what did we resolve about DHR funding", "dhr & funding")]
    [InlineData("What was decided on knife crime?", "knife & crime")]
    [InlineData("decisions about mental health", "mental & health")]
    [InlineData("what have we agreed", "")]
    public void Parse_DecisionQuestion_SetsIntentAndKeepsTheSubject(string query, string subject)
    {
        var q = Parser.Parse(query);
        Assert.True(q.DecisionIntent);
        Assert.Equal(subject, Clauses(q));
    }

    [Fact]
    public void Parse_KindResolutionField_IsNotADecisionQuestion()
    {
        Assert.False(Parser.Parse("kind:resolution funding").DecisionIntent);
    }

    [Theory]
    [InlineData("what did Harper say about safe havens", "Harper", "safe & havens")]
    [InlineData("What has Mr Peerbux reported on DHRs", "Peerbux", "dhrs")]
    [InlineData("what did the Chairman say", "Chairman", "")]
    public void Parse_SpeakerQuestion_SetsTheSpeaker(string query, string speaker, string subject)
    {
        var q = Parser.Parse(query);
        Assert.Equal(speaker, q.SpeakerIntent);
        Assert.Equal(subject, Clauses(q));
    }

    [Fact]
    public void Parse_WhatDidWeSay_IsNotASpeaker()
    {
        Assert.Null(Parser.Parse("what did we say about funding").SpeakerIntent);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"\"")]
    [InlineData("OR OR AND NOT")]
    [InlineData("NEAR(a b, 3) col:x {title}: ^start")]
    [InlineData("* - -- ( ) ()) :::")]
    [InlineData("\u0000\u0001\u0002\u001f")]
    [InlineData("безопасность 社区安全 أمن")]
    [InlineData("'; DROP TABLE chunks; --")]
    public void Parse_HostileInput_GivesAWellFormedTree(string query)
    {
        var q = Parser.Parse(query);
        foreach (var node in q.Clauses.Concat(q.Exclusions)) AssertWordsOnly(node);
    }

    [Fact]
    public void Parse_TenThousandCharacters_IsCut()
    {
        var q = Parser.Parse(string.Concat(Enumerable.Repeat("funding safety ", 700)));
        Assert.True(q.Clauses.Count <= QueryParser.MaxClauses);
        Assert.NotEmpty(q.Notes);
    }

    [Fact]
    public void Parse_HyphenatedWord_IsAPhrase()
    {
        Assert.Equal("\"anti social\" & behaviour", Clauses(Parser.Parse("anti-social behaviour")));
    }

    private static void AssertWordsOnly(QueryNode node)
    {
        switch (node)
        {
            case TermNode t: Assert.Matches(@"^[\p{L}\p{N}]+$", t.Word); break;
            case PhraseNode p: Assert.All(p.Words, w => Assert.Matches(@"^[\p{L}\p{N}]+$", w)); break;
            case OrNode o: Assert.All(o.Alternatives, AssertWordsOnly); break;
        }
    }
}
