using KcspSearch.Minutes.Parsing.Printed;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.Printed;

/// <summary>The PDF text artefacts of FORMATS.md §4, each on a few lines.</summary>
public sealed class PrintedTextCleanerTests
{
    private const string Heading = "241. Mental Health Update\n(Item B3)\n\n";

    [Fact]
    public void Clean_LayoutPageBreakWithCentredPageNumber_JoinsTheSentenceAcrossThePages()
    {
        var blocks = Body(
            "1. Mr Harper noted that whilst pressure had been alleviated from Police\n\n\n\n"
            + "                                           2\n"
            + "\f   resources, there was a significant need within the\n   voluntary sector.\n");

        Assert.Equal([(PrintedBlockKind.Paragraph, "1",
            "Mr Harper noted that whilst pressure had been alleviated from Police resources, there was a significant need within the voluntary sector.")],
            blocks);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Page 3")]
    [InlineData("Page 3 of 10")]
    public void Clean_FooterBetweenPagesWithoutFormFeed_IsDropped(string footer)
    {
        var blocks = Body($"1. Mr Harper said that the service would be open\n\n{footer}\n\n365 days of the year.\n");

        Assert.Equal("Mr Harper said that the service would be open 365 days of the year.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Clean_HangingIndentCutOffByABlankLine_KeepsOneParagraph()
    {
        var blocks = Body(
            "1. Mr Harper (Chief Executive, Office of the Police and Crime Commissioner) \n\n"
            + "provided an update on the disproportionate use of Section 136 detentions within \n"
            + "Kent.  \n \n\n2. He informed the KCSP.\n");

        Assert.Equal(
            [
                (PrintedBlockKind.Paragraph, "1", "Mr Harper (Chief Executive, Office of the Police and Crime Commissioner) provided an update on the disproportionate use of Section 136 detentions within Kent."),
                (PrintedBlockKind.Paragraph, "2", "He informed the KCSP."),
            ],
            blocks);
    }

    [Fact]
    public void Clean_LineEndHyphen_JoinsALowerCaseWordWithoutSpaceButLeavesADashSpaced()
    {
        var blocks = Body(
            "1. The report recommended the creation of a multi-\n   agency taskforce and a scheme for those with co-\n\noccurring conditions.\n\n"
            + "2. The event was entitled ‘Scams: The True Cost -\n   Working Together’.\n");

        Assert.Equal(
            [
                "The report recommended the creation of a multi-agency taskforce and a scheme for those with co-occurring conditions.",
                "The event was entitled ‘Scams: The True Cost - Working Together’.",
            ],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Clean_DoubleSpacesTabsAndNoBreakSpaces_CollapseButQuotesStay()
    {
        var blocks = Body("1. Serious violence was  an explicit\u00a0priority,\tsaid “Mr Harper”  ‘today’.   \n");

        Assert.Equal("Serious violence was an explicit priority, said “Mr Harper” ‘today’.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Clean_UrlAloneAtThePageFoot_LeavesTheTextAndIsKeptWithTheBlockBeforeIt()
    {
        var blocks = PrintedTextCleaner.Clean(Heading
            + "1. Mr Pritchard had started to identify strategic leads.\n\n\n"
            + "https://www.kent-pcc.gov.uk/what-we-do/commissioning/funds/violence-reduction-fund/\n\n\n 4\n"
            + "\f2. Mr Harper announced the taskforce.\n");

        var paragraphs = blocks.Where(b => b.Kind == PrintedBlockKind.Paragraph).ToList();
        Assert.Equal(["Mr Pritchard had started to identify strategic leads.", "Mr Harper announced the taskforce."], paragraphs.Select(b => b.Text));
        Assert.Equal(["https://www.kent-pcc.gov.uk/what-we-do/commissioning/funds/violence-reduction-fund/"], paragraphs[0].StrayLinks);
    }

    [Fact]
    public void Clean_UrlInsideAWrappedSentence_StaysInTheText()
    {
        var blocks = Body("1. The strategy is published at\nhttps://www.kent.gov.uk/strategy\nfor comment.\n");

        var block = Assert.Single(blocks);
        Assert.Equal("The strategy is published at https://www.kent.gov.uk/strategy for comment.", block.Text);
    }

    [Fact]
    public void Clean_UnnumberedParagraphsOnOnePage_StaySeparateButAPageBreakJoinsThem()
    {
        var onePage = Body("Members discussed the report.\n\nThe Chairman thanked the officers.\n");
        var acrossPages = Body("Members discussed the report.\n\n\f\nThe Chairman thanked the officers.\n");

        Assert.Equal(["Members discussed the report.", "The Chairman thanked the officers."], onePage.Select(b => b.Text));
        Assert.Equal(["Members discussed the report. The Chairman thanked the officers."], acrossPages.Select(b => b.Text));
    }

    [Fact]
    public void Clean_PlainPdfToTextWithoutBlankLines_StartsBlocksOnlyAtMarkers()
    {
        var blocks = Body(
            "1. Mr Harper and Mr Pritchard responded to\ncomments and questions as follows:\n"
            + "(a) Mr Harper welcomed the suggestion.\n(b) Mr Pritchard confirmed the training\nwould be put in place.\n"
            + "2. It was RESOLVED that the verbal update be noted.\n");

        Assert.Equal(
            [
                (PrintedBlockKind.Paragraph, "1", "Mr Harper and Mr Pritchard responded to comments and questions as follows:"),
                (PrintedBlockKind.SubParagraph, "a", "Mr Harper welcomed the suggestion."),
                (PrintedBlockKind.SubParagraph, "b", "Mr Pritchard confirmed the training would be put in place."),
                (PrintedBlockKind.Paragraph, "2", "It was RESOLVED that the verbal update be noted."),
            ],
            blocks);
    }

    [Fact]
    public void Clean_NumbersAndLettersOutOfSequence_AreTextNotMarkers()
    {
        var blocks = Body("1. The options were set out in paragraph\n(c) of the report, and in table\n7. of the appendix.\n");

        Assert.Equal("The options were set out in paragraph (c) of the report, and in table 7. of the appendix.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Clean_FrontMatter_GivesHeadingsMeetingSentenceAndAttendanceLists()
    {
        var blocks = PrintedTextCleaner.Clean(
            "                 KENT COUNTY COUNCIL\n\n   KENT COMMUNITY SAFETY PARTNERSHIP\n\n"
            + "NOTES of a meeting of the Kent Community Safety Partnership held in the Medway\nRoom, Maidstone on Tuesday, 8 October 2019.\n"
            + "PRESENT: Mr M Hill, OBE (Chairman) and Ms\nC Axon-Peters.\nIN ATTENDANCE: Mr P\nBarrington-King (Member)\n"
            + "                  UNRESTRICTED ITEMS\n" + Heading);

        Assert.Equal(
            [
                (PrintedBlockKind.Heading, "", "KENT COUNTY COUNCIL"),
                (PrintedBlockKind.Heading, "", "KENT COMMUNITY SAFETY PARTNERSHIP"),
                (PrintedBlockKind.Text, "", "NOTES of a meeting of the Kent Community Safety Partnership held in the Medway Room, Maidstone on Tuesday, 8 October 2019."),
                (PrintedBlockKind.AttendanceList, "PRESENT", "Mr M Hill, OBE (Chairman) and Ms C Axon-Peters."),
                (PrintedBlockKind.AttendanceList, "IN ATTENDANCE", "Mr P Barrington-King (Member)"),
                (PrintedBlockKind.Heading, "", "UNRESTRICTED ITEMS"),
                (PrintedBlockKind.MinuteHeading, "241", "Mental Health Update"),
                (PrintedBlockKind.AgendaCode, "B3", ""),
            ],
            blocks.Select(b => (b.Kind, b.Marker, b.Text)));
    }

    [SharedFact]
    public void Clean_SeedText_GivesOneBlockPerHeadingListAndParagraph()
    {
        var blocks = PrintedTextCleaner.Clean(File.ReadAllText(SharedFiles.Seed(Kcsp20191008.SeedText)));

        var counts = blocks.GroupBy(b => b.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, counts[PrintedBlockKind.Heading]);
        Assert.Equal(2, counts[PrintedBlockKind.AttendanceList]);
        Assert.Equal(15, counts[PrintedBlockKind.MinuteHeading]);
        Assert.Equal(15, counts[PrintedBlockKind.AgendaCode]);
        Assert.Equal(52, counts[PrintedBlockKind.Paragraph]);
        Assert.Equal(15, counts[PrintedBlockKind.SubParagraph]);
        Assert.Equal(3, counts[PrintedBlockKind.Text]);
        Assert.Equal(3, blocks.Sum(b => b.StrayLinks.Count));
    }

    /// <summary>The blocks after a minute heading, as (kind, marker, text).</summary>
    private static List<(PrintedBlockKind Kind, string Marker, string Text)> Body(string minutes) =>
        [.. PrintedTextCleaner.Clean(Heading + minutes).Skip(2).Select(b => (b.Kind, b.Marker, b.Text))];
}
