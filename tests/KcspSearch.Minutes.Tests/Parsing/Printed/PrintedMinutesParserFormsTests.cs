using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.Printed;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.Printed;

/// <summary>The variations FORMATS.md lists for printed minutes, each on a short made-up document.</summary>
public sealed class PrintedMinutesParserFormsTests
{
    private const string FrontMatter = """
        KENT COUNTY COUNCIL

        KENT COMMUNITY SAFETY PARTNERSHIP

        NOTES of a meeting of the Kent Community Safety Partnership held in the Medway
        Room, Sessions House, County Hall, Maidstone on Tuesday, 8 October 2019.

        PRESENT: Mr M Hill, OBE (Chairman) and Mr N Wilkinson.

        UNRESTRICTED ITEMS

        """;

    [Fact]
    public void Parse_TitleWrappedOntoTwoLines_JoinsItBeforeTheItemLine()
    {
        var item = ParseItems("""
            247. Kent & Medway Domestic Abuse Strategy Consultation
            Feedback
            (Item C6)

            1. Mr Weiss provided an update.
            """).Single();

        Assert.Equal("Kent & Medway Domestic Abuse Strategy Consultation Feedback", item.Title);
        Assert.Equal(("247", "C6"), (item.MinuteNumber, item.AgendaCode));
    }

    [Fact]
    public void Parse_ItemCodeOnTheHeadingLine_IsStillTheAgendaCode()
    {
        var item = ParseItems("237. Introduction (Item A1)\n").Single();

        Assert.Equal(("237", "Introduction", "A1"), (item.MinuteNumber, item.Title, item.AgendaCode));
        Assert.Empty(item.Paragraphs);
    }

    [Fact]
    public void Parse_SubParagraphsWithAndWithoutGap_AreNumberedUnderTheirParagraph()
    {
        var item = ParseItems("""
            243. Select Committee on Knife Crime in Kent
            (Item C2)

            1. Mr Barrington-King introduced the report.

            2. Mr Barrington-King responded to comments and questions as follows:

               (a)In response to comments regarding the
                    recommendation, training had started.

               (b) Mr Barrington-King assured the KCSP.

            3. It was RESOLVED that the report be noted.
            """).Single();

        Assert.Equal(["1", "2", "2(a)", "2(b)", "3"], item.Paragraphs.Select(p => p.Number));
        Assert.Equal("In response to comments regarding the recommendation, training had started.", item.Paragraphs[2].Text);
    }

    [Fact]
    public void Parse_ItemWithOnlyAnUnnumberedResolution_GivesOneResolutionParagraphWithoutNumber()
    {
        var item = ParseItems("""
            248. Date of next meeting
            (Item D1)

            It was RESOLVED that members noted the date of the next meeting which was
            scheduled to take place on Wednesday 18 March 2020.
            """).Single();

        var paragraph = Assert.Single(item.Paragraphs);
        Assert.Equal("", paragraph.Number);
        Assert.True(paragraph.IsResolution);
        Assert.Equal(
            ["It was RESOLVED that members noted the date of the next meeting which was scheduled to take place on Wednesday 18 March 2020."],
            item.Resolutions);
    }

    [Fact]
    public void Parse_ResolvedToNote_IsAResolution()
    {
        var item = ParseItems("""
            249. Domestic Homicide Reviews (DHRs) Update
            (Item E1)

            1. Mr Peerbux provided an update on Domestic Homicide Reviews (DHRs).

            2. RESOLVED to note the update.
            """).Single();

        Assert.Equal(["RESOLVED to note the update."], item.Resolutions);
        Assert.Equal([false, true], item.Paragraphs.Select(p => p.IsResolution));
    }

    [Fact]
    public void Parse_ResolutionLeadInWithLetteredParts_GivesOneResolutionHoldingEveryPart()
    {
        var item = ParseItems("""
            62. Kent Community Safety Agreement Review and Refresh Update
            (Item B1)

            1. Mr Peerbux introduced the report.

            2. RESOLVED that the Kent Community Safety Partnership

            a) notes the review of the Community Safety Agreement;

            b) agrees the refreshed priorities; and

            c) asks for an update at the next meeting.

            63. Date of next meeting
            (Item D1)
            """)[0];

        const string resolution = "RESOLVED that the Kent Community Safety Partnership a) notes the review of the Community Safety Agreement; "
            + "b) agrees the refreshed priorities; and c) asks for an update at the next meeting.";
        Assert.Equal([resolution], item.Resolutions);
        Assert.Equal(["1", "2"], item.Paragraphs.Select(p => p.Number));
        Assert.Equal(resolution, item.Paragraphs[1].Text);
        Assert.True(item.Paragraphs[1].IsResolution);
    }

