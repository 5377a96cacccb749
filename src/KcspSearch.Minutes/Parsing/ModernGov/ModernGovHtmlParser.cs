using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using static KcspSearch.Minutes.Parsing.ModernGov.ModernGovPatterns;

namespace KcspSearch.Minutes.Parsing.ModernGov;

/// <summary>
/// A ModernGov (Civica) "Agenda and minutes" meeting page, read from its DOM: the heading
/// (<c>h1.mgMainTitleTxt</c>, <c>h2.mgSubTitleTxt</c>), the venue, and one item per row of
/// <c>table.mgItemTable</c> with its web number, title, linked documents, agenda description and the
/// Word-HTML minutes under "Minutes:".
/// </summary>
public sealed partial class ModernGovHtmlParser : IMinutesParser
{
    public bool CanParse(ExtractedDocument document)
    {
        if (document.Html is null)
            return false;
        var page = Page.Load(document.Html);
        return page.Heading is not null
            && (page.ItemTables.Count > 0 || page.Heading.Cancelled)
            && (page.IsMinutesTitle || page.HasMinutesLabels);
    }

    public Meeting Parse(ExtractedDocument document)
    {
        if (document.Html is null)
            throw new MinutesException(MinutesError.NotMinutes, $"{document.FileName}: not an HTML page.");
        var page = Page.Load(document.Html);
        var heading = page.Heading
            ?? throw new MinutesException(MinutesError.NotMinutes,
                $"{document.FileName}: no ModernGov meeting heading (\"Committee - Thursday, 24th March, 2022 10.00 am\") found.");

        var items = ReadItems(page);
        if (items.Count == 0 && !heading.Cancelled)
            throw new MinutesException(MinutesError.NotMinutes, $"{document.FileName}: the ModernGov page lists no agenda items.");

        return new Meeting
        {
            Id = MeetingIds.For(heading.Committee, heading.Date),
            Committee = heading.Committee,
            Date = heading.Date,
            StartTime = heading.StartTime,
            Venue = ReadVenue(page.Root),
            Status = ModernGovHeading.StatusOf(page.Title, heading.Cancelled),
            Items = items,
            Format = SourceFormat.ModernGovHtml,
        };
    }

    private static List<Item> ReadItems(Page page)
    {
        var items = new List<Item>();
        var restrictedSection = false;
        foreach (var table in page.ItemTables)
        {
            foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
            {
                var cells = row.Children.Where(c => c.LocalName == "td").ToList();
                var numberCell = cells.FirstOrDefault(c => c.ClassList.Contains("mgItemNumberCell"))
                    ?? cells.SkipLast(1).FirstOrDefault(c => WebNumber().IsMatch(Clean(c.TextContent)));
                var contentCell = cells.FirstOrDefault(c => c != numberCell && c.QuerySelector("p.mgAiTitleTxt") is not null);
                if (contentCell is null)
                {
                    // A heading row such as "Exempt items": everything after it is withheld business.
                    restrictedSection |= ExemptMarker().IsMatch(row.TextContent);
                    continue;
                }
                var item = ReadItem(items.Count + 1, numberCell, contentCell, restrictedSection, page.HasMinutesLabels);
                items.Add(item);
                restrictedSection |= ExclusionOfPublic().IsMatch(item.Title);
            }
        }
        return items;
    }

    private static Item ReadItem(int ordinal, IElement? numberCell, IElement cell, bool restrictedSection, bool labelledMinutes)
    {
        var titleElement = cell.QuerySelector("p.mgAiTitleTxt")!;
        var (title, titleDocument) = ReadTitle(titleElement);
        var documents = titleDocument is null ? new List<LinkedDocument>() : [titleDocument];
        var description = new List<string>();
        var minutes = new List<string>();

        var section = Section.Description;
        foreach (var element in Landmarks(cell).Where(e => e != titleElement))
        {
            if (element.ClassList.Contains("mgSubItemTitleTxt"))
                section = SectionOf(Clean(element.TextContent));
            else if (element.LocalName == "ul")
                documents.AddRange(element.QuerySelectorAll("li").Select(ReadDocument).OfType<LinkedDocument>());
            else if (element.ClassList.Contains("mgWordPara"))
                (IsMinutes(element, section, labelledMinutes) ? minutes : description).AddRange(HtmlBlockText.Of(element));
        }

        var body = MinutesBody.Parse(MinutesBody.Segment(minutes), title);
        var descriptionText = string.Join("\n", MinutesBody.Segment(description));
        return new Item
        {
            Ordinal = ordinal,
            MinuteNumber = numberCell is null ? null : NullIfEmpty(Clean(numberCell.TextContent).TrimEnd('.')),
            AgendaCode = body.AgendaCode,
            Title = title,
            Restricted = restrictedSection || ExemptTitle().IsMatch(title),
            Procedural = ProceduralItemClassifier.IsProcedural(title),
            Description = NullIfEmpty(descriptionText),
            Paragraphs = body.Paragraphs,
            Resolutions = body.Resolutions,
            Documents = documents,
            Truncated = body.Truncated || TruncationNote().IsMatch(cell.TextContent),
        };
    }

    /// <summary>The title without "pdf icon PDF 228 KB", and the report it links to, if any.</summary>
    private static (string Title, LinkedDocument? Document) ReadTitle(IElement titleElement)
    {
        var (text, format, size) = SplitDocumentSuffix(Clean(titleElement.TextContent));
        var link = titleElement.QuerySelector("a[href]");
        var title = link is not null && Clean(link.TextContent) is { Length: > 0 } linkText ? SplitDocumentSuffix(linkText).Title : text;
        var document = link is not null || format is not null
            ? new LinkedDocument(title, SafeUrl(link?.GetAttribute("href")), format, size)
            : null;
        return (title, document);
    }

