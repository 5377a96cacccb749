using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

public class ModernGovTextParserTests
{
    private const string Heading = """
        Agenda and minutes

        Kent Community Safety Partnership - Thursday, 13th March, 2025 10.00 am

        Venue: Council Chamber, Sessions House

        Contact: Joel Cook 03000 416892 Email:

        No. Item
        """;

    private readonly ModernGovTextParser _parser = new();

    private static ExtractedDocument Text(string body) => new(DocumentType.Text, $"{Heading}\n\n{body}") { FileName = "page.txt" };

    [Fact]
    public void Parse_ItemWithoutMinutes_IsFollowedByTheNextTitle()
    {
        var meeting = _parser.Parse(Text("""
            Introduction

            Apologies and Substitutes

            1. Apologies were received from Mr Hill.

            Notes of the meeting held on 14 November 2024 pdf icon PDF 210 KB

            RESOLVED that the notes be agreed.
            """));

        Assert.Equal(["Introduction", "Apologies and Substitutes", "Notes of the meeting held on 14 November 2024"], meeting.Items.Select(i => i.Title));
        Assert.Empty(meeting.Items[0].Paragraphs);
        Assert.Equal("Apologies were received from Mr Hill.", Assert.Single(meeting.Items[1].Paragraphs).Text);
        Assert.Equal(["RESOLVED that the notes be agreed."], meeting.Items[2].Resolutions);
        Assert.Equal("Council Chamber, Sessions House", meeting.Venue);
        Assert.Equal(MeetingStatus.Approved, meeting.Status);
    }

    [Fact]
    public void Parse_AdditionalDocuments_AreLinksOfTheItemNotNewItems()
    {
        var meeting = _parser.Parse(Text("""
            Kent Community Safety Agreement pdf icon PDF 389 KB

            Additional documents:

            B1 - Appendix A, item 52. pdf icon PDF 1 MB

            1. Ms Brinson introduced the report.

            RESOLVED that the agreement be endorsed.
            """));

        var item = Assert.Single(meeting.Items);
        Assert.Equal(
            [new LinkedDocument("Kent Community Safety Agreement", null, "PDF", "389 KB"), new LinkedDocument("B1 - Appendix A", null, "PDF", "1 MB")],
            item.Documents);
        Assert.Equal(["1", ""], item.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_MinutesLabel_SeparatesTheDescriptionFromTheMinutes()
    {
        var meeting = _parser.Parse(Text("""
            Dates of future meetings

            To note the dates of meetings in 2025/26.

            Minutes:

            RESOLVED that the dates be noted.
            """));

        var item = Assert.Single(meeting.Items);
        Assert.Equal("To note the dates of meetings in 2025/26.", item.Description);
        Assert.Equal(["RESOLVED that the dates be noted."], item.Resolutions);
        Assert.True(item.Procedural);
    }

    [Fact]
    public void Parse_HardWrappedParagraphs_AreJoined()
    {
        var meeting = _parser.Parse(Text("""
            Violence Reduction Unit Update

            1. Mr Powell gave Members an update on the work of the
            Violence Reduction Unit.
            2. Mr Powell answered questions.

            RESOLVED that the KCSP note the
            findings.
            """));

        var item = Assert.Single(meeting.Items);
        Assert.Equal(["1", "2", ""], item.Paragraphs.Select(p => p.Number));
        Assert.Equal("Mr Powell gave Members an update on the work of the Violence Reduction Unit.", item.Paragraphs[0].Text);
        Assert.Equal(["RESOLVED that the KCSP note the findings."], item.Resolutions);
    }

    [Fact]
    public void CanParse_TextWithoutTheModernGovHeading_IsFalse()
    {
        Assert.False(_parser.CanParse(new ExtractedDocument(DocumentType.Text, "Shopping list\n\nMilk\n\nBread\n")));
    }

    [SharedFact]
    public void CanParse_PrintedMinutesText_IsFalse()
    {
        var printed = new ExtractedDocument(DocumentType.Text, File.ReadAllText(SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt")));

        Assert.False(_parser.CanParse(printed));
    }

    [Fact]
    public void Parse_TextWithoutHeading_ThrowsNotMinutesNamingTheFile()
    {
        var error = Assert.Throws<MinutesException>(() =>
            _parser.Parse(new ExtractedDocument(DocumentType.Text, "Shopping list\n") { FileName = "list.txt" }));

        Assert.Equal(MinutesError.NotMinutes, error.Error);
        Assert.StartsWith("list.txt:", error.Message);
    }
}