    [Fact]
    public void Parse_ResolvedThatColonWithBracketedParts_GivesOneResolution()
    {
        var item = ParseItems("""
            12. Community Safety Agreement
            (Item B1)

            Resolved that:
            (a) the report be noted;
            (b) the action plan be agreed.
            """).Single();

        Assert.Equal(["Resolved that: (a) the report be noted; (b) the action plan be agreed."], item.Resolutions);
        Assert.Equal([""], item.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_ResolutionAfterDiscussionInOneParagraph_TakesTheResolutionFromItsSentence()
    {
        var item = ParseItems("""
            242. Violence Reduction Update
            (Item C1)

            1. Members discussed the funding. It was RESOLVED that the update report be noted.
            """).Single();

        Assert.Equal(["It was RESOLVED that the update report be noted."], item.Resolutions);
        Assert.Equal("Members discussed the funding. It was RESOLVED that the update report be noted.", item.Paragraphs[0].Text);
    }

    [Fact]
    public void Parse_MinuteNumberCitedAtALineStart_DoesNotStartAnItemOrParagraph()
    {
        var items = ParseItems("""
            238. Notes of meeting held on 17 July 2019
            (Item A4)

            It was RESOLVED that the notes are a correct record subject to the rectification of minute
            233.1 and 234.1.

            239. Kent Community Safety Agreement Update
            (Item B1)
            """);

        Assert.Equal(["238", "239"], items.Select(i => i.MinuteNumber));
        Assert.EndsWith("rectification of minute 233.1 and 234.1.", Assert.Single(items[0].Resolutions));
    }

    [Fact]
    public void Parse_ExemptItemsHeading_RestrictsTheItemsAfterIt()
    {
        var items = ParseItems("""
            250. PREVENT Duty Delivery Board Update
            (Item E2)

            1. Mr Wilkinson provided an update.

            EXEMPT ITEMS

            251. Risk, Threats and Vulnerabilities Group Update
            (Item E3)

            1. Mr Wilkinson provided an update.
            """);

        Assert.Equal([false, true], items.Select(i => i.Restricted));
    }

    [Fact]
    public void Parse_ResolutionExcludingPressAndPublic_RestrictsTheItemsAfterIt()
    {
        var items = ParseItems("""
            251. Motion to exclude the press and public
            (Item E1)

            RESOLVED that under Section 100A of the Local Government Act 1972 the public be excluded
            from the meeting for the following business on the grounds that it involves the likely
            disclosure of exempt information.

            252. Domestic Homicide Review
            (Item E2)

            1. Mr Peerbux presented the review.
            """);

        Assert.Equal([false, true], items.Select(i => i.Restricted));
        Assert.True(items[0].Procedural);
    }

    [Fact]
    public void Parse_AttendanceLists_KeepHonoursAndRolesAndMendNamesBrokenOrMistyped()
    {
        var meeting = PrintedSources.Parse("""
            NOTES of a meeting of the Kent Community Safety Partnership held in the Medway Room,
            Sessions House, County Hall, Maidstone on Tuesday, 8 October 2019.

            PRESENT: Mr M Hill, OBE (Chairman), Mrs A Smith, QPM, Ms B Jones (Head of Service,
            Finance & Policy) and Mr N Wilkinson.

            IN ATTENDANCE: Mr P
            Barrington-King (Member for Tunbridge Wells East & Chairman of the Select
            Committee) , Ms S Ms Annan-Veitch (Policy Adviser) , Mr A Harper (Police and Crime
            Commissioners (PCCs) Chief Executive)

            237. Introduction
            (Item A1)
            """);

        Assert.Equal(
        [
            new Attendee("Mr M Hill, OBE", null, "Chairman", AttendanceKinds.Present),
            new Attendee("Mrs A Smith, QPM", null, null, AttendanceKinds.Present),
            new Attendee("Ms B Jones", null, "Head of Service, Finance & Policy", AttendanceKinds.Present),
            new Attendee("Mr N Wilkinson", null, null, AttendanceKinds.Present),
            new Attendee("Mr P Barrington-King", null, "Member for Tunbridge Wells East & Chairman of the Select Committee", AttendanceKinds.InAttendance),
            new Attendee("Ms S Annan-Veitch", null, "Policy Adviser", AttendanceKinds.InAttendance),
            new Attendee("Mr A Harper", null, "Police and Crime Commissioners (PCCs) Chief Executive", AttendanceKinds.InAttendance),
        ], meeting.Attendees);
    }

    [Fact]
    public void Parse_NotesMarkedDraft_AreDraft()
    {
        var meeting = PrintedSources.Parse("DRAFT – subject to approval at the next meeting\n\n" + FrontMatter + "237. Introduction\n(Item A1)\n");

        Assert.Equal(MeetingStatus.Draft, meeting.Status);
    }

    [Fact]
    public void Parse_MeetingHeldOnlineWithATime_ReadsVenueAndStartTime()
    {
        var meeting = PrintedSources.Parse("""
            MINUTES of a meeting of the Kent Community Safety Partnership held online on Thursday,
            24 March 2022 at 10.00 am.

            51. Introduction
            (Item A1)
            """);

        Assert.Equal(("kcsp-2022-03-24", "online", "10:00"), (meeting.Id, meeting.Venue, meeting.StartTime));
    }

    [Theory]
    [InlineData("(please click here)")]
    [InlineData("using the link below")]
    public void Parse_UrlPrintedAfterTheNextHeading_GoesToTheParagraphThatRefersToIt(string reference)
    {
        var items = ParseItems($"""
            244. Preparations for Brexit
            (Item C3)

            1. Miss Weaver advised the partnership to visit the Kent Prepared website {reference}.

            2. It was RESOLVED that the presentation be noted.

            245. Suicide Prevention Update
            (Item C4)


            https://www.kentprepared.org.uk/

                                          7
            """ + "\f1. Mr Woodhouse introduced the report.\n");

        Assert.Equal(["https://www.kentprepared.org.uk/"], items[0].Paragraphs[0].Links);
        Assert.Equal(["1", "2", "1"], items.SelectMany(i => i.Paragraphs).Select(p => p.Number));
        Assert.All(items.SelectMany(i => i.Paragraphs).Skip(1), p => Assert.Empty(p.Links));
    }

    [Fact]
    public void Parse_UrlWithoutAReference_GoesToTheParagraphItFollows()
    {
        var item = ParseItems("""
            250. PREVENT Duty Delivery Board Update
            (Item E2)

            1. Mr Wilkinson provided an update.

            2. The Commission published its report.

            https://assets.publishing.service.gov.uk/report.pdf

            3. It was RESOLVED that the update be noted.
            """).Single();

        Assert.Equal([[], ["https://assets.publishing.service.gov.uk/report.pdf"], []], item.Paragraphs.Select(p => p.Links));
    }

    [Fact]
    public void Parse_NoMeetingSentence_ThrowsNotMinutesNamingTheFile()
    {
        var error = Assert.Throws<MinutesException>(() => PrintedSources.Parse("KENT COUNTY COUNCIL\n\n237. Introduction\n(Item A1)\n", "agenda.pdf"));

        Assert.Equal(MinutesError.NotMinutes, error.Error);
        Assert.StartsWith("agenda.pdf: no \"NOTES of a meeting of ...\" sentence", error.Message);
    }

    [Fact]
    public void Parse_MeetingSentenceWithoutDate_ThrowsNotMinutes()
    {
        var error = Assert.Throws<MinutesException>(() => PrintedSources.Parse(
            "NOTES of a meeting of the Kent Community Safety Partnership held in the Medway Room.\n\n237. Introduction\n(Item A1)\n"));

        Assert.Equal(MinutesError.NotMinutes, error.Error);
        Assert.Contains("no meeting date", error.Message);
    }

    [Fact]
    public void Parse_NoNumberedMinutes_ThrowsNotMinutes()
    {
        var error = Assert.Throws<MinutesException>(() => PrintedSources.Parse(FrontMatter + "The meeting was cancelled.\n"));

        Assert.Equal(MinutesError.NotMinutes, error.Error);
        Assert.Contains("no numbered minutes", error.Message);
    }

    [SharedFact]
    public void CanParse_PrintedSeedText_IsTrueButNotTheModernGovRenderingOrHtml()
    {
        var parser = new PrintedMinutesParser();
        var printed = File.ReadAllText(SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt"));
        var moderngov = File.ReadAllText(SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt"));

        Assert.True(parser.CanParse(new ExtractedDocument(DocumentType.Text, printed)));
        Assert.False(parser.CanParse(new ExtractedDocument(DocumentType.Text, moderngov)));
        Assert.False(parser.CanParse(new ExtractedDocument(DocumentType.Html, printed, "<html></html>")));
    }

    private static IReadOnlyList<Item> ParseItems(string minutes) => PrintedSources.Parse(FrontMatter + minutes).Items;
}
