using System.Text;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Extraction;

public class DocumentTypeDetectorTests
{
    private readonly DocumentTypeDetector _detector = new();

    private DocumentType Detect(string name, byte[] content) => _detector.Detect(new SourceDocument(name, content));

    [SharedTheory]
    [InlineData("fixtures/kcsp-2019-10-08.pdf", DocumentType.Pdf)]
    [InlineData("fixtures/kcsp-2022-03-24.html", DocumentType.Html)]
    [InlineData("fixtures/kcsp-2019-10-08.print.html", DocumentType.Html)]
    [InlineData("seeds/kcsp-2022-03-24.moderngov.txt", DocumentType.Text)]
    [InlineData("seeds/kcsp-2019-10-08.pdf-extract.txt", DocumentType.Text)]
    public void Detect_RealMinutes_ByContent(string file, DocumentType expected)
    {
        var content = File.ReadAllBytes(SharedFiles.Path(file));

        // The name says nothing: the content alone decides.
        Assert.Equal(expected, Detect("upload.bin", content));
    }

    [SharedFact]
    public void Detect_PdfAfterLeadingJunk_IsPdf()
    {
        var pdf = File.ReadAllBytes(SharedFiles.Fixture("kcsp-2019-10-08.pdf"));
        byte[] junk = [0xEF, 0xBB, 0xBF, .. "\r\n  \t"u8, .. "HTTP/1.1 200 OK\r\n\r\n"u8, 0x00, 0x01];

        Assert.Equal(DocumentType.Pdf, Detect("minutes", [.. junk, .. pdf]));
    }

    [Fact]
    public void Detect_PdfHeaderBeyondTheFirstKilobyte_IsNotPdf()
    {
        var late = Encoding.ASCII.GetBytes(new string('x', 1100) + "%PDF-1.7\n");

        Assert.Equal(DocumentType.Text, Detect("minutes.pdf", late));
    }

    [Fact]
    public void Detect_WordPackage_IsDocx()
    {
        var docx = new DocxBuilder().Text("RESOLVED that the report be noted.").Build();

        Assert.Equal(DocumentType.Docx, Detect("minutes.zip", docx));
    }

    [Theory]
    [InlineData("archive.zip")]
    [InlineData("minutes.docx")]
    public void Detect_ZipThatIsNotWord_IsUnknown(string name)
    {
        var zip = DocxExtractorTests.Zip(("minutes.txt", "RESOLVED that the report be noted."));

        Assert.Equal(DocumentType.Unknown, Detect(name, zip));
    }

    [Theory]
    [InlineData("minutes.docx", DocumentType.Docx)]
    [InlineData("minutes.zip", DocumentType.Unknown)]
    public void Detect_DamagedZip_FollowsTheExtension(string name, DocumentType expected)
    {
        byte[] damaged = [0x50, 0x4B, 0x03, 0x04, .. new byte[200]];

        Assert.Equal(expected, Detect(name, damaged));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Minutes</p></body></html>")]
    [InlineData("\uFEFF  <html lang=\"en\"><p>Minutes</p></html>")]
    [InlineData("<!-- saved from url=(0042) -->\n<HTML><BODY>Minutes</BODY></HTML>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>")]
    [InlineData("\n\n<div id=\"modgov\"><table class=\"mgItemTable\"></table></div>")]
    [InlineData("<table><tr><td>51.</td></tr></table>")]
    public void Detect_Markup_IsHtmlWhateverTheName(string markup)
    {
        Assert.Equal(DocumentType.Html, Detect("minutes.txt", Encoding.UTF8.GetBytes(markup)));
    }

    [Fact]
    public void Detect_LooseMarkupNamedHtml_IsHtml()
    {
        Assert.Equal(DocumentType.Html, Detect("minutes.htm", "<p>RESOLVED that the report be noted.</p>"u8.ToArray()));
        Assert.Equal(DocumentType.Text, Detect("minutes.txt", "<p>RESOLVED that the report be noted.</p>"u8.ToArray()));
    }

    [Fact]
    public void Detect_Windows1252Text_IsText()
    {
        // ’ and – as Windows-1252 bytes 0x92 and 0x96: not valid UTF-8, still text.
        byte[] text = [.. "The Commissioner"u8, 0x92, .. "s Chief Executive "u8, 0x96, .. " Kent.\r\n\fPage 2\r\n"u8];

        Assert.Equal(DocumentType.Text, Detect("minutes.txt", text));
    }

    [Fact]
    public void Detect_Utf16TextWithBom_IsText()
    {
        var text = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("RESOLVED that the report be noted.\r\n")).ToArray();

        Assert.Equal(DocumentType.Text, Detect("minutes.txt", text));
    }

    [Fact]
    public void Detect_BinaryNamedTxt_IsUnknown()
    {
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);

        Assert.Equal(DocumentType.Unknown, Detect("minutes.txt", binary));
    }

    [Fact]
    public void Detect_TextWithNul_IsUnknown()
    {
        Assert.Equal(DocumentType.Unknown, Detect("minutes.txt", "RESOLVED that\0 the report be noted."u8.ToArray()));
    }
}
