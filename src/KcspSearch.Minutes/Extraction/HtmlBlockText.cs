using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// The text of an HTML subtree as a browser lays it out: one string per block-level element, inline
/// elements (including Word's word-splitting spans) joined without added spaces, source line wraps
/// collapsed to one space, non-breaking spaces kept, <c>&lt;br&gt;</c> as a line break, image alt text
/// inline ("pdf icon"), scripts, styles and comments dropped.
/// </summary>
internal sealed class HtmlBlockText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "select", "button",
    };

    private readonly List<string> _blocks = [];
    private readonly StringBuilder _line = new();

    /// <summary>The number of an ordered-list entry, written before its first block ("3. ").</summary>
    private string? _listMarker;

    private HtmlBlockText() { }

    /// <summary>The blocks under <paramref name="root"/>, each trimmed, empty ones left out.</summary>
    public static IReadOnlyList<string> Of(INode root)
    {
        var walker = new HtmlBlockText();
        walker.Walk(root);
        walker.Flush();
        return walker._blocks;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(text.Data);
                    break;
                case IElement element:
                    Visit(element);
                    break;
            }
        }
    }

    private void Visit(IElement element)
    {
        var tag = element.LocalName;
        if (SkippedTags.Contains(tag))
            return;
        if (tag == "br")
        {
            _line.Append('\n');
            return;
        }
        if (tag == "img")
        {
            _line.Append(element.GetAttribute("alt"));
            return;
        }
        if (tag is "td" or "th")
        {
            // Cells of one row read as one line ("No. Item"); blocks inside a cell still break.
            AppendCollapsed(" ");
            Walk(element);
            AppendCollapsed(" ");
            return;
        }
        if (!BlockTags.Contains(tag))
        {
            Walk(element);
            return;
        }
        Flush();
        if (tag == "li" && element.ParentElement is IHtmlOrderedListElement list)
            _listMarker = $"{OrdinalInList(element, list)}. ";
        Walk(element);
        Flush();
        if (tag == "li")
            _listMarker = null;
    }

    private static int OrdinalInList(IElement item, IHtmlOrderedListElement list)
    {
        var position = list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != item).Count();
        return list.Start + position;
    }

    /// <summary>HTML whitespace (not the non-breaking space) collapses to one space.</summary>
    private void AppendCollapsed(string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                    _line.Append(' ');
            }
            else
            {
                _line.Append(c);
            }
        }
    }

    private void Flush()
    {
        var lines = _line.ToString().Split('\n').Select(l => l.Trim(' '));
        var block = string.Join('\n', lines).Trim('\n');
        if (block.Any(c => !char.IsWhiteSpace(c)))
        {
            _blocks.Add(_listMarker + block);
            _listMarker = null;
        }
        _line.Clear();
    }
}
