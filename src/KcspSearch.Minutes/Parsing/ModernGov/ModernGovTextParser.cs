using System.Text.RegularExpressions;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using static KcspSearch.Minutes.Parsing.ModernGov.ModernGovPatterns;

namespace KcspSearch.Minutes.Parsing.ModernGov;

/// <summary>
/// The text rendering of a ModernGov meeting page (copied from a browser or saved as text). Item
/// numbers, "Minutes:" labels and most document links are usually gone, so items start at title lines:
/// a line ending "pdf icon PDF 228 KB", or a short heading-like line followed by numbered paragraphs, a
/// resolution or the next title. Bullets between a title and the minutes are the agenda description.
/// Item numbers ("51.") and labels are used when the rendering kept them.
/// HTML pages go to <see cref="ModernGovHtmlParser"/>, which reads the same page from its DOM.
/// </summary>
public sealed partial class ModernGovTextParser : IMinutesParser
{
    /// <summary>The page heading comes after at most the site's navigation; further down it would be quoted text.</summary>
    private const int HeaderLines = 60;

    /// <summary>Venue, contact lines and the "No. Item" table header follow the date line closely.</summary>
    private const int HeaderFields = 8;

    /// <summary>How far a title line looks ahead: agenda descriptions and runs of empty items are short, and a bound keeps the scan linear.</summary>
    private const int MaxLookAhead = 20;

    // The heading is looked for in the first HeaderLines blocks only, so only those are read.
    public bool CanParse(ExtractedDocument document) =>
        document.Type != DocumentType.Html && Header.Read(MinutesBody.SegmentLazily([Normalise(document.Text)]).Take(HeaderLines).ToList()) is not null;

    public Meeting Parse(ExtractedDocument document)
    {
        var blocks = Blocks(document.Text);
        var header = Header.Read(blocks)
            ?? throw new MinutesException(MinutesError.NotMinutes,
                $"{document.FileName}: no ModernGov heading (\"Agenda and minutes\", \"Committee - Thursday, 24th March, 2022 10.00 am\") found.");
        var items = ReadItems(blocks.Skip(header.BodyStart).ToList());
        if (items.Count == 0 && !header.Heading.Cancelled)
            throw new MinutesException(MinutesError.NotMinutes, $"{document.FileName}: no agenda items found after the meeting heading.");

        return new Meeting
        {
            Id = MeetingIds.For(header.Heading.Committee, header.Heading.Date),
            Committee = header.Heading.Committee,
            Date = header.Heading.Date,
            StartTime = header.Heading.StartTime,
            Venue = header.Venue,
            Status = ModernGovHeading.StatusOf(header.Title, header.Heading.Cancelled),
            Items = items,
            Format = SourceFormat.ModernGovText,
        };
    }

    /// <summary>The text's paragraphs: runs of lines between blank lines, split where a line opens a new one.</summary>
    private static List<string> Blocks(string text) => MinutesBody.Segment([Normalise(text)]).ToList();

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n');

    private static List<Item> ReadItems(List<string> blocks)
    {
        var drafts = new List<ItemDraft>();
        var inDocumentList = false;
        string? webNumber = null;
        var end = EndOfItems(blocks);
        for (var i = 0; i < end; i++)
        {
            var block = blocks[i];
            var kind = KindOf(block);
            if (kind == Kind.WebNumber && i + 1 < blocks.Count && OpensItem(blocks, i + 1))
            {
                webNumber = block.TrimEnd('.');
                continue;
            }
            if (kind == Kind.MinutesLabel || kind == Kind.DocumentsLabel)
            {
                inDocumentList = kind == Kind.DocumentsLabel;
                drafts.LastOrDefault()?.Labelled(kind);
                continue;
            }
            if (inDocumentList && drafts.Count > 0 && (kind == Kind.DocumentTitle || ItemReference().IsMatch(block)))
            {
                drafts[^1].Documents.Add(DocumentFrom(block, stripItemReference: true));
                continue;
            }
            inDocumentList = false;

            if (OpensItem(blocks, i))
            {
                drafts.Add(new ItemDraft(block, webNumber, kind == Kind.DocumentTitle ? DocumentFrom(block, stripItemReference: false) : null));
                webNumber = null;
            }
            else
            {
                drafts.LastOrDefault()?.Blocks.Add(block);
            }
        }
        return drafts.Select((draft, index) => draft.ToItem(index + 1)).ToList();
    }

