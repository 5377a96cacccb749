namespace KcspSearch.Minutes.Extraction;

/// <summary>What a file is, detected from its content (the extension is only a hint).</summary>
public enum DocumentType { Unknown, Pdf, Html, Docx, Text }
