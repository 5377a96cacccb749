using System.Text;

namespace KcspSearch.Minutes.Extraction;

/// <summary>Code-page encodings that .NET only provides through <see cref="CodePagesEncodingProvider"/>.</summary>
internal static class LegacyEncoding
{
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>An encoding by its WHATWG label ("utf-8", "iso-8859-1", "windows-1252"...), or null if unknown.</summary>
    public static Encoding? FromLabel(string label)
    {
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // HTML treats the Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding Standard).
        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252")
            return Windows1252;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
