using KcspSearch.Search;

namespace KcspSearch.Api.Requests;

/// <summary>The query string of <c>GET /api/decisions</c>: like search, always over resolutions, one hit each.</summary>
public sealed record DecisionParameters : FilterParameters
{
    /// <summary>The engine's request; call after validation.</summary>
    public SearchRequest ToSearchRequest() => new()
    {
        Q = Q,
        Topics = Values(Topic),
        Speakers = Values(Speaker),
        Committees = Values(Committee),
        From = From,
        To = To,
        Group = SearchGroup.Chunk,
        Sort = ParseSort(Sort) ?? SearchSort.Relevance,
        Page = EffectivePage,
        PageSize = EffectivePageSize,
    };
}
