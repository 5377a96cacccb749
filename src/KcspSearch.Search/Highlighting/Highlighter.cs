using System.Text;
using KcspSearch.Search.Matching;

namespace KcspSearch.Search.Highlighting;

/// <summary>
/// Marks the phrases of the query in a column's text as FTS5's highlight() does: each instance from its first
/// token's start to its last token's end, overlapping instances merged, the text between left as it is.
/// </summary>
internal static class Highlighter
{
    /// <summary>Markers around matches; control characters never survive into indexed text (see Words.Clean).</summary>
    public const char MarkStart = '\u0001';
    public const char MarkEnd = '\u0002';

    public static string Mark(PhraseFinder finder, string text, int column)
    {
        var tokens = finder.Tokens(text);
        var instances = finder.Instances(tokens, column);
        if (instances.Count == 0) return text;
        var sb = new StringBuilder(text.Length + instances.Count * 2);
        var copied = 0;
        var i = 0;
        while (i < instances.Count)
        {
            var first = instances[i].First;
            var last = instances[i].Last;
            for (i++; i < instances.Count && instances[i].First <= last; i++) last = Math.Max(last, instances[i].Last);
            sb.Append(text, copied, tokens[first].Start - copied).Append(MarkStart)
                .Append(text, tokens[first].Start, tokens[last].End - tokens[first].Start).Append(MarkEnd);
            copied = tokens[last].End;
        }
        return sb.Append(text, copied, text.Length - copied).ToString();
    }
}
