using System.Text;
using KcspSearch.Minutes.Chunking;
using KcspSearch.Minutes.Enrichment;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

/// <summary>ModernGov pages through detection, extraction and parsing, as the pipeline runs them.</summary>
public class ModernGovPipelineTests
{
    private static readonly MinutesPipeline Pipeline = new(
        new DocumentTypeDetector(),
        [new HtmlExtractor()],
        [new ModernGovHtmlParser(), new ModernGovTextParser()],
        new Unchanged(),
        new Unchanged(),
        new MinutesOptions());

    [SharedFact]
    public async Task Process_HtmlFixture_GivesTheParsedMeeting()
    {
        var meeting = await Pipeline.ProcessAsync(SourceDocument.FromFile(SharedFiles.Fixture(ModernGovFixtures.HtmlFixture)));

        Assert.Equal(SourceFormat.ModernGovHtml, meeting.Format);
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

    /// <summary>Enrichment and chunking are other stages; here they leave the meeting as parsed.</summary>
    private sealed class Unchanged : IMeetingEnricher, IChunker
    {
        public Meeting Enrich(Meeting meeting) => meeting;
        public Meeting Chunk(Meeting meeting) => meeting;
    }
}
