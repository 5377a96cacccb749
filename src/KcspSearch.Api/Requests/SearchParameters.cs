using System.ComponentModel;
using KcspSearch.Search;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Requests;

/// <summary>The query string of <c>GET /api/search</c>.</summary>
public sealed record SearchParameters : FilterParameters
{
    [FromQuery(Name = "kind")]
    [Description("Chunk kinds: discussion, resolution, procedural or attendance. Repeat for several (any of them matches).")]
    public string[]? Kind { get; init; }

    [FromQuery(Name = "group")]
    [Description("item (one hit per agenda item with its best passages, the default) or chunk (one hit per paragraph or resolution).")]
    [DefaultValue("item")]
    public string? Group { get; init; }

    public override void Validate(RequestErrors errors, FacetVocabulary vocabulary)
    {
        base.Validate(errors, vocabulary);
        ValidateValues(errors, "kind", Kind);
        foreach (var kind in Values(Kind))
            if (!FacetVocabulary.Kinds.Contains(kind.ToLowerInvariant()))
                errors.Add("kind", $"Unknown kind '{Clip(kind)}'; use one of: {string.Join(", ", FacetVocabulary.Kinds)}.");
        if (Group is not null && ParseGroup(Group) is null)
            errors.Add("group", $"Unknown group '{Clip(Group)}'; use item or chunk.");
    }

    /// <summary>The engine's request; call after validation.</summary>
    public SearchRequest ToSearchRequest() => new()
    {
        Q = Q,
        Topics = Values(Topic),
        Speakers = Values(Speaker),
        Kinds = Values(Kind).Select(k => k.ToLowerInvariant()).ToArray(),
        Committees = Values(Committee),
        From = From,
        To = To,
        Group = ParseGroup(Group) ?? SearchGroup.Item,
        Sort = ParseSort(Sort) ?? SearchSort.Relevance,
        Page = EffectivePage,
        PageSize = EffectivePageSize,
    };

    private static SearchGroup? ParseGroup(string? group) => group?.Trim().ToLowerInvariant() switch
    {
        null or "" or "item" => SearchGroup.Item,
        "chunk" => SearchGroup.Chunk,
        _ => null,
    };
}
