using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Requests;

/// <summary>Query text, filters and paging shared by <c>/api/search</c> and <c>/api/decisions</c>.</summary>
public record FilterParameters : IValidatedRequest
{
    public const int MaxQueryLength = 500;
    public const int MaxFilterValues = 20;
    public const int MaxFilterLength = 100;
    public const int MaxPageSize = 100;
    /// <summary>Deep paging is for crawlers, not people; the cap keeps every page cheap.</summary>
    public const int MaxResultWindow = 10_000;
    public const int DefaultPageSize = 10;

    [FromQuery(Name = "q")]
    [Description("What to look for. Words are matched stemmed and acronyms expanded (DHR = Domestic Homicide Review); " +
                 "\"quoted phrases\", OR, -exclusions, prefix* and field:value (title:, speaker:, topic:) are understood. Empty browses everything.")]
    public string? Q { get; init; }

    [FromQuery(Name = "topic")]
    [Description("Topic ids from GET /api/topics, e.g. DHR or PREVENT. Repeat for several (any of them matches).")]
    public string[]? Topic { get; init; }

    [FromQuery(Name = "speaker")]
    [Description("Person ids from GET /api/speakers (e.g. peerbux) or surnames. Repeat for several (any of them matches).")]
    public string[]? Speaker { get; init; }

    [FromQuery(Name = "committee")]
    [Description("Committee names or slugs, e.g. kcsp. Repeat for several (any of them matches).")]
    public string[]? Committee { get; init; }

    [FromQuery(Name = "from")]
    [Description("Only meetings on or after this ISO date (yyyy-MM-dd), e.g. 2021-01-01.")]
    public DateOnly? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Only meetings on or before this ISO date (yyyy-MM-dd), e.g. 2022-12-31.")]
    public DateOnly? To { get; init; }

    [FromQuery(Name = "sort")]
    [Description("relevance (best match first, the default) or date (newest meeting first).")]
    [DefaultValue("relevance")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number.")]
    [DefaultValue(1)]
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Hits per page, 1 to 100.")]
    [DefaultValue(DefaultPageSize)]
    public int? PageSize { get; init; }

    public virtual void Validate(RequestErrors errors, FacetVocabulary vocabulary)
    {
        if (Q is { Length: > MaxQueryLength })
            errors.Add("q", $"q is {Q.Length} characters long; shorten it to at most {MaxQueryLength}.");
        else if (Q is not null && HasControlCharacters(Q))
            errors.Add("q", "q contains control characters; remove them.");

        ValidateValues(errors, "topic", Topic);
        foreach (var topic in Topic ?? [])
            if (!string.IsNullOrWhiteSpace(topic) && !vocabulary.Topics.Contains(topic.Trim()))
                errors.Add("topic", $"Unknown topic '{Clip(topic)}'; use one of: {string.Join(", ", vocabulary.Topics)} (see GET /api/topics).");
        ValidateValues(errors, "speaker", Speaker);
        ValidateValues(errors, "committee", Committee);

        if (From is { } from && To is { } to && from > to)
            errors.Add("from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}); swap them or widen the range.");

        if (Sort is not null && ParseSort(Sort) is null)
            errors.Add("sort", $"Unknown sort '{Clip(Sort)}'; use relevance or date.");

        if (Page is < 1)
            errors.Add("page", $"page must be 1 or more (got {Page}).");
        if (PageSize is < 1 or > MaxPageSize)
            errors.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize} (got {PageSize}).");
        else if (Page is > 0 && (long)Page.Value * EffectivePageSize > MaxResultWindow)
            errors.Add("page", $"page {Page} is beyond the first {MaxResultWindow:N0} results; narrow the search with filters instead of paging further.");
    }

    protected int EffectivePage => Page ?? 1;

    protected int EffectivePageSize => PageSize ?? DefaultPageSize;

    protected static IReadOnlyList<string> Values(string[]? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray();

    internal static Search.SearchSort? ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => Search.SearchSort.Relevance,
        "date" => Search.SearchSort.Date,
        _ => null,
    };

    protected static void ValidateValues(RequestErrors errors, string parameter, string[]? values)
    {
        if (values is null) return;
        if (values.Length > MaxFilterValues)
            errors.Add(parameter, $"{values.Length} values of {parameter}; give at most {MaxFilterValues}.");
        foreach (var value in values)
        {
            if (value.Length > MaxFilterLength)
                errors.Add(parameter, $"A {parameter} value is {value.Length} characters long; shorten it to at most {MaxFilterLength}.");
            else if (HasControlCharacters(value))
                errors.Add(parameter, $"A {parameter} value contains control characters; remove them.");
        }
    }

    /// <summary>Echoes user input back in a message without letting it flood the response.</summary>
    protected static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static bool HasControlCharacters(string value) =>
        value.AsSpan().ContainsAnyInRange('\u0000', '\u0008') || value.AsSpan().ContainsAnyInRange('\u000E', '\u001F')
        || value.Contains('\u007F');
}
