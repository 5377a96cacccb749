namespace KcspSearch.Minutes;

/// <summary>Settings of the minutes pipeline (section <c>Kcsp</c> of the configuration).</summary>
public sealed class MinutesOptions
{
    /// <summary>Files larger than this are refused (default 50 MB).</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;
    /// <summary>The pdftotext executable (poppler-utils).</summary>
    public string PdfToTextPath { get; set; } = "pdftotext";
    public TimeSpan PdfToTextTimeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// The most text a PDF may yield (default 10 million characters, some 3,000 dense pages): a small file can
    /// hold thousands of pages, so the file limit alone does not bound the text. pdftotext is stopped beyond it.
    /// </summary>
    public int MaxExtractedChars { get; set; } = 10_000_000;
    /// <summary>Folder holding the committed config (topics.json, acronyms.json); defaults to <c>index-data</c>.</summary>
    public string ConfigDirectory { get; set; } = "index-data";
}
