namespace KcspSearch.Minutes.Enrichment;

/// <summary>Regex fragments for people's names as minutes write them, shared by the name parser and the speaker detector.</summary>
internal static class NamePatterns
{
    /// <summary>Titles and ranks, longest first so "Chief Inspector" wins over "Inspector".</summary>
    public const string Title =
        @"(?:Detective\s+)?Chief\s+Superintendent|(?:Detective\s+)?Superintendent|(?:Detective\s+)?Chief\s+Inspector"
        + @"|(?:Detective\s+)?Inspector|(?:Assistant\s+|Deputy\s+)?Chief\s+Constable|Professor|Prof|Councillor|Cllr"
        + @"|Sergeant|Sgt|Reverend|Rev|Dame|Lady|Lord|Sir|Miss|Mrs|Ms|Mr|Mx|Dr|DCI|DCS|DSupt|Supt|DI|DS";

    /// <summary>A surname: "Hill", "McMullan", "O'Brien", "Barrington-King"; never a possessive ("Harper's").</summary>
    public const string Surname = @"(?:O['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}])";

    /// <summary>A given name: "Shafick", "Lara", "Mary-Jane".</summary>
    public const string GivenName = @"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";
}
