using System.Text;
using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// HTML pages (ModernGov meeting pages, saved minutes) → block-level text, one block per paragraph with a
/// blank line between, plus the decoded HTML source for parsers that work from the DOM. The charset comes
/// from a byte-order mark or a <c>&lt;meta&gt;</c> declaration; otherwise UTF-8, or Windows-1252 when
/// the bytes are not valid UTF-8.
/// </summary>
public sealed partial class HtmlExtractor : IMinutesExtractor
{
    /// <summary>How far the charset declaration is looked for, as the HTML standard's prescan does.</summary>
    private const int PrescanBytes = 1024;

    public DocumentType Handles => DocumentType.Html;

    public Task<ExtractedDocument> ExtractAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var html = Decode(source.Content);
        var document = HtmlDocuments.Parse(html);
        var text = string.Join("\n\n", HtmlBlockText.Of(document.DocumentElement));
        if (string.IsNullOrWhiteSpace(text))
            throw new MinutesException(MinutesError.Empty, $"{source.FileName}: the HTML page has no text.");
        return Task.FromResult(new ExtractedDocument(DocumentType.Html, text, html));
    }

    /// <summary>The page's bytes as a string, in the encoding the page declares or the one its bytes fit.</summary>
    internal static string Decode(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith(Encoding.Unicode.Preamble))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (Utf16Sniffer.Detect(bytes) is { } utf16)
            return Utf16Sniffer.Decode(utf16, bytes);

        var declared = DeclaredEncoding(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
            return declared.GetString(bytes);
        // Declared UTF-8 or undeclared: pages saved from Word often claim UTF-8 and are really Windows-1252.
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return LegacyEncoding.Windows1252.GetString(bytes);
        }
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var match = MetaCharset().Match(Encoding.ASCII.GetString(head));
        if (!match.Success)
            return null;
        var encoding = LegacyEncoding.FromLabel(match.Groups["charset"].Value);
        // A byte stream that declares UTF-16 in ASCII is not UTF-16; the standard reads it as UTF-8.
        return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
