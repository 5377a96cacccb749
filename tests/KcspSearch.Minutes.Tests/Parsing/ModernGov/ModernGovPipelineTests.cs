using System.Text;
using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Minutes.Parsing.Printed;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

/// <summary>ModernGov pages through the whole pipeline, with every extractor and parser competing for them.</summary>
public class ModernGovPipelineTests
{
    private static readonly MinutesOptions Options = new();

    // The printed parser comes first on purpose: a ModernGov page must still reach its own parser.
    private static readonly MinutesPipeline Pipeline = new(
        new DocumentTypeDetector(),
        [new PlainTextExtractor(), new PdfToTextExtractor(Options), new HtmlExtractor(), new DocxExtractor(Options)],
        [new PrintedMinutesParser(), new ModernGovTextParser(), new ModernGovHtmlParser()],
        new MeetingEnricher(TopicTaxonomy.Default, AcronymGlossary.Default),
        new Chunker(),
        Options);

    [SharedFact]
    public async Task Process_HtmlFixture_GivesTheChunkedModernGovMeeting()
    {
        var meeting = await Pipeline.ProcessAsync(SourceDocument.FromFile(SharedFiles.Fixture(ModernGovFixtures.HtmlFixture)));

        Assert.Equal(SourceFormat.ModernGovHtml, meeting.Format);
        Assert.Equal(10, meeting.Items.Count);
        var dhr = meeting.Items[7].Chunks.Select(c => c.Id).ToList();
        Assert.Contains("kcsp-2022-03-24/8/2", dhr);
        Assert.Contains("kcsp-2022-03-24/8/R", dhr);
    }

    [SharedFact]
    public async Task Process_TextSeed_ReachesTheModernGovTextParser()
    {
        var meeting = await Pipeline.ProcessAsync(SourceDocument.FromFile(SharedFiles.Seed(ModernGovFixtures.TextSeed)));

        Assert.Equal(SourceFormat.ModernGovText, meeting.Format);
        Assert.Equal("kcsp-2022-03-24", meeting.Id);
        Assert.Equal(10, meeting.Items.Count);
    }

    [Fact]
    public async Task Process_HtmlPageThatIsNotMinutes_FailsWithNotMinutes()
    {
        var page = new SourceDocument("news.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><body><h1>Council news</h1><p>Libraries open late on Thursday.</p></body></html>"));

        var error = await Assert.ThrowsAsync<MinutesException>(() => Pipeline.ProcessAsync(page));

        Assert.Equal(MinutesError.NotMinutes, error.Error);
        Assert.StartsWith("news.html:", error.Message);
    }

    [Fact]
    public async Task Process_BinaryNamedTxt_FailsWithUnknownFormat()
    {
        var binary = new byte[2048];
        new Random(11).NextBytes(binary);

        var error = await Assert.ThrowsAsync<MinutesException>(() => Pipeline.ProcessAsync(new SourceDocument("minutes.txt", binary)));

        Assert.Equal(MinutesError.UnknownFormat, error.Error);
    }
}
