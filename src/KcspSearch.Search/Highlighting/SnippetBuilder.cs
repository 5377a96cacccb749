using System.Text;

namespace KcspSearch.Search.Highlighting;

/// <summary>
/// Turns text carrying FTS5 highlight markers into HTML: matches in <c>&lt;mark&gt;</c>, every other character
/// HTML-escaped here (document text is never passed through as markup).
/// </summary>
internal static class SnippetBuilder
{
    public const int SnippetLength = 280;
    private const int LeadBeforeMatch = 90;

    /// <summary>A window of about <see cref="SnippetLength"/> characters around the first match, with ellipses where cut.</summary>
    public static string Snippet(string marked)
    {
        var first = marked.IndexOf(Highlighter.MarkStart);
        var start = first <= LeadBeforeMatch ? 0 : WordStart(marked, first - LeadBeforeMatch);
        var end = Math.Min(marked.Length, start + SnippetLength);
        if (end < marked.Length) end = WordEnd(marked, end);
        var html = Html(marked, start, end);
        return (start > 0 ? "…" : "") + html + (end < marked.Length ? "…" : "");
    }

    private static string Html(string marked, int start, int end)
    {
        var sb = new StringBuilder(end - start + 32);
        var open = false;
        for (var i = start; i < end; i++)
        {
            switch (marked[i])
            {
                case Highlighter.MarkStart when !open: sb.Append("<mark>"); open = true; break;
                case Highlighter.MarkEnd when open: sb.Append("</mark>"); open = false; break;
                case Highlighter.MarkStart or Highlighter.MarkEnd: break;
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(marked[i]); break;
            }
        }
        if (open) sb.Append("</mark>");
        return sb.ToString().Trim();
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        var limit = Math.Min(text.Length, i + 30);
        while (i < limit && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
