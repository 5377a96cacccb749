using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Tests;
using static KcspSearch.Minutes.Tests.Parsing.ModernGov.ModernGovPage;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

/// <summary>The variations across years of ModernGov pages (FORMATS.md, section 1), one small page each.</summary>
public class ModernGovHtmlParserTests
{
    private readonly ModernGovHtmlParser _parser = new();

    [Fact]
    public void Parse_TypedAndListNumbers_GiveTheSameParagraphNumbers()
    {
        var page = Build(Row("54.", "Mental Health", MinutesBlock(
            """<span style="mso-list:Ignore">1.<span style="font:7.0pt">&nbsp;&nbsp;&nbsp; </span></span>Mr Harper gave an update.""",
            "2. Mr Harper highlighted some key messages.",
            "3.&nbsp;&nbsp;Mr Harper answered questions.",
            "RESOLVED that the update be noted.")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal(["1", "2", "3", ""], item.Paragraphs.Select(p => p.Number));
        Assert.Equal(
            ["Mr Harper gave an update.", "Mr Harper highlighted some key messages.", "Mr Harper answered questions."],
            item.Paragraphs.Take(3).Select(p => p.Text));
    }

    [Fact]
    public void Parse_WordsSplitAcrossSpans_AreJoinedWithoutExtraSpaces()
    {
        var page = Build(Row("58.", "Domestic Homicide Review Update", MinutesBlock(
            "1. Cases for Sylvie 2018 and <span lang=\"EN-GB\">Tam</span>ana 2018, <span lang=\"EN-GB\">a\n"
                + "number of</span> reviews&nbsp; and the Part<span>nership</span>’s&nbsp;&nbsp;funding.&nbsp;",
            "&nbsp;",
            "")));

        var paragraph = Assert.Single(Assert.Single(_parser.Parse(page).Items).Paragraphs);

        Assert.Equal("Cases for Sylvie 2018 and Tamana 2018, a number of reviews and the Partnership’s funding.", paragraph.Text);
    }

    [Fact]
    public void Parse_ResolutionAfterTwoBreaks_IsSplitFromTheParagraph()
    {
        var page = Build(Row("58.", "Domestic Homicide Review Update", MinutesBlock(
            "2. The Partnership requested a review of funding.<br />\n<br />\nRESOLVED that the update be noted.&nbsp; &nbsp;")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal(["2", ""], item.Paragraphs.Select(p => p.Number));
        Assert.Equal("The Partnership requested a review of funding.", item.Paragraphs[0].Text);
        Assert.Equal(["RESOLVED that the update be noted."], item.Resolutions);
        Assert.True(item.Paragraphs[1].IsResolution);
    }

    [Fact]
    public void Parse_NumberedResolutionWithLetteredParts_IsOneNumberedResolution()
    {
        var page = Build(Row("12.", "Budget", MinutesBlock(
            "1. Members discussed the budget.",
            "2. It was RESOLVED that:",
            "(a) the budget be agreed; and",
            "(b) a further report be brought in March.",
            "3. The Chairman thanked officers.")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal(["1", "2", "3"], item.Paragraphs.Select(p => p.Number));
        Assert.Equal(
            ["It was RESOLVED that:\n(a) the budget be agreed; and\n(b) a further report be brought in March."],
            item.Resolutions);
        Assert.Equal([false, true, false], item.Paragraphs.Select(p => p.IsResolution));
    }

    [Fact]
    public void Parse_BracketedSubParagraphs_AreNumberedUnderTheirParagraph()
    {
        var page = Build(Row("7.", "Update", MinutesBlock(
            "1. Mr Peerbux responded to questions as follows:",
            "(a) the funding was confirmed;",
            "(b)In response to a question, the dates were agreed.")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal(["1", "1(a)", "1(b)"], item.Paragraphs.Select(p => p.Number));
        Assert.Equal("In response to a question, the dates were agreed.", item.Paragraphs[2].Text);
    }

    [Fact]
    public void Parse_TruncatedMinutes_AreFlaggedAndTheNoteIsNotText()
    {
        var page = Build(
            Row("111.", "Community Safety Agreement", MinutesBlock(
                "1. Ms Brinson introduced the report.",
                """2. Members discussed the priorities and <a href="mgAi.aspx?ID=123">...view the full minutes text for item 111.</a>""")) +
            Row("112.", "Working Group Update", MinutesBlock("RESOLVED that the update be noted.")));

        var items = _parser.Parse(page).Items;

        Assert.True(items[0].Truncated);
        Assert.Equal(["1", "2"], items[0].Paragraphs.Select(p => p.Number));
        Assert.Equal("Members discussed the priorities and", items[0].Paragraphs[1].Text);
        Assert.False(items[1].Truncated);
    }

    [Fact]
    public void Parse_TruncationNoteOutsideTheMinutesBlock_StillFlagsTheItem()
    {
        var page = Build(Row("111.", "Community Safety Agreement",
            MinutesBlock("1. Ms Brinson introduced the report.") +
            """<p><a href="mgAi.aspx?ID=123">...view the full minutes text for item 111.</a></p>"""));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.True(item.Truncated);
        Assert.Equal("Ms Brinson introduced the report.", Assert.Single(item.Paragraphs).Text);
    }

    [Fact]
    public void Parse_PrintedHeadingRepeatedInMinutes_GivesTheAgendaCodeAndIsNoParagraph()
    {
        const string title = "Kent Community Safety Agreement Review and Refresh Update";
        var page = Build(Row("111.", $"""<a class="mgAiTitleLnk" href="documents/s1/B1.pdf">{title}</a> <img alt="pdf icon" src="x.png" /> PDF 300 KB""",
            MinutesBlock(
                $"<b>62.&nbsp;&nbsp; {title}</b>",
                "<b>(Item B1)</b>",
                "1. Ms Brinson introduced the report.",
                "RESOLVED that the update be noted.")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal("111", item.MinuteNumber);
        Assert.Equal("B1", item.AgendaCode);
        Assert.Equal(title, item.Title);
        Assert.Equal(["1", ""], item.Paragraphs.Select(p => p.Number));
        Assert.DoesNotContain(item.Paragraphs, p => p.Text.Contains(title) || p.Text.Contains("(Item B1)"));
    }

    [Fact]
    public void Parse_WebNumbersRestartingAtOne_AreKeptAsWritten()
    {
        var page = Build(
            Row("1.", "Introduction", "") +
            Row("1a.", "Apologies and Substitutes", MinutesBlock("1. Apologies were received from Mr Hill.")) +
            Row("2.", "Notes of the meeting held on 14 November 2024", MinutesBlock("RESOLVED that the notes be agreed.")) +
            Row("D4.", "Dates of future meetings", MinutesBlock("RESOLVED that the dates be noted.")),
            subtitle: "Kent Community Safety Partnership - Thursday, 13th March, 2025 10.00 am");

        var meeting = _parser.Parse(page);

        Assert.Equal(["1", "1a", "2", "D4"], meeting.Items.Select(i => i.MinuteNumber));
        Assert.Equal([1, 2, 3, 4], meeting.Items.Select(i => i.Ordinal));
        Assert.Equal(new DateOnly(2025, 3, 13), meeting.Date);
        Assert.Equal("kcsp-2025-03-13", meeting.Id);
        Assert.Empty(meeting.Items[0].Paragraphs);
        Assert.Empty(meeting.Items[0].Resolutions);
        Assert.Equal("1", Assert.Single(meeting.Items[1].Paragraphs).Number);
    }

    [Fact]
    public void Parse_NumberCellWithoutItsClass_IsStillTheWebNumber()
    {
        var page = Build("""
            <tr><td><p class="mgAiTitleTxt">51.</p></td>
            <td><p class="mgAiTitleTxt">Introduction</p></td></tr>
            """);

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal("51", item.MinuteNumber);
        Assert.Equal("Introduction", item.Title);
    }

    [Fact]
    public void Parse_CancelledMeeting_IsCancelledWithItsDateAndTime()
    {
        var page = Build(Row("5.", "Introduction", ""),
            subtitle: "Kent Community Safety Partnership - Tuesday, 5th March, 2024 2.00 pm, CANCELLED");

        var meeting = _parser.Parse(page);

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal("Kent Community Safety Partnership", meeting.Committee);
        Assert.Equal(new DateOnly(2024, 3, 5), meeting.Date);
        Assert.Equal("14:00", meeting.StartTime);
    }

    [Fact]
    public void Parse_CancelledMeetingWithoutItems_IsAMeetingWithNoItems()
    {
        var page = Document("""
            <div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1>
            <h2 class="mgSubTitleTxt">Kent Community Safety Partnership - Thursday, 14th July, 2022 10.00 am, CANCELLED</h2></div>
            """);

        Assert.True(_parser.CanParse(page));
        var meeting = _parser.Parse(page);
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Empty(meeting.Items);
    }

    [Theory]
    [InlineData("Agenda and minutes", MeetingStatus.Approved)]
    [InlineData("Agenda and draft minutes", MeetingStatus.Draft)]
    public void Parse_PageTitle_GivesTheStatus(string title, MeetingStatus expected)
    {
        var page = Build(Row("5.", "Introduction", ""), title: title);

        Assert.Equal(expected, _parser.Parse(page).Status);
    }

    [Theory]
    [InlineData("Notes of meeting held on 18 November 2021")]
    [InlineData("Notes of the meeting held on 18 November 2021")]
    public void Parse_PreviousMeetingNotes_AreAProceduralItemWithTheResolution(string title)
    {
        var page = Build(Row("51.", $"""<a class="mgAiTitleLnk" href="documents/s1/Minutes.pdf">{title}</a> <img alt="pdf icon" src="x.png" /> PDF 228 KB""",
            MinutesBlock("RESOLVED that the minutes of the meeting held on 18 November 2021 were correctly recorded.")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal(title, item.Title);
        Assert.True(item.Procedural);
        Assert.Equal(new LinkedDocument(title, "documents/s1/Minutes.pdf", "PDF", "228 KB"), Assert.Single(item.Documents));
    }

    [Fact]
    public void Parse_MissingVenue_LeavesVenueEmpty()
    {
        Assert.Null(_parser.Parse(Build(Row("5.", "Introduction", ""), venue: null)).Venue);
    }

    [Fact]
    public void Parse_VenueWithDirectionsLink_KeepsOnlyThePlace()
    {
        var page = Build(Row("5.", "Introduction", ""),
            venue: """Council Chamber, Sessions House. <a href="mgFindVenue.aspx">View directions</a>""");

        Assert.Equal("Council Chamber, Sessions House.", _parser.Parse(page).Venue);
    }

    [Fact]
    public void Parse_AdditionalDocuments_BecomeLinksAndNotesAreSkipped()
    {
        var page = Build(Row("52.", "Community Safety Agreement",
            """
            <p class="mgSubItemTitleTxt">Additional documents:</p>
            <ul class="mgBulletList">
            <li><a href="documents/s2/Appendix A.pdf">Appendix A, item 52.</a> <img alt="pdf icon" src="x.png" /> PDF 1 MB</li>
            <li>Restricted enclosure 3</li>
            <li><a href="mgAi.aspx?ID=9">Webcast for Community Safety Agreement</a></li>
            <li>There are a further 2 documents</li>
            </ul>
            """ + MinutesBlock("RESOLVED that the agreement be endorsed.")));

        var item = Assert.Single(_parser.Parse(page).Items);

        Assert.Equal(
            [
                new LinkedDocument("Appendix A", "documents/s2/Appendix A.pdf", "PDF", "1 MB"),
                new LinkedDocument("Restricted enclosure 3", null, null, null),
                new LinkedDocument("Webcast for Community Safety Agreement", "mgAi.aspx?ID=9", null, null),
            ],
            item.Documents);
        Assert.False(item.Restricted);
    }

    [Fact]
    public void Parse_ItemsAfterAnExemptHeading_AreRestricted()
    {
        var page = Build(
            Row("8.", "Any other business", MinutesBlock("1. There was no other business.")) +
            """<tr><td colspan="2"><p class="mgPartTitleTxt">EXEMPT ITEMS</p></td></tr>""" +
            Row("9.", "Contract award", MinutesBlock("RESOLVED that the contract be awarded.")));

        Assert.Equal([false, true], _parser.Parse(page).Items.Select(i => i.Restricted));
    }

    [Fact]
    public void Parse_ItemsAfterExcludingThePressAndPublic_AreRestricted()
    {
        var page = Build(
            Row("8.", "Exclusion of the Press and Public", MinutesBlock("RESOLVED that the press and public be excluded.")) +
            Row("9.", "Contract award", MinutesBlock("RESOLVED that the contract be awarded.")));

        Assert.Equal([false, true], _parser.Parse(page).Items.Select(i => i.Restricted));
    }

    [Fact]
    public void CanParse_AgendaOnlyPage_IsFalse()
    {
        var page = Build(Row("5.", "Introduction", ""), title: "Agenda");

        Assert.False(_parser.CanParse(page));
    }

    [Fact]
    public void CanParse_HtmlThatIsNotAMeetingPage_IsFalse()
    {
        var page = Document("<html><body><h1>Council news</h1><p>Bin collections resume on Monday, 3rd June, 2024.</p></body></html>");

        Assert.False(_parser.CanParse(page));
        var error = Assert.Throws<MinutesException>(() => _parser.Parse(page));
        Assert.Equal(MinutesError.NotMinutes, error.Error);
        Assert.Contains("page.html", error.Message);
    }

    [SharedFact]
    public async Task CanParse_PrintedMinutesHtml_IsFalse()
    {
        var printed = await new KcspSearch.Minutes.Extraction.HtmlExtractor().ExtractAsync(
            KcspSearch.Minutes.Extraction.SourceDocument.FromFile(SharedFiles.Fixture("kcsp-2019-10-08.print.html")));

        Assert.False(_parser.CanParse(printed));
    }
}
