namespace KcspSearch.Minutes.Model;

/// <summary>A report or enclosure linked from an item, e.g. "PDF 228 KB".</summary>
public sealed record LinkedDocument(string Title, string? Url, string? Format, string? Size);
