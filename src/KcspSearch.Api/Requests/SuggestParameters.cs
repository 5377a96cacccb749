using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace KcspSearch.Api.Requests;

/// <summary>The query string of <c>GET /api/suggest</c>.</summary>
public sealed record SuggestParameters : IValidatedRequest
{
    public const int MaxPrefixLength = 100;
    public const int MaxLimit = 25;
    public const int DefaultLimit = 10;

    [FromQuery(Name = "prefix")]
    [Description("What the user has typed so far, e.g. dom or Peer (at least one letter or digit).")]
    public string? Prefix { get; init; }

    [FromQuery(Name = "limit")]
    [Description("How many suggestions, 1 to 25.")]
    [DefaultValue(DefaultLimit)]
    public int? Limit { get; init; }

    public int EffectiveLimit => Limit ?? DefaultLimit;

    public void Validate(RequestErrors errors, FacetVocabulary vocabulary)
    {
        if (string.IsNullOrWhiteSpace(Prefix) || !Prefix.Any(char.IsLetterOrDigit))
            errors.Add("prefix", "prefix is required: give the first letters typed, e.g. prefix=dom.");
        else if (Prefix.Length > MaxPrefixLength)
            errors.Add("prefix", $"prefix is {Prefix.Length} characters long; shorten it to at most {MaxPrefixLength}.");
        if (Limit is < 1 or > MaxLimit)
            errors.Add("limit", $"limit must be between 1 and {MaxLimit} (got {Limit}).");
    }
}