    /// <summary>An "Additional documents:" entry; null for notes such as "There are a further 3 documents".</summary>
    private static LinkedDocument? ReadDocument(IElement entry)
    {
        var (text, format, size) = SplitDocumentSuffix(Clean(entry.TextContent));
        if (FurtherDocumentsNote().IsMatch(text) || text.Length == 0)
            return null;
        var link = entry.QuerySelector("a[href]");
        var name = link is not null && Clean(link.TextContent) is { Length: > 0 } linkText ? SplitDocumentSuffix(linkText).Title : text;
        return new LinkedDocument(WithoutItemReference(name), SafeUrl(link?.GetAttribute("href")), format, size);
    }

    /// <summary>
    /// A link's target when it is a web address (http, https or relative); null for javascript:, data: and other
    /// schemes a page could smuggle in. Browsers ignore tabs, line breaks and leading controls in a URL, so this does too.
    /// </summary>
    private static string? SafeUrl(string? href)
    {
        if (href is null) return null;
        var url = new string(href.Where(c => !char.IsControl(c)).ToArray()).Trim();
        var scheme = url.IndexOf(':');
        if (scheme < 0 || url.IndexOfAny(['/', '?', '#']) is >= 0 and var path && path < scheme) return url.Length == 0 ? null : url;
        return url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            ? url : null;
    }

    /// <summary>The item cell's title, labels, document lists and Word paragraphs, in document order.</summary>
    private static IEnumerable<IElement> Landmarks(IElement container)
    {
        foreach (var child in container.Children)
        {
            if (child.Matches("p.mgAiTitleTxt, p.mgSubItemTitleTxt, ul.mgBulletList, div.mgWordPara"))
            {
                yield return child;
                continue;
            }
            foreach (var nested in Landmarks(child))
                yield return nested;
        }
    }

    private static Section SectionOf(string label) =>
        label.StartsWith("Minutes", StringComparison.OrdinalIgnoreCase) ? Section.Minutes
        : label.StartsWith("Additional documents", StringComparison.OrdinalIgnoreCase) ? Section.Documents
        : Section.Other;

    /// <summary>
    /// Under a "Minutes:" label a Word block is minutes, before it agenda text. A page without any labels
    /// gets them decided by content: numbered paragraphs or a resolution make minutes.
    /// </summary>
    private static bool IsMinutes(IElement wordPara, Section section, bool labelledMinutes)
    {
        if (labelledMinutes)
            return section == Section.Minutes;
        return MinutesBody.Segment(HtmlBlockText.Of(wordPara))
            .Any(b => NumberedParagraph().IsMatch(b) || ResolutionStart().IsMatch(b));
    }

    private static string? ReadVenue(IElement root)
    {
        var label = root.QuerySelectorAll("span.mgLabel").FirstOrDefault(s => VenueLabel().IsMatch(Clean(s.TextContent)));
        var holder = label?.ParentElement
            ?? root.QuerySelectorAll("p").FirstOrDefault(p => VenueLabel().IsMatch(Clean(p.TextContent)));
        if (holder is null)
            return null;
        var text = holder.TextContent;
        foreach (var link in holder.QuerySelectorAll("a").Where(a => a.TextContent.Contains("directions", StringComparison.OrdinalIgnoreCase)))
            text = text.Replace(link.TextContent, "");
        return NullIfEmpty(Clean(VenueLabel().Replace(Clean(text), "")));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // "51.", "1a", "D4": the web number in a cell before the title.
    [GeneratedRegex(@"^[A-Z]?\d{1,4}[a-z]?\.?$")]
    private static partial Regex WebNumber();

    [GeneratedRegex(@"^Venue\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLabel();

    [GeneratedRegex(@"\b(?:exempt|restricted|confidential|private|part\s+(?:2|ii|two)|press\s+and\s+public\s+excluded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptMarker();

    [GeneratedRegex(@"^(?:Exempt|Restricted|Confidential)\b|\((?:Exempt|Restricted|Confidential)\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptTitle();

    [GeneratedRegex(@"\bexclusion\s+of\s+(?:the\s+)?press\b|\bexclude\s+the\s+press\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExclusionOfPublic();

    [GeneratedRegex(@"^There\s+(?:are|is)\s+a\s+further\s+\d+\s+documents?", RegexOptions.IgnoreCase)]
    private static partial Regex FurtherDocumentsNote();

    private enum Section { Description, Minutes, Documents, Other }

    /// <summary>The parts of the page the parser reads, found once.</summary>
    private sealed record Page(IElement Root, string Title, ModernGovHeading? Heading, IReadOnlyList<IElement> ItemTables, bool HasMinutesLabels)
    {
        public bool IsMinutesTitle => ModernGovHeading.IsMinutesTitle(Title);

        public static Page Load(string html)
        {
            var document = HtmlDocuments.Parse(html);
            var root = document.QuerySelector("#modgov") ?? document.Body ?? document.DocumentElement;
            var title = root.QuerySelector("h1.mgMainTitleTxt") ?? root.QuerySelector("h1");
            var heading = root.QuerySelectorAll("h2.mgSubTitleTxt, h2")
                .Select(h => ModernGovHeading.TryParse(h.TextContent))
                .FirstOrDefault(h => h is not null);
            var labels = root.QuerySelectorAll("p.mgSubItemTitleTxt")
                .Any(p => Clean(p.TextContent).StartsWith("Minutes", StringComparison.OrdinalIgnoreCase));
            return new Page(root, Clean(title?.TextContent ?? ""), heading, root.QuerySelectorAll("table.mgItemTable").ToList(), labels);
        }
    }
}
