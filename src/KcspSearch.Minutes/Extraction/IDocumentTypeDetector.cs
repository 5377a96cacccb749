namespace KcspSearch.Minutes.Extraction;

/// <summary>Tells a file's type from its content (magic bytes, markup), using the extension only as a tie-breaker.</summary>
public interface IDocumentTypeDetector
{
    DocumentType Detect(SourceDocument source);
}
