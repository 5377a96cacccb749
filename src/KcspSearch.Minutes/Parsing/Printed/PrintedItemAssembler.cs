using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>
/// Builds items from cleaned blocks in document order: minute headings open items, paragraphs and
/// sub-paragraphs are numbered ("2", "2(a)", "" when unnumbered), RESOLVED paragraphs become resolutions
/// (with their a), b), c) parts), section headings and the exclusion of the public mark later items restricted,
/// and URLs printed apart are given to the paragraph that refers to them.
/// </summary>
internal sealed partial class PrintedItemAssembler
{
    private readonly List<ItemDraft> items = [];
    private readonly List<ParagraphDraft> paragraphs = [];
    private readonly List<(string Url, int After)> strayLinks = [];
    private bool restricted;
    private string parentNumber = "";

    public void Add(PrintedBlock block)
    {
        switch (block.Kind)
        {
            case PrintedBlockKind.MinuteHeading:
                items.Add(new ItemDraft(items.Count + 1, block.Marker, block.Text.TrimEnd('.', ' '), restricted));
                parentNumber = "";
                break;
            case PrintedBlockKind.AgendaCode when items.Count > 0:
                items[^1].AgendaCode ??= block.Marker;
                break;
            case PrintedBlockKind.Heading:
                restricted = SectionRestriction(block.Text) ?? restricted;
                break;
            case PrintedBlockKind.Paragraph:
                AddParagraph(block.Marker, block.Text);
                parentNumber = block.Marker;
                break;
            case PrintedBlockKind.SubParagraph:
                AddSubParagraph(block);
                break;
            case PrintedBlockKind.Text:
                AddParagraph("", block.Text);
                parentNumber = "";
                break;
        }
        foreach (var url in block.StrayLinks) strayLinks.Add((url, paragraphs.Count - 1));
    }

    public IReadOnlyList<Item> Build()
    {
        PlaceStrayLinks();
        return [.. items.Select(item => item.Build())];
    }

    /// <summary>True after "EXEMPT ITEMS", false after "UNRESTRICTED ITEMS", null for other headings.</summary>
    private static bool? SectionRestriction(string heading)
    {
        if (UnrestrictedSection().IsMatch(heading)) return false;
        if (RestrictedSection().IsMatch(heading)) return true;
        return null;
    }

    private void AddParagraph(string number, string text)
    {
        if (items.Count == 0) return;
        var paragraph = new ParagraphDraft(number, text);
        items[^1].Paragraphs.Add(paragraph);
        paragraphs.Add(paragraph);
        NoteExclusion(paragraph);
    }

    private void AddSubParagraph(PrintedBlock block)
    {
        if (items.Count == 0) return;
        // "RESOLVED that the Kent Community Safety Partnership" + a), b), c): one resolution.
        if (items[^1].Paragraphs is [.., { IsResolution: true } resolution])
        {
            resolution.Text += $" {block.Label} {block.Text}";
            NoteExclusion(resolution);
            return;
        }
        AddParagraph($"{parentNumber}({block.Marker})", block.Text);
    }

    // The resolution excluding press and public comes just before the exempt items.
    private void NoteExclusion(ParagraphDraft paragraph)
    {
        if (paragraph.IsResolution && PrintedPatterns.PublicExcluded().IsMatch(paragraph.Text)) restricted = true;
    }

    /// <summary>A URL goes to the nearest paragraph at or before it that says "click here" and still lacks its link, else to the one it follows.</summary>
    private void PlaceStrayLinks()
    {
        foreach (var (url, after) in strayLinks)
        {
            var target = Enumerable.Range(0, after + 1).Reverse()
                .Select(i => paragraphs[i])
                .FirstOrDefault(p => PrintedPatterns.LinkReference().Count(p.Text) > p.Links.Count)
                ?? (after >= 0 ? paragraphs[after] : paragraphs.FirstOrDefault());
            target?.Links.Add(url);
        }
    }

    [GeneratedRegex(@"\bUNRESTRICTED\b|^OPEN\s+ITEMS$", RegexOptions.IgnoreCase)]
    private static partial Regex UnrestrictedSection();

    [GeneratedRegex(@"\b(?:EXEMPT|RESTRICTED|CONFIDENTIAL)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestrictedSection();


    private sealed class ItemDraft(int ordinal, string minuteNumber, string title, bool restricted)
    {
        public string? AgendaCode { get; set; }
        public List<ParagraphDraft> Paragraphs { get; } = [];

        public Item Build() => new()
        {
            Ordinal = ordinal,
            MinuteNumber = minuteNumber,
            AgendaCode = AgendaCode,
            Title = title,
            Restricted = restricted,
            Procedural = ProceduralItemClassifier.IsProcedural(title),
            Paragraphs = [.. Paragraphs.Select(p => p.Build())],
            Resolutions = [.. Paragraphs.Where(p => p.IsResolution).Select(p => p.ResolutionText)],
        };
    }

    private sealed class ParagraphDraft(string number, string text)
    {
        public string Text { get; set; } = text;
        public List<string> Links { get; } = [];
        public bool IsResolution => PrintedPatterns.Resolved().IsMatch(Text);

        /// <summary>The paragraph from the start of the sentence that says RESOLVED.</summary>
        public string ResolutionText
        {
            get
            {
                var resolved = PrintedPatterns.Resolved().Match(Text).Index;
                var start = PrintedPatterns.SentenceBreak().Matches(Text[..resolved]).LastOrDefault() is { } m ? m.Index + m.Length : 0;
                return Text[start..];
            }
        }

        public Paragraph Build() => new(number, Text, []) { IsResolution = IsResolution, Links = [.. Links] };
    }
}
