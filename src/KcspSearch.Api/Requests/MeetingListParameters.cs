using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Requests;

/// <summary>The query string of <c>GET /api/meetings</c>.</summary>
public sealed record MeetingListParameters : IValidatedRequest
{
    [FromQuery(Name = "committee")]
    [Description("Only this committee, by name or slug, e.g. kcsp.")]
    public string? Committee { get; init; }

    [FromQuery(Name = "from")]
    [Description("Only meetings on or after this ISO date (yyyy-MM-dd).")]
    public DateOnly? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Only meetings on or before this ISO date (yyyy-MM-dd).")]
    public DateOnly? To { get; init; }

    public void Validate(RequestErrors errors, FacetVocabulary vocabulary)
    {
        if (Committee is { Length: > FilterParameters.MaxFilterLength })
            errors.Add("committee", $"committee is {Committee.Length} characters long; shorten it to at most {FilterParameters.MaxFilterLength}.");
        if (From is { } from && To is { } to && from > to)
            errors.Add("from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}); swap them or widen the range.");
    }
}
