using System.Text;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Extraction;

public class HtmlExtractorTests
{
    private readonly HtmlExtractor _extractor = new();

    private Task<ExtractedDocument> ExtractAsync(byte[] html) => _extractor.ExtractAsync(new SourceDocument("page.html", html));

    [SharedFact]
    public async Task Extract_ModernGovFixture_GivesEverySeedLineAsABlockInOrder()
    {
        // The seed is the page's text rendering: each of its lines is the text of one block of the page.
        var seedLines = File.ReadAllLines(SharedFiles.Seed("kcsp-2022-03-24.moderngov.txt")).Where(l => l.Trim().Length > 0).ToList();

        var extracted = await ExtractAsync(File.ReadAllBytes(SharedFiles.Fixture("kcsp-2022-03-24.html")));
        var blocks = extracted.Text.Split('\n').Where(l => l.Length > 0).ToList();

        Assert.Equal(DocumentType.Html, extracted.Type);
        Assert.NotNull(extracted.Html);
        var next = 0;
        foreach (var line in seedLines)
        {
            var found = blocks.IndexOf(line.TrimEnd(' '), next);
            Assert.True(found >= 0, $"seed line not found in order: {line}");
            next = found + 1;
        }
    }

    [Fact]
    public async Task Extract_ScriptsStylesAndComments_AreLeftOut()
    {
        var extracted = await ExtractAsync("""
            <html><head><title>Agenda</title><style>p { color: red }</style></head>
            <body><script>var minutes = "secret";</script><!-- a comment -->
            <p>1. Mr Powell gave an update.</p><noscript>Enable scripts</noscript>
            <div>RESOLVED that the update be noted.</div></body></html>
            """u8.ToArray());

        Assert.Equal("1. Mr Powell gave an update.\n\nRESOLVED that the update be noted.", extracted.Text);
    }

    [Fact]
    public async Task Extract_BreaksAndLists_BecomeLines()
    {
        var extracted = await ExtractAsync(
            "<body><p>The funding for 2022/23.<br><br>RESOLVED that the update be noted.</p><ol start=\"3\"><li>Third</li><li><p>Fourth</p></li></ol></body>"u8.ToArray());

        Assert.Equal("The funding for 2022/23.\n\nRESOLVED that the update be noted.\n\n3. Third\n\n4. Fourth", extracted.Text);
    }

    [Fact]
    public async Task Extract_DeclaredWindows1252_DecodesSmartQuotes()
    {
        byte[] html = [.. "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Kent"u8, 0x92, .. "s Vision Zero</p></body></html>"u8];

        var extracted = await ExtractAsync(html);

        Assert.Equal("Kent\u2019s Vision Zero", extracted.Text);
    }

    [Fact]
    public async Task Extract_DeclaredLatin1_IsReadAsWindows1252()
    {
        byte[] html = [.. "<meta charset=\"iso-8859-1\"><p>"u8, 0x93, .. "Substantial"u8, 0x94, .. " threat</p>"u8];

        Assert.Equal("\u201CSubstantial\u201D threat", (await ExtractAsync(html)).Text);
    }

    [Fact]
    public async Task Extract_UndeclaredInvalidUtf8_FallsBackToWindows1252()
    {
        byte[] html = [.. "<p>Commissioner"u8, 0x92, .. "s Chief Executive</p>"u8];

        Assert.Equal("Commissioner\u2019s Chief Executive", (await ExtractAsync(html)).Text);
    }

    [Fact]
    public async Task Extract_Utf8WithBom_DecodesAndDropsTheBom()
    {
        var html = Encoding.UTF8.GetPreamble().Concat("<p>Kent’s Vision Zero – 2023</p>"u8.ToArray()).ToArray();

        var extracted = await ExtractAsync(html);

        Assert.Equal("Kent’s Vision Zero – 2023", extracted.Text);
        Assert.DoesNotContain('\uFEFF', extracted.Html!);
    }

    [Fact]
    public async Task Extract_PageWithoutText_IsEmpty()
    {
        var error = await Assert.ThrowsAsync<MinutesException>(() => ExtractAsync("<html><body><script>x()</script></body></html>"u8.ToArray()));

        Assert.Equal(MinutesError.Empty, error.Error);
        Assert.StartsWith("page.html:", error.Message);
    }
}
