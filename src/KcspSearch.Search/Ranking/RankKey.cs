namespace KcspSearch.Search.Ranking;

/// <summary>
/// Where a hit sorts: by <see cref="First"/> then <see cref="Second"/> (both higher first), then document order.
/// Relevance: score, then meeting date (newest first); date order: meeting date, then score.
/// </summary>
internal readonly record struct RankKey(double First, double Second, int Row)
{
    public bool Before(in RankKey other) =>
        First != other.First ? First > other.First : Second != other.Second ? Second > other.Second : Row < other.Row;
}