    private static bool OpensItem(List<string> blocks, int index) =>
        KindOf(blocks[index]) is var kind && (kind == Kind.DocumentTitle || (kind == Kind.Other && IsTitleAt(blocks, index)));

    /// <summary>Heading-like lines after the last minutes are the site's footer, not items without minutes.</summary>
    private static int EndOfItems(List<string> blocks)
    {
        var end = blocks.Count;
        while (end > 0 && KindOf(blocks[end - 1]) == Kind.Other && IsTitleLike(blocks[end - 1]))
            end--;
        return end;
    }

    /// <summary>
    /// A heading-like line opens an item when what follows (past any description bullets) is minutes or
    /// another item: numbered paragraphs, a resolution, a label, a document title or item number, a
    /// heading that itself opens an item (an "Introduction" with no minutes), or agenda text up to "Minutes:".
    /// </summary>
    private static bool IsTitleAt(List<string> blocks, int index)
    {
        for (var i = index; i < Math.Min(blocks.Count, index + MaxLookAhead) && IsTitleLike(blocks[i]) && KindOf(blocks[i]) == Kind.Other; i++)
        {
            var next = i + 1;
            while (next < blocks.Count && KindOf(blocks[next]) == Kind.Bullet)
                next++;
            if (next == blocks.Count)
                return false;
            switch (KindOf(blocks[next]))
            {
                case Kind.Numbered or Kind.Resolution or Kind.DocumentTitle or Kind.WebNumber or Kind.MinutesLabel or Kind.DocumentsLabel:
                    return true;
                case Kind.Other when next == i + 1 && IsTitleLike(blocks[next]):
                    continue;
                case Kind.Other:
                    return DescriptionThenMinutesLabel(blocks, next);
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>True when a few blocks of agenda text from <paramref name="start"/> lead up to a "Minutes:" label.</summary>
    private static bool DescriptionThenMinutesLabel(List<string> blocks, int start)
    {
        var end = start;
        var limit = Math.Min(blocks.Count, start + MaxLookAhead);
        while (end < limit && KindOf(blocks[end]) is Kind.Other or Kind.Bullet)
            end++;
        return end < blocks.Count && KindOf(blocks[end]) == Kind.MinutesLabel;
    }

    private static Kind KindOf(string block) =>
        LabelLine().Match(block) is { Success: true } label
            ? label.Groups["documents"].Success ? Kind.DocumentsLabel : Kind.MinutesLabel
        : NumberedParagraph().IsMatch(block) ? Kind.Numbered
        : ResolutionStart().IsMatch(block) ? Kind.Resolution
        : Bullet().IsMatch(block) ? Kind.Bullet
        : SubParagraph().IsMatch(block) ? Kind.Part
        : HasDocumentSuffix(block) ? Kind.DocumentTitle
        : WebNumberLine().IsMatch(block) ? Kind.WebNumber
        : Kind.Other;

    private static LinkedDocument DocumentFrom(string block, bool stripItemReference)
    {
        var (title, format, size) = SplitDocumentSuffix(block);
        return new LinkedDocument(stripItemReference ? WithoutItemReference(title) : title, null, format, size);
    }

    [GeneratedRegex(@"^(?:Minutes|(?<documents>Additional documents|Supporting documents))\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@",\s*item\s+[\w.]+?\.?(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemReference();

    // "51." on its own line: the item number of a rendering that kept the number column.
    [GeneratedRegex(@"^[A-Z]?\d{1,4}[a-z]?\.$")]
    private static partial Regex WebNumberLine();

    private enum Kind { Other, DocumentTitle, WebNumber, Numbered, Resolution, Part, Bullet, MinutesLabel, DocumentsLabel }

    /// <summary>An item as it is collected: its title line, documents and the blocks under it.</summary>
    private sealed class ItemDraft(string titleLine, string? webNumber, LinkedDocument? titleDocument)
    {
        private int? _minutesLabelAt;

        public List<LinkedDocument> Documents { get; } = titleDocument is null ? [] : [titleDocument];
        public List<string> Blocks { get; } = [];

        public void Labelled(Kind label)
        {
            if (label == Kind.MinutesLabel)
                _minutesLabelAt ??= Blocks.Count;
        }

        /// <summary>Before a "Minutes:" label everything is description; without one, the leading bullets are.</summary>
        public Item ToItem(int ordinal)
        {
            var title = SplitDocumentSuffix(titleLine).Title;
            var descriptionLength = _minutesLabelAt ?? Blocks.TakeWhile(b => KindOf(b) == Kind.Bullet).Count();
            var body = MinutesBody.Parse(Blocks.Skip(descriptionLength).ToList(), title);
            return new Item
            {
                Ordinal = ordinal,
                MinuteNumber = webNumber,
                AgendaCode = body.AgendaCode,
                Title = title,
                Procedural = ProceduralItemClassifier.IsProcedural(title),
                Description = descriptionLength > 0 ? string.Join("\n", Blocks.Take(descriptionLength)) : null,
                Paragraphs = body.Paragraphs,
                Resolutions = body.Resolutions,
                Documents = Documents,
                Truncated = body.Truncated,
            };
        }
    }

    /// <summary>"Agenda and draft minutes", the committee-and-date line, "Venue:", "Contact:", "No. Item".</summary>
    private sealed partial record Header(string Title, ModernGovHeading Heading, string? Venue, int BodyStart)
    {
        public static Header? Read(List<string> blocks)
        {
            var limit = Math.Min(blocks.Count, HeaderLines);
            var titleAt = blocks.FindIndex(0, limit, ModernGovHeading.IsMinutesTitle);
            if (titleAt < 0)
                return null;
            for (var i = titleAt + 1; i < limit; i++)
            {
                if (ModernGovHeading.TryParse(blocks[i]) is ModernGovHeading heading)
                    return ReadRest(blocks, blocks[titleAt], heading, i + 1);
            }
            return null;
        }

        private static Header ReadRest(List<string> blocks, string title, ModernGovHeading heading, int next)
        {
            string? venue = null;
            var bodyStart = next;
            for (var i = next; i < Math.Min(blocks.Count, next + HeaderFields); i++)
            {
                if (VenueLine().Match(blocks[i]) is { Success: true } match)
                {
                    venue = match.Groups["venue"].Value.Trim() is { Length: > 0 } named ? named : null;
                    bodyStart = i + 1;
                }
                else if (ContactLine().IsMatch(blocks[i]))
                {
                    bodyStart = i + 1;
                }
                else if (TableHeader().IsMatch(blocks[i]))
                {
                    return new Header(title, heading, venue, i + 1);
                }
            }
            return new Header(title, heading, venue, bodyStart);
        }

        [GeneratedRegex(@"^Venue\s*:\s*(?<venue>.*?)(?:\s*View directions)?$", RegexOptions.IgnoreCase)]
        private static partial Regex VenueLine();

        [GeneratedRegex(@"^(?:Contact|E-?mail|Tel|Telephone|Phone)\s*:", RegexOptions.IgnoreCase)]
        private static partial Regex ContactLine();

        [GeneratedRegex(@"^No\.?\s+Item$", RegexOptions.IgnoreCase)]
        private static partial Regex TableHeader();
    }
}
