namespace KcspSearch.Search;

/// <summary>Where an indexed meeting came from.</summary>
/// <param name="Key">Stable document key, e.g. the file name or its path relative to the inbox; re-indexing the same key replaces the document.</param>
/// <param name="ContentHash">Hash of the file's bytes; an unchanged hash is skipped.</param>
/// <param name="FileName">Original file name, for display.</param>
public sealed record SourceInfo(string Key, string ContentHash, string? FileName = null);
