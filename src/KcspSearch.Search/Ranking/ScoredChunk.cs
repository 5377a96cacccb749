namespace KcspSearch.Search.Ranking;

/// <summary>A matching chunk and its final score.</summary>
internal readonly record struct ScoredChunk(int RowId, double Score);
