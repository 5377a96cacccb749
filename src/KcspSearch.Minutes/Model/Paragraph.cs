namespace KcspSearch.Minutes.Model;

/// <summary>A numbered paragraph ("2") or sub-paragraph ("2(a)") of an item's minutes.</summary>
/// <param name="Number">"1", "2", "2(a)"; "" for unnumbered text.</param>
/// <param name="Text">Clean text: no page breaks, footers or line-end hyphens.</param>
/// <param name="Speakers">Person ids of who spoke or reported in this paragraph.</param>
public sealed record Paragraph(string Number, string Text, IReadOnlyList<string> Speakers)
{
    /// <summary>True when the paragraph is (or carries) a resolution; its text is also in <see cref="Item.Resolutions"/>.</summary>
    public bool IsResolution { get; init; }
    /// <summary>URLs that belong to this paragraph (PDFs print them apart from the text).</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
}
