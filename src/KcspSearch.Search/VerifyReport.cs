namespace KcspSearch.Search;

/// <summary>Outcome of <see cref="SearchIndex.Verify"/>: empty <see cref="Problems"/> means the index is sound.</summary>
public sealed record VerifyReport(IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}
