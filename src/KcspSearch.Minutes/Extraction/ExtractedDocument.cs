namespace KcspSearch.Minutes.Extraction;

/// <summary>The output of extraction: plain text, plus the HTML source for HTML pages (parsers that need the DOM use it).</summary>
/// <param name="Type">What the source was.</param>
/// <param name="Text">Plain text with line breaks (PDF: from <c>pdftotext -layout</c>, pages separated by form feeds).</param>
/// <param name="Html">The HTML source, when <paramref name="Type"/> is <see cref="DocumentType.Html"/>.</param>
public sealed record ExtractedDocument(DocumentType Type, string Text, string? Html = null)
{
    public string FileName { get; init; } = "";
}
