using KcspSearch.Search;

namespace KcspSearch.Benchmarks.Corpora;

/// <summary>One query of the mix: its kind, the request, and the FTS5 expression a plain SQL engine would run for the same words (null for a browse).</summary>
public sealed record BenchmarkQuery(string Kind, SearchRequest Request, string? Fts)
{
    public override string ToString() => string.IsNullOrEmpty(Request.Q) ? $"{Kind}: (browse{Filters()})" : $"{Kind}: {Request.Q}{Filters()}";

    private string Filters() => string.Concat(Request.Topics.Select(t => $" +topic:{t}")
        .Concat(Request.Speakers.Select(s => $" +speaker:{s}"))
        .Concat(Request.Kinds.Select(k => $" +kind:{k}"))
        .Append(Request.From is { } f ? $" +from:{f:yyyy-MM-dd}" : "")
        .Append(Request.To is { } t ? $" +to:{t:yyyy-MM-dd}" : ""));
}
