using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Requests;

/// <summary>The path of <c>GET /api/items/{meetingId}/{ordinal}</c>; the id holds a slash, sent plain or as %2F.</summary>
public sealed partial record ItemRoute : IValidatedRequest
{
    [FromRoute(Name = "id")]
    [Description("Item id: meeting id and the item's ordinal, e.g. kcsp-2022-03-24/8 (the itemId of a search hit).")]
    public required string Id { get; init; }

    /// <summary>The id with an encoded slash decoded.</summary>
    public string ItemId => Id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).Trim('/');

    public void Validate(RequestErrors errors, FacetVocabulary vocabulary)
    {
        if (!ItemIdPattern().IsMatch(ItemId))
            errors.Add("id", "An item id is a meeting id, a slash and the item's ordinal, e.g. kcsp-2022-03-24/8.");
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,79}/\d{1,4}$")]
    private static partial Regex ItemIdPattern();
}
