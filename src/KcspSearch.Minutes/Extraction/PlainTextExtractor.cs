using System.Text;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// Decodes a text file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one, valid UTF-8 is read as
/// UTF-8 and anything else as Windows-1252, the usual encoding of text saved on council PCs. Line endings become "\n".
/// </summary>
public sealed class PlainTextExtractor : IMinutesExtractor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlainTextExtractor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public DocumentType Handles => DocumentType.Text;

    public Task<ExtractedDocument> ExtractAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = NormaliseLineEndings(Decode(source.Content));
        if (string.IsNullOrWhiteSpace(text))
            throw new MinutesException(MinutesError.Empty, $"{source.FileName}: the file contains no text.");
        return Task.FromResult(new ExtractedDocument(DocumentType.Text, text) { FileName = source.FileName });
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    // Not string.ReplaceLineEndings: it also turns form feeds into newlines, and they mark page breaks.
    private static string NormaliseLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
