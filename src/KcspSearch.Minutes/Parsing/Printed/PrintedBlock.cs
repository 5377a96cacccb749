namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>One logical block of printed minutes: a heading or a whole paragraph, its lines joined into one.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Marker">Number, letter, code or label without punctuation ("237", "2", "a", "A1", "PRESENT"); "" for text.</param>
/// <param name="Label">The marker as printed ("237.", "(a)", "a)", "(Item A1)", "PRESENT:"); "" for text.</param>
/// <param name="Text">What follows the marker, on one line with single spaces.</param>
public sealed record PrintedBlock(PrintedBlockKind Kind, string Marker, string Label, string Text)
{
    /// <summary>URLs printed on a line of their own right after this block (PDFs put them at the page foot).</summary>
    public IReadOnlyList<string> StrayLinks { get; init; } = [];
}
