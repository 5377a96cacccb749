using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Model;
using KcspSearch.Tests;
using static KcspSearch.Minutes.Tests.Enrichment.TestMeetings;

namespace KcspSearch.Minutes.Tests.Chunking;

public class ChunkerTests
{
    private readonly Chunker chunker = new();
    private readonly MeetingEnricher enricher = new(TopicTaxonomy.Default, AcronymGlossary.Default);

    private static Item Dhr(params Paragraph[] paragraphs) => Item(8, "Domestic Homicide Review Update", paragraphs);

    [Fact]
    public void Chunk_NumberedParagraphsAndResolution_GetStableIdsAndKinds()
    {
        var meeting = chunker.Chunk(Meeting(Dhr(
            Paragraph("1", "Mr Peerbux provided an update on the DHR cases."),
            Paragraph("2", "The officer responded to comments and questions as follows:"),
            Paragraph("2(a)", "Ms Brinson said that the model would be reviewed."),
            Resolution("3", "It was RESOLVED that the update be noted."))));

        var chunks = meeting.Items[0].Chunks;
        Assert.Equal(["kcsp-2020-03-18/8/1", "kcsp-2020-03-18/8/2", "kcsp-2020-03-18/8/2(a)", "kcsp-2020-03-18/8/R"], chunks.Select(c => c.Id));
        Assert.Equal(["1", "2", "2(a)", "R"], chunks.Select(c => c.Paragraph));
        Assert.Equal([ChunkKind.Discussion, ChunkKind.Discussion, ChunkKind.Discussion, ChunkKind.Resolution], chunks.Select(c => c.Kind));
        Assert.Equal("It was RESOLVED that the update be noted.", chunks[3].Text);
    }

    [Fact]
    public void Chunk_SecondResolutionInItem_IsR2()
    {
        var item = Dhr(Paragraph("1", "Mr Peerbux provided an update.")) with
        {
            Resolutions = ["RESOLVED that the update be noted.", "RESOLVED that a report come back in March."],
        };

        var chunks = chunker.Chunk(Meeting(item)).Items[0].Chunks;

        Assert.Equal(["1", "R", "R2"], chunks.Select(c => c.Paragraph));
        Assert.Equal("RESOLVED that a report come back in March.", chunks[2].Text);
    }

    [Fact]
    public void Chunk_ParagraphCarryingDiscussionAndResolution_KeepsDiscussionApart()
    {
        const string resolution = "RESOLVED that the domestic homicide review update be noted.";
        var paragraph = new Paragraph("2", $"Mr Peerbux confirmed that there is a funding model in place.\n\n{resolution}", ["peerbux"]) { IsResolution = true };
        var item = Dhr(paragraph) with { Resolutions = [resolution] };

        var chunks = chunker.Chunk(Meeting(item)).Items[0].Chunks;

        Assert.Equal(["2", "R"], chunks.Select(c => c.Paragraph));
        Assert.Equal("Mr Peerbux confirmed that there is a funding model in place.", chunks[0].Text);
        Assert.Equal(["peerbux"], chunks[0].Speakers);
        Assert.Equal(resolution, chunks[1].Text);
        Assert.Empty(chunks[1].Speakers);
    }

    [Fact]
    public void Chunk_UnnumberedParagraphs_AreU1U2InOrder()
    {
        var chunks = chunker.Chunk(Meeting(Item(4, "Mental Health",
            Paragraph("", "Mr Harper gave an update on mental health."),
            Paragraph("", "Mr Harper highlighted some key messages from the report."),
            Resolution("", "RESOLVED that an annual update be provided.")))).Items[0].Chunks;

        Assert.Equal(["U1", "U2", "R"], chunks.Select(c => c.Paragraph));
    }

    [Fact]
    public void Chunk_SubParagraph_KeepsAsFollowsLeadIn()
    {
        const string leadIn = "Mr Barrington-King responded to comments and questions as follows:";
        var chunks = chunker.Chunk(Meeting(Item(7, "Select Committee on Knife Crime in Kent",
            Paragraph("2", leadIn),
            Paragraph("2(a)", "In response to comments regarding training, Mr Barrington-King acknowledged that training had started."),
            Paragraph("3", "Mr Hill welcomed the proposal.")))).Items[0].Chunks;

        Assert.Equal(leadIn, chunks.Single(c => c.Paragraph == "2(a)").LeadIn);
        Assert.All(chunks.Where(c => c.Paragraph != "2(a)"), c => Assert.Null(c.LeadIn));
    }

