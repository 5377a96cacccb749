using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// A page's HTML parsed once: the extractor's DOM is reused by the parsers, which only read it. Kept per source
/// string (by reference) for as long as that string lives, so an extracted document carries no DOM of its own.
/// </summary>
internal static class HtmlDocuments
{
    private static readonly ConditionalWeakTable<string, IHtmlDocument> Parsed = new();

    public static IHtmlDocument Parse(string html) => Parsed.GetValue(html, source => new HtmlParser().ParseDocument(source));
}
