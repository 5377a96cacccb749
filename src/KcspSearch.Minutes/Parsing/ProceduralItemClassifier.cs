using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Parsing;

/// <summary>
/// Tells procedural business from substantive items by title: "Introduction", "Apologies and Substitutes",
/// "Declarations of Interest", "Notes of (the) meeting held on …", "Date(s) of (next) meeting(s)", "Any other business".
/// </summary>
public static partial class ProceduralItemClassifier
{
    public static bool IsProcedural(string title)
    {
        var text = Numbering().Replace(title, "").Trim();
        if (OpenEnded().IsMatch(text)) return true;
        // Short titles must be procedural through and through: "Introduction and Apologies" is, "Introduction to the VRU" is not.
        var parts = Joiners().Split(text).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => Exact().IsMatch(p));
    }

    // "1.", "A1 -", "12a)" before a title.
    [GeneratedRegex(@"^\s*(?:[A-Z]?\d+[a-z]?\s*[.):\-–]?\s+)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s+(?:and|&)\s+|\s*[/,;]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joiners();

    [GeneratedRegex(@"^(?:(?:Notes|Minutes)\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meetings?\b"
        + @"|Dates?\s+of\s+(?:the\s+)?(?:next\s+|future\s+)?meetings?\b|(?:Future\s+)?meeting\s+dates\b"
        + @"|Declarations?\s+of\s+(?:Members['’]?\s+|Officers['’]?\s+)?(?:interests?|pecuniary)\b"
        + @"|(?:Motion\s+to\s+)?exclu(?:de|sion\s+of)\s+(?:the\s+)?(?:press|public)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"^(?:Introductions?|Welcome|Chair(?:man)?['’]s\s+(?:welcome|introduction|announcements?)"
        + @"|Apologies(?:\s+for\s+absence)?|Substitutes|Substitutions|Membership|Any\s+other\s+business|AOB|Urgent\s+business"
        + @"|Minutes|Notes)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Exact();
}
