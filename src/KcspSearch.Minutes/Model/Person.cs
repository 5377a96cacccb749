namespace KcspSearch.Minutes.Model;

/// <summary>One identity: a person ("peerbux" = Shafick Peerbux = Mr S Peerbux) or an office ("chairman").</summary>
/// <param name="PersonId">Lower-case surname slug ("peerbux", "barrington-king"), or an office id ("chairman", "vice-chairman", "partnership-member").</param>
/// <param name="Name">The fullest name seen ("Shafick Peerbux", "Mr M Hill", "The Chairman").</param>
/// <param name="Role">Role as last stated, e.g. "Head of Community Safety".</param>
/// <param name="Organisation">e.g. "KCC", "Kent Police".</param>
public sealed record Person(string PersonId, string Name, string? Role = null, string? Organisation = null)
{
    /// <summary>True for offices and groups that speak unnamed ("The Chairman", "A Partnership Member").</summary>
    public bool IsOffice { get; init; }
}
