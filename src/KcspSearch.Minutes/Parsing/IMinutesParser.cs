using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Parsing;

/// <summary>
/// Extracted text (or DOM) → a <see cref="Meeting"/> with items, numbered paragraphs, resolutions and attendees.
/// Speakers, topics and chunks are left empty: enrichment and chunking fill them.
/// </summary>
public interface IMinutesParser
{
    /// <summary>True when this parser recognises the document's layout.</summary>
    bool CanParse(ExtractedDocument document);

    /// <summary>Parses the whole document or throws <see cref="MinutesException"/>; never returns half a meeting.</summary>
    Meeting Parse(ExtractedDocument document);
}
