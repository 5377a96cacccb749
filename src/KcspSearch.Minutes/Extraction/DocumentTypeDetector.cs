using System.IO.Compression;
using System.Text;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// Tells PDF, DOCX, HTML and plain text apart by their bytes: the PDF header, a ZIP package holding
/// <c>word/document.xml</c>, markup at the start, or clean decodable text. The file extension only
/// settles cases the content leaves open (an unreadable ZIP named .docx, loose markup named .html).
/// </summary>
public sealed class DocumentTypeDetector : IDocumentTypeDetector
{
    /// <summary>How far into the file the PDF header and the opening markup are looked for.</summary>
    private const int HeaderWindow = 1024;

    /// <summary>How much of the file is checked for binary noise when deciding it is text.</summary>
    private const int TextSample = 64 * 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly string[] MarkupStarts = ["<!doctype html", "<html", "<head", "<body", "<div", "<table"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".aspx"];

    public DocumentType Detect(SourceDocument source)
    {
        var content = source.Content;
        var extension = Path.GetExtension(source.FileName).ToLowerInvariant();

        if (content.AsSpan(0, Math.Min(content.Length, HeaderWindow)).IndexOf(PdfMagic) >= 0)
            return DocumentType.Pdf;
        if (content.AsSpan().StartsWith(ZipMagic))
            return DetectZip(content, extension);

        var text = DecodeSample(content);
        if (text is null)
            return DocumentType.Unknown;
        if (LooksLikeMarkup(text) || (HtmlExtensions.Contains(extension) && text.TrimStart().StartsWith('<')))
            return DocumentType.Html;
        return IsCleanText(text) ? DocumentType.Text : DocumentType.Unknown;
    }

    private static DocumentType DetectZip(byte[] content, string extension)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? DocumentType.Docx : DocumentType.Unknown;
        }
        catch (InvalidDataException)
        {
            // A damaged package named .docx goes to the DOCX extractor, which reports it as corrupt.
            return extension == ".docx" ? DocumentType.Docx : DocumentType.Unknown;
        }
    }

    /// <summary>The start of the file as text, honouring a BOM; null when it cannot be text at all.</summary>
    private static string? DecodeSample(byte[] content)
    {
        var sample = content.AsSpan(0, Math.Min(content.Length, TextSample));
        if (sample.StartsWith(Encoding.UTF8.Preamble))
            return DecodeStrictUtf8(sample[3..], truncated: content.Length > TextSample);
        if (sample.StartsWith(Encoding.Unicode.Preamble))
            return Encoding.Unicode.GetString(sample[2..]);
        if (sample.StartsWith(Encoding.BigEndianUnicode.Preamble))
            return Encoding.BigEndianUnicode.GetString(sample[2..]);
        // No BOM: UTF-8 if it decodes, else Windows-1252, the legacy encoding of Word-era English text.
        return DecodeStrictUtf8(sample, truncated: content.Length > TextSample) ?? LegacyEncoding.Windows1252.GetString(sample);
    }

    private static string? DecodeStrictUtf8(ReadOnlySpan<byte> bytes, bool truncated)
    {
        if (truncated)
            bytes = bytes[..WholeUtf8Prefix(bytes)];
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Length of the sample without a multi-byte sequence cut off at its end.</summary>
    private static int WholeUtf8Prefix(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) != 0x80)
                return (b & 0x80) == 0 ? end : end - back;
        }
        return end;
    }

    private static bool LooksLikeMarkup(string text)
    {
        var start = SkipPrologue(text.AsSpan(0, Math.Min(text.Length, HeaderWindow)));
        foreach (var tag in MarkupStarts)
        {
            if (start.StartsWith(tag, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Skips whitespace, an XML declaration and comments that may precede the first tag.</summary>
    private static ReadOnlySpan<char> SkipPrologue(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart();
            var close = text.StartsWith("<?") ? "?>" : text.StartsWith("<!--") ? "-->" : null;
            if (close is null)
                return text;
            var end = text.IndexOf(close);
            if (end < 0)
                return text;
            text = text[(end + close.Length)..];
        }
    }

    /// <summary>No NUL and almost no other control characters (tab, line breaks and form feeds are text).</summary>
    private static bool IsCleanText(string text)
    {
        var noise = 0;
        foreach (var c in text)
        {
            if (c == '\0')
                return false;
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD')
                noise++;
        }
        return noise * 1000 <= text.Length;
    }
}
