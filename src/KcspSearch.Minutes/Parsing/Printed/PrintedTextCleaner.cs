using System.Text;
using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Parsing.Printed;

/// <summary>
/// Turns the text of printed minutes (from <c>pdftotext -layout</c>, plain <c>pdftotext</c> or another extractor)
/// into logical blocks: page breaks, footers and lone page numbers go; lines of a paragraph are joined across
/// blank lines (hanging indents), indents and page breaks; a line-end hyphen before a lower-case word joins
/// without a space ("multi-" + "agency"); runs of spaces become one; URLs printed alone at a page foot are
/// taken out of the text and kept as <see cref="PrintedBlock.StrayLinks"/>. Quotes and dashes are kept as printed.
/// </summary>
/// <remarks>
/// A block starts only at a marker (minute heading, agenda code, paragraph number or letter, RESOLVED, a
/// capitals heading), so blank lines, which some extractors drop and others scatter, are only a hint: they
/// separate unnumbered paragraphs when one sentence ends and the next starts on the same page.
/// </remarks>
public static class PrintedTextCleaner
{
    public static IReadOnlyList<PrintedBlock> Clean(string text)
    {
        var lines = SplitLines(text);
        RemovePageNumbers(lines);
        return new BlockReader(lines).Read();
    }

    private static List<SourceLine> SplitLines(string text)
    {
        var lines = new List<SourceLine>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var pages = raw.Split('\f');
            for (var p = 0; p < pages.Length; p++)
            {
                if (p > 0) lines.Add(SourceLine.PageBreak);
                var content = PrintedPatterns.Whitespace().Replace(pages[p], " ").Trim();
                if (content.Length > 0 || pages.Length == 1) lines.Add(new SourceLine(LineKind.Text, content));
            }
        }
        return lines;
    }

    /// <summary>A number alone between blank lines is a page footer (or header); it marks a page break.</summary>
    private static void RemovePageNumbers(List<SourceLine> lines)
    {
        bool IsGap(int i) => i < 0 || i >= lines.Count || lines[i].IsBlankOrBreak;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlankOrBreak && PrintedPatterns.PageNumber().IsMatch(lines[i].Text) && IsGap(i - 1) && IsGap(i + 1))
                lines[i] = SourceLine.PageBreak;
        }
    }

    private enum LineKind { Text, PageBreak }

    private readonly record struct SourceLine(LineKind Kind, string Text)
    {
        public static SourceLine PageBreak => new(LineKind.PageBreak, "");
        public bool IsBlankOrBreak => Kind == LineKind.PageBreak || Text.Length == 0;
    }

    private sealed record BlockStart(PrintedBlockKind Kind, string Marker, string Label, string Text, string? InlineCode = null);

    /// <summary>Reads lines in order, keeping track of where the minutes are (front matter, numbering so far).</summary>
    private sealed class BlockReader(List<SourceLine> lines)
    {
        private readonly List<PrintedBlock> blocks = [];
        private readonly List<string> orphanLinks = [];
        private BlockBuilder? current;
        private bool inFrontMatter = true;
        private int lastParagraph;
        private char? lastLetter;
        private int blankLines;
        private bool pageBreak;

        public IReadOnlyList<PrintedBlock> Read()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Kind == LineKind.PageBreak) pageBreak = true;
                else if (line.Text.Length == 0) blankLines++;
                else if (IsStrayLink(line.Text)) KeepLink(line.Text);
                else
                {
                    Take(i, line.Text);
                    blankLines = 0;
                    pageBreak = false;
                }
            }
            Flush();
            return blocks;
        }

        private void Take(int index, string text)
        {
            var start = Recognise(index, text);
            if (start is not null) Start(start);
            else if (current is null || current.Closed || StartsUnnumberedParagraph(text)) Start(new BlockStart(PrintedBlockKind.Text, "", "", text));
            else current.Append(text);
        }

        private BlockStart? Recognise(int index, string text)
        {
            if (PrintedPatterns.AgendaCode().Match(text) is { Success: true } code)
                return new BlockStart(PrintedBlockKind.AgendaCode, code.Groups["code"].Value, text, "");
            if (PrintedPatterns.SectionHeading().IsMatch(text))
                return new BlockStart(PrintedBlockKind.Heading, "", "", text);
            if (PrintedPatterns.MinuteHeading().Match(text) is { Success: true } heading && IsFollowedByAgendaCode(index, heading))
            {
                var inlineCode = heading.Groups["code"].Success ? heading.Groups["code"].Value : null;
                return new BlockStart(PrintedBlockKind.MinuteHeading, heading.Groups["n"].Value, heading.Groups["n"].Value + ".",
                    heading.Groups["title"].Value, inlineCode);
            }
            return inFrontMatter ? RecogniseFrontMatter(text) : RecogniseMinutes(text);
        }

        private BlockStart? RecogniseMinutes(string text)
        {
            if (PrintedPatterns.NumberedParagraph().Match(text) is { Success: true } numbered
                && IsNextParagraph(int.Parse(numbered.Groups["n"].ValueSpan)))
                return new BlockStart(PrintedBlockKind.Paragraph, numbered.Groups["n"].Value, numbered.Groups["n"].Value + ".",
                    numbered.Groups["text"].Value);
            if (PrintedPatterns.SubParagraph().Match(text) is { Success: true } sub
                && sub.Groups["l"].Value[0] == (lastLetter is { } l ? (char)(l + 1) : 'a'))
            {
                var rest = sub.Groups["text"].Value;
                return new BlockStart(PrintedBlockKind.SubParagraph, sub.Groups["l"].Value, text[..^rest.Length].TrimEnd(), rest);
            }
            if (PrintedPatterns.ResolutionStart().IsMatch(text) && (current is null || current.Closed || current.EndsSentence))
                return new BlockStart(PrintedBlockKind.Text, "", "", text);
            return null;
        }

        private static BlockStart? RecogniseFrontMatter(string text)
        {
            if (PrintedPatterns.AttendanceLabel().Match(text) is { Success: true } label)
            {
                var list = label.Groups["text"].Value;
                return new BlockStart(PrintedBlockKind.AttendanceList, label.Groups["label"].Value.ToUpperInvariant(),
                    text[..^list.Length].TrimEnd(), list);
            }
            if (PrintedPatterns.MeetingSentenceStart().IsMatch(text))
                return new BlockStart(PrintedBlockKind.Text, "", "", text);
            if (PrintedPatterns.CapitalsLine().IsMatch(text))
                return new BlockStart(PrintedBlockKind.Heading, "", "", text);
            return null;
        }

        /// <summary>A minute heading is confirmed by its "(Item X9)" line, after at most two lines of wrapped title.</summary>
        private bool IsFollowedByAgendaCode(int index, Match heading)
        {
            if (heading.Groups["code"].Success) return true;
            var seen = 0;
            for (var i = index + 1; i < lines.Count && seen < 3; i++)
            {
                var text = lines[i].Text;
                if (lines[i].IsBlankOrBreak) continue;
                if (PrintedPatterns.AgendaCode().IsMatch(text)) return true;
                if (PrintedPatterns.NumberedParagraph().IsMatch(text) || PrintedPatterns.MinuteHeading().IsMatch(text)
                    || PrintedPatterns.SubParagraph().IsMatch(text) || PrintedPatterns.ResolutionStart().IsMatch(text))
                    return false;
                seen++;
            }
            return false;
        }

        private bool IsNextParagraph(int number) =>
            number == lastParagraph + 1 || (number == lastParagraph + 2 && (current is null || current.EndsSentence));

        // On one page, a finished sentence, a gap and a capital start a new unnumbered paragraph.
        private bool StartsUnnumberedParagraph(string text) =>
            current is { Kind: PrintedBlockKind.Paragraph or PrintedBlockKind.SubParagraph or PrintedBlockKind.Text, EndsSentence: true }
            && blankLines is > 0 and < 3 && !pageBreak
            && (char.IsUpper(text[0]) || text[0] is '"' or '“' or '‘');

        // A URL alone on its line after a gap or a finished sentence was printed apart from its reference.
        private bool IsStrayLink(string text) =>
            PrintedPatterns.UrlLine().IsMatch(text)
            && (current is null || current.Closed || current.EndsSentence || blankLines > 0 || pageBreak);

        private void KeepLink(string url)
        {
            (current?.Links ?? orphanLinks).Add(url);
            // It sits at a page foot: what follows continues as after a page break.
            pageBreak = true;
        }

        private void Start(BlockStart start)
        {
            Flush();
            current = new BlockBuilder(start);
            current.Links.AddRange(orphanLinks);
            orphanLinks.Clear();
            switch (start.Kind)
            {
                case PrintedBlockKind.MinuteHeading:
                    inFrontMatter = false;
                    lastParagraph = 0;
                    lastLetter = null;
                    break;
                case PrintedBlockKind.Paragraph:
                    lastParagraph = int.Parse(start.Marker);
                    lastLetter = null;
                    break;
                case PrintedBlockKind.SubParagraph:
                    lastLetter = start.Marker[0];
                    break;
                case PrintedBlockKind.Text:
                    lastLetter = null;
                    break;
            }
            if (start.InlineCode is { } code)
                Start(new BlockStart(PrintedBlockKind.AgendaCode, code, $"(Item {code})", ""));
        }

        private void Flush()
        {
            if (current is null) return;
            blocks.Add(current.Build());
            current = null;
        }
    }

    private sealed class BlockBuilder(BlockStart start)
    {
        private readonly StringBuilder text = new(start.Text);
        private string lastLine = start.Text;

        public PrintedBlockKind Kind => start.Kind;
        public List<string> Links { get; } = [];
        public bool Closed => start.Kind is PrintedBlockKind.Heading or PrintedBlockKind.AgendaCode;
        public bool EndsSentence => PrintedPatterns.SentenceEnd().IsMatch(lastLine);

        public void Append(string line)
        {
            if (text.Length > 0 && !JoinsHyphenated(line)) text.Append(' ');
            text.Append(line);
            lastLine = line;
        }

        // "multi-" + "agency" → "multi-agency": the hard hyphen stays, the line break goes.
        private bool JoinsHyphenated(string line) =>
            text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && char.IsLower(line[0]);

        public PrintedBlock Build() =>
            new(start.Kind, start.Marker, start.Label, text.ToString()) { StrayLinks = [.. Links] };
    }
}
