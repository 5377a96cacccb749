namespace KcspSearch.Search;

/// <summary>What became of one <see cref="IndexWrite"/>: its result, or the error that kept the document out of the index.</summary>
public sealed record IndexWriteResult(IndexResult? Result, Exception? Error);
