namespace KcspSearch.Minutes.Extraction;

/// <summary>A minutes file as it arrived: its name (for messages and hints) and its bytes.</summary>
public sealed record SourceDocument(string FileName, byte[] Content)
{
    public static SourceDocument FromFile(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
