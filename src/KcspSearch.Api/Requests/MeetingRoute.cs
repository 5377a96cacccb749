using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Requests;

/// <summary>The path of <c>GET /api/meetings/{id}</c>.</summary>
public sealed partial record MeetingRoute : IValidatedRequest
{
    [FromRoute(Name = "id")]
    [Description("Meeting id: committee slug and date, e.g. kcsp-2022-03-24 (see GET /api/meetings).")]
    public required string Id { get; init; }

    public void Validate(RequestErrors errors, FacetVocabulary vocabulary)
    {
        if (!MeetingId().IsMatch(Id))
            errors.Add("id", "A meeting id is lower-case letters, digits and hyphens: a committee slug and a date, e.g. kcsp-2022-03-24.");
    }

    // Lower-case letters, digits and hyphens, as MeetingIds.For writes them; anything else cannot exist.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex MeetingId();
}
