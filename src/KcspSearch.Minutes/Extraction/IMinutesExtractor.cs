namespace KcspSearch.Minutes.Extraction;

/// <summary>Bytes → text for one document type. Throws <see cref="MinutesException"/> on bad input.</summary>
public interface IMinutesExtractor
{
    DocumentType Handles { get; }
    Task<ExtractedDocument> ExtractAsync(SourceDocument source, CancellationToken cancellationToken = default);
}
