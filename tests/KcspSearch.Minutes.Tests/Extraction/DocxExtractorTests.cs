using System.IO.Compression;
using KcspSearch.Minutes.Extraction;

namespace KcspSearch.Minutes.Tests.Extraction;

public class DocxExtractorTests
{
    private readonly DocxExtractor _extractor = new(new MinutesOptions());

    [Fact]
    public async Task Extract_NumberedMinutes_PrintsListNumbersLikePrintedMinutes()
    {
        var docx = new DocxBuilder()
            .Text("239. Kent Community Safety Agreement")
            .Text("(Item B1)")
            .Numbered("Ms Brinson introduced the report.")
            .Numbered("Members asked about the priorities:")
            .Numbered("the VAWG workstream;", level: 1)
            .Numbered("neighbourhood crime.", level: 1)
            .Numbered("Mr Peerbux responded.")
            .Text("RESOLVED that the agreement be endorsed.")
            .Build();

        var extracted = await _extractor.ExtractAsync(new SourceDocument("minutes.docx", docx));

        Assert.Equal(DocumentType.Docx, extracted.Type);
        Assert.Equal(
            """
            239. Kent Community Safety Agreement

            (Item B1)

            1.  Ms Brinson introduced the report.

            2.  Members asked about the priorities:

            (a)  the VAWG workstream;

            (b)  neighbourhood crime.

            3.  Mr Peerbux responded.

            RESOLVED that the agreement be endorsed.
            """.ReplaceLineEndings("\n"),
            extracted.Text);
    }

    [Fact]
    public async Task Extract_PrintedMinutesInWord_ReadByThePrintedMinutesParser()
    {
        var docx = new DocxBuilder()
            .Text("KENT COUNTY COUNCIL")
            .Text("KENT COMMUNITY SAFETY PARTNERSHIP")
            .Text("NOTES of a meeting of the Kent Community Safety Partnership held in the Medway Room, Sessions House, County Hall, Maidstone on Tuesday, 8 October 2019.")
            .Text("PRESENT: Mr M Hill, OBE (Chairman), Mr J Rivers (Vice-Chairman) and Mr N Wilkinson.")
            .Text("UNRESTRICTED ITEMS")
            .Text("238. Notes of meeting held on 17 July 2019")
            .Text("(Item A4)")
            .Text("It was RESOLVED that the notes of the meeting held on 17 July 2019 are a correct record.")
            .Text("239. Kent Community Safety Agreement Update")
            .Text("(Item B1)")
            .Numbered("Ms Brinson introduced the report on the Kent Community Safety Agreement action plan.")
            .Numbered("The officer responded to comments and questions as follows:")
            .Numbered("Ms Brinson said that the consultation proposed new legislation.", level: 1)
            .Numbered("It was RESOLVED that the report be noted.")
            .Build();

        var extracted = await _extractor.ExtractAsync(new SourceDocument("minutes.docx", docx));
        var parser = new KcspSearch.Minutes.Parsing.Printed.PrintedMinutesParser();

        Assert.True(parser.CanParse(extracted));
        var meeting = parser.Parse(extracted);
        Assert.Equal(new DateOnly(2019, 10, 8), meeting.Date);
        Assert.Equal(["238", "239"], meeting.Items.Select(i => i.MinuteNumber));
        Assert.Equal(["A4", "B1"], meeting.Items.Select(i => i.AgendaCode));
        Assert.Equal(["1", "2", "2(a)", "3"], meeting.Items[1].Paragraphs.Select(p => p.Number));
        Assert.Equal(["It was RESOLVED that the report be noted."], meeting.Items[1].Resolutions);
    }

    [Fact]
    public async Task Extract_RestartedList_NumbersFromOneAgain()
    {
        var docx = new DocxBuilder()
            .Numbered("First minute, first paragraph.")
            .Numbered("First minute, second paragraph.")
            .Text("240. Next minute")
            .Numbered("Second minute, first paragraph.", numId: DocxBuilder.RestartedList)
            .Build();

        var extracted = await _extractor.ExtractAsync(new SourceDocument("minutes.docx", docx));

        Assert.Contains("2.  First minute, second paragraph.", extracted.Text);
        Assert.EndsWith("1.  Second minute, first paragraph.", extracted.Text);
    }

    [Fact]
    public async Task Extract_RunsSplitMidWord_AreJoined()
    {
        var docx = new DocxBuilder().Runs("The Part", "nership noted the ", "report.").Build();

        var extracted = await _extractor.ExtractAsync(new SourceDocument("minutes.docx", docx));

        Assert.Equal("The Partnership noted the report.", extracted.Text);
    }

    [Fact]
    public async Task Extract_ZipBomb_IsRefusedAsCorrupt()
    {
        // 3 MB of markup that compresses to a few KB, against a limit of 20 × 100 KB.
        var extractor = new DocxExtractor(new MinutesOptions { MaxDocumentBytes = 100 * 1024 });
        var bomb = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document>" + new string(' ', 3 * 1024 * 1024) + "</w:document>"));

        var error = await Assert.ThrowsAsync<MinutesException>(() => extractor.ExtractAsync(new SourceDocument("bomb.docx", bomb)));

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.Contains("bomb.docx", error.Message);
        Assert.Contains("more than 2,048,000 bytes", error.Message);
        Assert.True(bomb.Length < 100 * 1024);
    }

    [Fact]
    public async Task Extract_TruncatedPackage_IsCorrupt()
    {
        var docx = new DocxBuilder().Numbered("Ms Brinson introduced the report.").Build();

        var error = await Assert.ThrowsAsync<MinutesException>(() =>
            _extractor.ExtractAsync(new SourceDocument("cut.docx", docx[..(docx.Length / 2)])));

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.StartsWith("cut.docx:", error.Message);
    }

    [Fact]
    public async Task Extract_ZipWithoutWordDocument_IsCorrupt()
    {
        var zip = Zip(("notes.txt", "not a Word document"));

        var error = await Assert.ThrowsAsync<MinutesException>(() => _extractor.ExtractAsync(new SourceDocument("notes.docx", zip)));

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.Contains("word/document.xml", error.Message);
    }

    [Fact]
    public async Task Extract_DocumentWithoutText_IsEmpty()
    {
        var docx = new DocxBuilder().Text("   ").Build();

        var error = await Assert.ThrowsAsync<MinutesException>(() => _extractor.ExtractAsync(new SourceDocument("blank.docx", docx)));

        Assert.Equal(MinutesError.Empty, error.Error);
    }

    internal static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }
}
