using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// Word documents → text laid out like printed minutes: one paragraph per line with a blank line
/// between, list paragraphs prefixed with their number ("1.  ", "(a)  "), so the printed-minutes parser
/// reads them as it reads pdftotext output. Packages whose main part inflates beyond a limit are
/// refused before they are parsed (zip bombs).
/// </summary>
public sealed class DocxExtractor(MinutesOptions options) : IMinutesExtractor
{
    private const long AbsoluteMaxPartBytes = 200L * 1024 * 1024;
    private const string MainPartPath = "word/document.xml";

    public DocumentType Handles => DocumentType.Docx;

    /// <summary>The largest uncompressed <c>word/document.xml</c> accepted: 20× the file limit, at most 200 MB.</summary>
    public long MaxPartBytes => Math.Min(20 * options.MaxDocumentBytes, AbsoluteMaxPartBytes);

    public Task<ExtractedDocument> ExtractAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            CheckInflatedSize(source);
            var text = ExtractText(source);
            if (string.IsNullOrWhiteSpace(text))
                throw new MinutesException(MinutesError.Empty, $"{source.FileName}: the Word document has no text.");
            return Task.FromResult(new ExtractedDocument(DocumentType.Docx, text));
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException
                                      or XmlException or IOException)
        {
            throw new MinutesException(MinutesError.CorruptDocument,
                $"{source.FileName}: the Word document is damaged and cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Measures the main part by inflating it into a counter, so a size forged in the ZIP directory
    /// cannot hide a bomb; stops as soon as the limit is passed.
    /// </summary>
    private void CheckInflatedSize(SourceDocument source)
    {
        using var zip = new ZipArchive(new MemoryStream(source.Content, writable: false), ZipArchiveMode.Read);
        var entry = zip.GetEntry(MainPartPath)
            ?? throw new MinutesException(MinutesError.CorruptDocument,
                $"{source.FileName}: not a Word document (the package has no {MainPartPath}).");
        if (entry.Length <= MaxPartBytes && InflatedLength(entry) <= MaxPartBytes)
            return;
        throw new MinutesException(MinutesError.CorruptDocument,
            $"{source.FileName}: {MainPartPath} inflates to more than {MaxPartBytes:N0} bytes from " +
            $"{source.Content.LongLength:N0} bytes on disk; refused as a compression bomb or a damaged file.");
    }

    private long InflatedLength(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total <= MaxPartBytes && (read = stream.Read(buffer)) > 0)
            total += read;
        return total;
    }

    private static string ExtractText(SourceDocument source)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(source.Content, writable: false), isEditable: false);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body
            ?? throw new MinutesException(MinutesError.CorruptDocument, $"{source.FileName}: the Word document has no body.");
        var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);

        var paragraphs = new List<string>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var label = numbering.Next(paragraph);
            var text = TextOf(paragraph).Trim();
            if (text.Length > 0)
                paragraphs.Add(label + text);
        }
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The paragraph's visible text; text boxes nested in it are left to their own paragraphs.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, text);
        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph:
                    break;
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }
}
