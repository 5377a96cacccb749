namespace KcspSearch.Search;

/// <summary>The result of indexing one document.</summary>
/// <param name="Chunks">Chunks now in the index for the document (for <see cref="IndexOutcome.Unchanged"/>, those already there).</param>
public sealed record IndexResult(IndexOutcome Outcome, string MeetingId, int Chunks);
