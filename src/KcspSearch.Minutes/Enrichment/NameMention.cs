namespace KcspSearch.Minutes.Enrichment;

/// <summary>One mention of a person, office or pronoun in a paragraph, and whether it is the one speaking.</summary>
/// <param name="Kind">Person, office or pronoun.</param>
/// <param name="Start">Offset of the mention in the text.</param>
/// <param name="Text">The mention as written, without its bracket ("Mr Peerbux").</param>
public sealed record NameMention(MentionKind Kind, int Start, string Text)
{
    /// <summary>The parsed name, for <see cref="MentionKind.Person"/>.</summary>
    public PersonName? Name { get; init; }

    /// <summary>The office id ("chairman", "vice-chairman", "partnership-member", "officer"), for <see cref="MentionKind.Office"/>.</summary>
    public string? OfficeId { get; init; }

    /// <summary>Text of the bracket right after the mention ("Head of Community Safety, Public Protection, KCC"), or null.</summary>
    public string? Bracket { get; init; }

    /// <summary>True when the mention is the subject of a reporting verb ("Mr Harper said"); false when thanked, welcomed or possessive.</summary>
    public bool IsSpeaker { get; init; }
}