    [Fact]
    public void Chunk_SubParagraphUnderLongParentWithoutAsFollows_HasNoLeadIn()
    {
        var parent = string.Join(" ", Enumerable.Repeat("Mr Harper informed the KCSP that the pilot had reduced demand on police resources.", 4));
        var chunks = chunker.Chunk(Meeting(Item(7, "Mental Health Update",
            Paragraph("1", parent),
            Paragraph("1(a)", "Mr Pritchard confirmed that training would follow.")))).Items[0].Chunks;

        Assert.Null(chunks[1].LeadIn);
    }

    [Fact]
    public void Chunk_ProceduralItem_IsOneChunkWithItsWholeText()
    {
        var notes = Item(2, "Notes of meeting held on 17 July 2019",
            Paragraph("", "The Chairman noted a typographic error."),
            Resolution("", "It was RESOLVED that the notes are a correct record."));
        var item = notes with { Procedural = true };

        var chunk = Assert.Single(chunker.Chunk(Meeting(item)).Items[0].Chunks);

        Assert.Equal("kcsp-2020-03-18/2/P", chunk.Id);
        Assert.Equal(ChunkKind.Procedural, chunk.Kind);
        Assert.Equal("The Chairman noted a typographic error.\n\nIt was RESOLVED that the notes are a correct record.", chunk.Text);
    }

    [Fact]
    public void Chunk_ProceduralResolutionOutsideParagraphs_IsIncludedOnce()
    {
        var item = Item(57, "Date of meetings in 2022", Array.Empty<Paragraph>()) with
        {
            Procedural = true,
            Resolutions = ["RESOLVED that the dates of the meeting in 2022 were noted."],
        };

        var chunk = Assert.Single(chunker.Chunk(Meeting(item)).Items[0].Chunks);

        Assert.Equal("RESOLVED that the dates of the meeting in 2022 were noted.", chunk.Text);
    }

    [Fact]
    public void Chunk_EmptyIntroduction_StillGetsAProceduralChunkFindableByTitle()
    {
        var item = Item(1, "Introduction", Array.Empty<Paragraph>()) with { Procedural = true };

        var chunk = Assert.Single(chunker.Chunk(Meeting(item)).Items[0].Chunks);

        Assert.Equal("Introduction", chunk.Text);
    }

    [Fact]
    public void Chunk_SubstantiveItemWithoutText_YieldsNoChunk()
    {
        var meeting = chunker.Chunk(Meeting(Item(5, "Kent Police and Crime Commissioners response", Array.Empty<Paragraph>())));

        Assert.Empty(meeting.Items[0].Chunks);
    }

    [Fact]
    public void Chunk_Attendance_IsOneMeetingChunkListingNamesAndRoles()
    {
        var meeting = chunker.Chunk(Meeting(
            [Present("Mr M Hill, OBE", "Chairman"), Present("Mr S Peerbux"), InAttendance("Miss G Little", "Democratic Services Officer")],
            Item(1, "Introduction", Array.Empty<Paragraph>())));

        var chunk = Assert.Single(meeting.MeetingChunks);
        Assert.Equal("kcsp-2020-03-18/0/A", chunk.Id);
        Assert.Equal(("A", ChunkKind.Attendance), (chunk.Paragraph, chunk.Kind));
        Assert.Equal("Present: Mr M Hill, OBE (Chairman), Mr S Peerbux.\nIn attendance: Miss G Little (Democratic Services Officer).", chunk.Text);
        Assert.Equal(chunk, meeting.AllChunks.First());
    }

    [Fact]
    public void Chunk_NoAttendees_NoAttendanceChunk()
    {
        Assert.Empty(chunker.Chunk(Meeting(Dhr(Paragraph("1", "Mr Peerbux provided an update.")))).MeetingChunks);
    }

    [Fact]
    public void Chunk_CarriesParagraphSpeakersAndLinks()
    {
        var paragraph = new Paragraph("3", "In July 2019, nine projects received funding (please click here).", ["harper"])
        {
            Links = ["https://www.kent-pcc.gov.uk/what-we-do/commissioning/funds/violence-reduction-fund/"],
        };

        var chunk = Assert.Single(chunker.Chunk(Meeting(Item(6, "Violence Reduction Update", paragraph))).Items[0].Chunks);

        Assert.Equal(["harper"], chunk.Speakers);
        Assert.Equal(paragraph.Links, chunk.Links);
    }

