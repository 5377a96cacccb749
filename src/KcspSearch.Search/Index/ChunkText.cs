namespace KcspSearch.Search.Index;

/// <summary>A chunk's full-text columns (in <see cref="IndexSchema.Columns"/> order) and its links (JSON).</summary>
internal readonly record struct ChunkText(string Text, string? LeadIn, string? Title, string? Speakers, string? Links)
{
    public string? Column(int column) => column switch
    {
        0 => Text,
        1 => LeadIn,
        2 => Title,
        3 => Speakers,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}
