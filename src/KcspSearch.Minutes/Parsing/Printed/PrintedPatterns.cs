using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>The line shapes of printed KCC minutes, shared by the cleaner and the parser.</summary>
internal static partial class PrintedPatterns
{
    // "237. Introduction", also with the code on the same line: "237. Introduction (Item A1)".
    [GeneratedRegex(@"^(?<n>\d{1,4})\.\s*(?<title>[^\d\s].*?)(?:\s*\(Item\s+(?<code>[A-Z]{1,2}\d{1,3}[a-z]?)\))?$")]
    public static partial Regex MinuteHeading();

    [GeneratedRegex(@"^\(Item\s+(?<code>[A-Z]{1,2}\d{1,3}[a-z]?)\)$")]
    public static partial Regex AgendaCode();

    // The same, anywhere in a document (recognising printed minutes).
    [GeneratedRegex(@"^[ \t]*\(Item\s+[A-Z]{1,2}\d{1,3}[a-z]?\)[ \t]*$", RegexOptions.Multiline)]
    public static partial Regex AgendaCodeLine();

    // "3. It was ...", "1." alone (hanging indent); never "233.1".
    [GeneratedRegex(@"^(?<n>\d{1,2})\.(?!\d)\s*(?<text>.*)$")]
    public static partial Regex NumberedParagraph();

    // "(a) In", "(d)In" (no gap), "a) notes" (parts of a resolution).
    [GeneratedRegex(@"^(?:\((?<l>[a-z])\)\s*|(?<l>[a-z])\)(?:\s+|$))(?<text>.*)$")]
    public static partial Regex SubParagraph();

    [GeneratedRegex(@"^(?:It\s+was\s+)?(?:RESOLVED|Resolved)\b")]
    public static partial Regex ResolutionStart();

    // RESOLVED in capitals anywhere, or a paragraph opening "Resolved".
    [GeneratedRegex(@"\bRESOLVED\b|^(?:It\s+was\s+)?Resolved\b")]
    public static partial Regex Resolved();

    [GeneratedRegex(@"^(?:NOTES|MINUTES|Notes|Minutes)\s+of\s+(?:a|the)\s+(?:meeting|Meeting|MEETING)\s+of\s+")]
    public static partial Regex MeetingSentenceStart();

    [GeneratedRegex(@"^[ \t]*(?:NOTES|MINUTES|Notes|Minutes)\s+of\s+(?:a|the)\s+(?:meeting|Meeting|MEETING)\s+of\s+", RegexOptions.Multiline)]
    public static partial Regex MeetingSentenceLine();

    [GeneratedRegex(@"^(?<label>PRESENT|ALSO PRESENT|IN ATTENDANCE|OFFICERS|APOLOGIES)\s*:\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex AttendanceLabel();

    [GeneratedRegex(@"^(?:UNRESTRICTED|EXEMPT|RESTRICTED|CONFIDENTIAL|OPEN)\s+ITEMS$|^\(Open Access to Minutes\)$", RegexOptions.IgnoreCase)]
    public static partial Regex SectionHeading();

    // A whole line in capitals, two words or more: "KENT COUNTY COUNCIL".
    [GeneratedRegex(@"^(?=.*\p{Lu}{2})(?=.*\s)[^\p{Ll}]+$")]
    public static partial Regex CapitalsLine();

    // Footers: "3", "Page 3", "Page 3 of 10".
    [GeneratedRegex(@"^(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", RegexOptions.IgnoreCase)]
    public static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    public static partial Regex UrlLine();

    // A line that ends a sentence (or a lead-in colon), possibly behind a closing quote or bracket.
    [GeneratedRegex(@"[.!?:;][""'”’)]*$")]
    public static partial Regex SentenceEnd();

    // Runs of spaces, tabs and no-break spaces (not line or page breaks).
    [GeneratedRegex(@"[^\S\n\f]+")]
    public static partial Regex Whitespace();

    // Where a sentence begins: after ". " (with optional closing quote or bracket).
    [GeneratedRegex(@"[.!?][""'”’)]*\s+")]
    public static partial Regex SentenceBreak();

    // The resolution that shuts the public out before exempt business.
    [GeneratedRegex(@"\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public)\s+(?:be|were|are)\s+excluded\b|\bexclu(?:de|sion\s+of)\s+(?:the\s+)?(?:press|public)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PublicExcluded();

    // A paragraph that points at a URL printed elsewhere.
    [GeneratedRegex(@"\bclick(?:ing)?\s+here\b|\blinks?\s+(?:below|above)\b|\bfollowing\s+link\b", RegexOptions.IgnoreCase)]
    public static partial Regex LinkReference();
}
