namespace KcspSearch.Minutes.Model;

/// <summary>One agenda item / minute of a meeting.</summary>
public sealed record Item
{
    /// <summary>1-based position in the document.</summary>
    public required int Ordinal { get; init; }
    /// <summary>Printed minute number ("239") or ModernGov web number ("58", "1a"); null when absent.</summary>
    public string? MinuteNumber { get; init; }
    /// <summary>Agenda code such as "B1" ("(Item B1)"); null when absent.</summary>
    public string? AgendaCode { get; init; }
    public required string Title { get; init; }
    /// <summary>True for items in an exempt / restricted section: never served without the API key.</summary>
    public bool Restricted { get; init; }
    /// <summary>Procedural business (introduction, previous minutes, dates of meetings...).</summary>
    public bool Procedural { get; init; }
    /// <summary>Agenda text that is not minutes (e.g. a ModernGov item description).</summary>
    public string? Description { get; init; }
    /// <summary>True when the source shows only the start of the minutes (ModernGov's "...view the full minutes text for item N.").</summary>
    public bool Truncated { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Person ids of everyone who speaks in the item, in order of first appearance.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    /// <summary>Every resolution, whole (a multi-part a) b) c) resolution is one string).</summary>
    public IReadOnlyList<string> Resolutions { get; init; } = [];
    /// <summary>Documents linked to the item ("PDF 228 KB"): metadata, not minutes text.</summary>
    public IReadOnlyList<LinkedDocument> Documents { get; init; } = [];
    public IReadOnlyList<Chunk> Chunks { get; init; } = [];
}
