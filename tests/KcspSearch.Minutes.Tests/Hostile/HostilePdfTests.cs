using System.Diagnostics;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Hostile;

/// <summary>PDFs that pdftotext reads "successfully" but wrongly, or for too long, or into too much text.</summary>
public sealed class HostilePdfTests
{
    private static readonly MinutesOptions Limits = new() { MaxExtractedChars = HostileDocuments.MaxExtractedChars };

    [Fact]
    public async Task Extract_PdfCutShortInItsLastRevision_IsRefusedRatherThanReadAsTheEarlierRevision()
    {
        var cut = HostileDocuments.TruncatedRevisedPdf();

        var error = await Assert.ThrowsAsync<MinutesException>(() =>
            new PdfToTextExtractor(Limits).ExtractAsync(new SourceDocument("cut-short.pdf", cut)));

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.StartsWith("cut-short.pdf: the PDF is truncated", error.Message);
    }

    [Fact]
    public async Task Extract_TrailingJunkAfterTheLastEndOfFileMarker_IsStillRead()
    {
        var complete = HostileDocuments.ManyPagesPdf(1, 2);
        byte[] padded = [.. complete, .. "\r\n\0\0 saved by scanner v2\n"u8];

        var document = await new PdfToTextExtractor(Limits).ExtractAsync(new SourceDocument("padded.pdf", padded));

        Assert.Contains("Line 2 of the appendix", document.Text);
    }

    [Fact]
    public async Task Extract_ThousandsOfPagesPastTheTextLimit_StopsPdfToTextEarlyAndThrowsTooLarge()
    {
        var pack = HostileDocuments.ManyPagesPdf(3000, 40);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MinutesException>(() =>
            new PdfToTextExtractor(Limits).ExtractAsync(new SourceDocument("pack.pdf", pack)));

        Assert.Equal(MinutesError.TooLarge, error.Error);
        Assert.StartsWith("pack.pdf: the PDF's text runs past 1,000,000 characters", error.Message);
        // The whole pack is some 7.8 million characters; reading all of it takes several times longer.
        Assert.True(clock.Elapsed < Limits.PdfToTextTimeout, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Extract_ThousandsOfPagesWithinTheLimit_GivesEveryPage()
    {
        var pack = HostileDocuments.ManyPagesPdf(2000, 1);

        var document = await new PdfToTextExtractor(Limits).ExtractAsync(new SourceDocument("agenda.pdf", pack));

        Assert.Equal(2000, document.Text.Split('\f').Count(page => page.Contains("Line 1 of the appendix", StringComparison.Ordinal)));
        Assert.True(document.Text.Length <= Limits.MaxExtractedChars);
    }
}