    [Fact]
    public void Chunk_Topics_ItemTopicsApplyButGenericOnesOnlyWhereTheyOccur()
    {
        var meeting = chunker.Chunk(enricher.Enrich(Meeting(Item(3, "Kent Community Safety Agreement Review and Refresh",
            "Shafick Peerbux introduction the report of the review.",
            "Ms Brinson drew attention to Violence Against Women and Girls (VAWG) within the Domestic Abuse (DA) priority.",
            "Mr Peerbux advised that spending the CRG funding had been challenging."))));

        var item = meeting.Items[0];
        Assert.Equal(["VAWG", "community-safety-agreement", "domestic-abuse", "funding"], item.Topics);
        Assert.Equal(["VAWG", "community-safety-agreement", "domestic-abuse"], item.Chunks[0].Topics);
        Assert.Equal(["VAWG", "community-safety-agreement", "domestic-abuse", "funding"], item.Chunks[2].Topics);
    }

    [Fact]
    public void Chunk_GenericTopicInTitle_AppliesToEveryChunk()
    {
        var meeting = chunker.Chunk(enricher.Enrich(Meeting(Item(3, "Crime Reduction Grant funding",
            "Mr Peerbux introduced the report.",
            "Ms Brinson said that projects had been delayed."))));

        Assert.All(meeting.Items[0].Chunks, c => Assert.Contains("funding", c.Topics));
    }

    [Fact]
    public void Chunk_TwiceOrAfterRechunking_GivesIdenticalIds()
    {
        var meeting = enricher.Enrich(Meeting(
            [Present("Mr S Peerbux")],
            Dhr(Paragraph("1", "Mr Peerbux provided an update."), Paragraph("", "Unnumbered note."), Resolution("2", "It was RESOLVED that the update be noted."))));

        var once = chunker.Chunk(meeting);
        var twice = chunker.Chunk(once);

        Assert.Equal(once.AllChunks.Select(c => c.Id), chunker.Chunk(meeting).AllChunks.Select(c => c.Id));
        Assert.Equal(once.AllChunks.Select(Describe), twice.AllChunks.Select(Describe));
    }

    private static string Describe(Chunk c) =>
        $"{c.Id}|{c.Kind}|{c.Text}|{c.LeadIn}|{string.Join(",", c.Speakers)}|{string.Join(",", c.Topics)}|{string.Join(",", c.Links)}";

    [Fact]
    public void Chunk_DuplicateParagraphNumbers_StillGiveUniqueIds()
    {
        var chunks = chunker.Chunk(Meeting(Dhr(Paragraph("1", "Mr Peerbux provided an update."), Paragraph("1", "Ms Brinson advised.")))).Items[0].Chunks;

        Assert.Equal(["kcsp-2020-03-18/8/1", "kcsp-2020-03-18/8/1~2"], chunks.Select(c => c.Id));
    }

    [SharedFact]
    public void Chunk_PrintedSeed_EveryParagraphAndResolutionBecomesOneUniqueChunk()
    {
        var seed = KcspSearch.Minutes.Tests.Enrichment.SeedMinutes.Read(File.ReadAllText(SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt")));
        var meeting = chunker.Chunk(enricher.Enrich(seed));

        var ids = meeting.AllChunks.Select(c => c.Id).ToList();
        Assert.Equal(ids.Distinct(), ids);
        Assert.All(ids, id => Assert.StartsWith("kcsp-2019-10-08/", id));
        // 14 resolutions in the minutes: 12 in substantive items, 2 inside procedural items (notes, date of next meeting).
        Assert.Equal(14, meeting.Items.Sum(i => i.Resolutions.Count));
        Assert.Equal(12, meeting.AllChunks.Count(c => c.Kind == ChunkKind.Resolution));
        Assert.Equal(["237", "238", "248"], meeting.Items.Where(i => i.Chunks.Any(c => c.Kind == ChunkKind.Procedural)).Select(i => i.MinuteNumber));
        Assert.Single(meeting.MeetingChunks);

        var dhr = meeting.Items.Single(i => i.MinuteNumber == "249");
        Assert.All(dhr.Chunks, c => Assert.Contains("DHR", c.Topics));
        Assert.Equal(["peerbux"], dhr.Chunks.Single(c => c.Paragraph == "1").Speakers);
        Assert.Equal("Mr Barrington-King responded to comments and questions as follows:",
            meeting.Items.Single(i => i.MinuteNumber == "243").Chunks.Single(c => c.Paragraph == "2(c)").LeadIn);
    }
}
