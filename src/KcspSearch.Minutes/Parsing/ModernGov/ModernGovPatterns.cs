using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Parsing.ModernGov;

/// <summary>The recurring shapes of ModernGov minutes text, shared by the HTML and the text parser.</summary>
internal static partial class ModernGovPatterns
{
    /// <summary>Non-breaking and other Unicode spaces become plain spaces, runs collapse, ends trimmed.</summary>
    public static string Clean(string text) => Whitespace().Replace(text.Replace("\u00AD", "").Replace("\u200B", ""), " ").Trim();

    /// <summary>Letters and digits only, lower case: for comparing a repeated heading with the item title.</summary>
    public static string Fold(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>A short heading-like line: no sentence punctuation at the end, not a list or resolution line.</summary>
    public static bool IsTitleLike(string text) =>
        text.Length is > 1 and <= 150
        && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
        && !".;:,!?".Contains(text[^1])
        && text.Count(c => c == ' ') < 20
        && !NumberedParagraph().IsMatch(text)
        && !ResolutionStart().IsMatch(text);

    /// <summary>Business every meeting transacts (introduction, apologies, previous minutes, dates of meetings...).</summary>
    /// <summary>
    /// Splits a document link's text from the icon, format and size ModernGov prints after it:
    /// "Notes of meeting held on 18 November 2021 pdf icon PDF 228 KB" → title, "PDF", "228 KB".
    /// </summary>
    public static (string Title, string? Format, string? Size) SplitDocumentSuffix(string text)
    {
        var match = DocumentSuffix().Match(text);
        return match.Success
            ? (match.Groups["title"].Value.Trim(), match.Groups["format"].Value.ToUpperInvariant(), Clean(match.Groups["size"].Value))
            : (text.Trim(), null, null);
    }

    /// <summary>True when the text ends with a document format and size ("pdf icon PDF 228 KB").</summary>
    public static bool HasDocumentSuffix(string text) => DocumentSuffix().Match(text) is { Success: true } m && m.Groups["title"].Length > 0;

    /// <summary>An additional document's name without ModernGov's ", item 52." tail.</summary>
    public static string WithoutItemReference(string name) => ItemReference().Replace(name, "").Trim();

    [GeneratedRegex(@"^(?<title>.*?)\s*(?:\b[a-z]+\s+icon\s*)?\b(?<format>PDF|DOCX?|XLSX?|PPTX?|RTF|ODT|ODS|CSV|TXT|HTML?|MP3|MP4|ZIP)\s+(?<size>\d+(?:[.,]\d+)?\s*(?:KB|MB|GB|bytes?))\s*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DocumentSuffix();

    [GeneratedRegex(@",\s*item\s+[\w.]+?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemReference();

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    // "1. text", "2) text", and Word's "1.Text" when the list gap was lost.
    [GeneratedRegex(@"^(?<number>\d{1,3})[.)](?:\s+|(?=[A-Z]))(?<text>\S.*)$", RegexOptions.Singleline)]
    public static partial Regex NumberedParagraph();

    // Sub-paragraphs and resolution parts: "(a) text", "(d)In response" (no gap), "b) Agree ...", "(iv) text".
    [GeneratedRegex(@"^\(?(?<sub>[a-z]|[ivx]{1,4})\)\s*(?<text>\S.*)$", RegexOptions.Singleline)]
    public static partial Regex SubParagraph();

    // "RESOLVED that ...", "It was RESOLVED ...", "Resolved that:", "AGREED that ..."; case matters, since
    // "resolved" and "agreed" also start ordinary sentences.
    [GeneratedRegex(@"^(?:It\s+was\s+)?(?:RESOLVED|Resolved|AGREED)\b")]
    public static partial Regex ResolutionStart();

    // A bullet of an agenda description such as the list of meeting dates ("- 14 July 2022").
    [GeneratedRegex(@"^[-–•·▪o]\s+\S")]
    public static partial Regex Bullet();

    // ModernGov cuts long minutes off with a link to the item page.
    [GeneratedRegex(@"(?:\.{2,}|…)\s*view the full minutes text for item\s*[\w.]*\.?", RegexOptions.IgnoreCase)]
    public static partial Regex TruncationNote();

    // The printed minutes' agenda code, repeated on ModernGov pages since 2024: "(Item B1)".
    [GeneratedRegex(@"^\(Item\s+(?<code>[A-Z]{1,2}\s?\d{1,2}[a-z]?)\)$")]
    public static partial Regex AgendaCodeLine();

    // A printed minute heading inside the web minutes: "62. Kent Community Safety Agreement ... (Item B1)".
    [GeneratedRegex(@"^(?<number>\d{1,4})\.\s+(?<title>.+?)(?:\s*\(Item\s+(?<code>[A-Z]{1,2}\s?\d{1,2}[a-z]?)\))?$")]
    public static partial Regex PrintedHeading();
}
