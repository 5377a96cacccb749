using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Chunking;

/// <summary>Sub-paragraphs ("2(a)") and the parent paragraph that introduces them ("2. Mr Harper responded as follows:").</summary>
internal static partial class LeadIns
{
    /// <summary>Parent texts up to this length count as lead-ins even without a closing "as follows:".</summary>
    public const int ShortParentLength = 200;

    /// <summary>The parent of a sub-paragraph ("2" for "2(a)", "2(a)" for "2(a)(i)"), among the paragraphs before it.</summary>
    public static Paragraph? ParentOf(Paragraph paragraph, IEnumerable<Paragraph> before)
    {
        var m = SubParagraph().Match(paragraph.Number);
        return m.Success ? before.LastOrDefault(p => p.Number == m.Groups["parent"].Value) : null;
    }

    /// <summary>True when the text introduces a list: "... responded to comments and questions as follows:".</summary>
    public static bool EndsAsFollows(string text) => AsFollows().IsMatch(text);

    [GeneratedRegex(@"^(?<parent>.+)\([^()]+\)$")]
    private static partial Regex SubParagraph();

    [GeneratedRegex(@"(?:as\s+follows|the\s+following)\s*[:.]?\s*$|:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsFollows();
}
