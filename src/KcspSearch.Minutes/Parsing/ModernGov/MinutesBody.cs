using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;
using static KcspSearch.Minutes.Parsing.ModernGov.ModernGovPatterns;

namespace KcspSearch.Minutes.Parsing.ModernGov;

/// <summary>
/// One item's minutes, read from its text blocks (HTML paragraphs or text lines) the same way for both
/// ModernGov parsers: numbered paragraphs and sub-paragraphs, resolutions kept whole with their a) b) c)
/// parts, the printed heading some pages repeat ("62. Title" + "(Item B1)") taken as the agenda code,
/// and ModernGov's "...view the full minutes text" cut-off noted.
/// </summary>
internal sealed partial record MinutesBody(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<string> Resolutions, string? AgendaCode, bool Truncated)
{
    /// <summary>
    /// Splits raw blocks into logical ones: a blank line (two <c>&lt;br&gt;</c>) always separates, a single
    /// line break only where the next line opens a paragraph, resolution or list entry.
    /// </summary>
    public static IReadOnlyList<string> Segment(IEnumerable<string> rawBlocks) => SegmentLazily(rawBlocks).ToList();

    /// <summary><see cref="Segment"/> one block at a time, for callers that need only the first few.</summary>
    public static IEnumerable<string> SegmentLazily(IEnumerable<string> rawBlocks)
    {
        foreach (var raw in rawBlocks)
        {
            foreach (var part in BlankLine().Split(raw))
            {
                var current = new List<string>();
                foreach (var line in part.Split('\n').Select(Clean).Where(l => l.Length > 0))
                {
                    if (current.Count > 0 && OpensBlock(line))
                    {
                        yield return string.Join(' ', current);
                        current.Clear();
                    }
                    current.Add(line);
                }
                if (current.Count > 0)
                    yield return string.Join(' ', current);
            }
        }
    }

    /// <summary>Reads the minutes of the item titled <paramref name="title"/> from its logical blocks.</summary>
    public static MinutesBody Parse(IReadOnlyList<string> blocks, string title)
    {
        var truncated = false;
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            var text = Clean(block);
            if (TruncationNote().IsMatch(text))
            {
                truncated = true;
                text = Clean(TruncationNote().Replace(text, ""));
            }
            if (text.Length > 0)
                lines.Add(text);
        }

        var (agendaCode, start) = ReadPrintedHeading(lines, title);
        var builder = new Builder();
        foreach (var line in lines.Skip(start))
            builder.Add(line);
        builder.CloseResolution();
        return new MinutesBody(builder.Paragraphs, builder.Resolutions, agendaCode, truncated);
    }

    private static bool OpensBlock(string line) =>
        NumberedParagraph().IsMatch(line) || ResolutionStart().IsMatch(line) || SubParagraph().IsMatch(line)
        || Bullet().IsMatch(line) || AgendaCodeLine().IsMatch(line);

    /// <summary>
    /// Since 2024 the web minutes open with the printed minute heading and agenda code:
    /// "62. Kent Community Safety Agreement Review and Refresh Update", "(Item B1)". Returns the code
    /// and how many lines the heading takes.
    /// </summary>
    private static (string? AgendaCode, int Lines) ReadPrintedHeading(List<string> lines, string title)
    {
        if (lines.Count == 0)
            return (null, 0);
        if (AgendaCodeLine().Match(lines[0]) is { Success: true } codeOnly)
            return (CodeOf(codeOnly), 1);

        var heading = PrintedHeading().Match(lines[0]);
        if (!heading.Success)
            return (null, 0);
        if (heading.Groups["code"].Success)
            return (CodeOf(heading), 1);
        if (lines.Count > 1 && AgendaCodeLine().Match(lines[1]) is { Success: true } codeLine)
            return (CodeOf(codeLine), 2);
        return Fold(heading.Groups["title"].Value) == Fold(title) ? (null, 1) : (null, 0);
    }

    private static string CodeOf(Match match) => match.Groups["code"].Value.Replace(" ", "");

    [GeneratedRegex(@"\n[ \t\u00A0]*\n")]
    private static partial Regex BlankLine();

    private sealed class Builder
    {
        private string? _lastNumber;
        private string? _resolutionNumber;
        private readonly List<string> _resolutionParts = [];

        public List<Paragraph> Paragraphs { get; } = [];
        public List<string> Resolutions { get; } = [];

        public void Add(string line)
        {
            if (_resolutionParts.Count > 0 && IsResolutionPart(line))
            {
                _resolutionParts.Add(line);
                return;
            }
            CloseResolution();

            if (NumberedParagraph().Match(line) is { Success: true } numbered)
                AddNumbered(numbered.Groups["number"].Value, numbered.Groups["text"].Value);
            else if (ResolutionStart().IsMatch(line))
                OpenResolution("", line);
            else if (_lastNumber is not null && SubParagraph().Match(line) is { Success: true } sub)
                Paragraphs.Add(NewParagraph($"{_lastNumber}({sub.Groups["sub"].Value})", sub.Groups["text"].Value));
            else if (Bullet().IsMatch(line) && Paragraphs.Count > 0)
                Paragraphs[^1] = Paragraphs[^1] with { Text = $"{Paragraphs[^1].Text}\n{line}" };
            else
                Paragraphs.Add(NewParagraph("", line));
        }

        /// <summary>Ends the open resolution: one paragraph and one resolution string holding every part.</summary>
        public void CloseResolution()
        {
            if (_resolutionParts.Count == 0)
                return;
            var text = string.Join("\n", _resolutionParts);
            Paragraphs.Add(NewParagraph(_resolutionNumber ?? "", text) with { IsResolution = true });
            Resolutions.Add(text);
            _resolutionParts.Clear();
        }

        private void AddNumbered(string number, string text)
        {
            if (ResolutionStart().IsMatch(text))
            {
                OpenResolution(number, text);
                return;
            }
            _lastNumber = number;
            Paragraphs.Add(NewParagraph(number, text));
        }

        private void OpenResolution(string number, string text)
        {
            _resolutionNumber = number;
            _resolutionParts.Add(text);
        }

        /// <summary>
        /// a) b) c) parts and bullets follow a resolution. Numbered parts ("RESOLVED that:", "1. ...") only
        /// under an unnumbered lead-in; after a numbered resolution the next number is the next paragraph.
        /// </summary>
        private bool IsResolutionPart(string line) =>
            SubParagraph().IsMatch(line) || Bullet().IsMatch(line)
            || (_resolutionNumber == "" && _resolutionParts[0].EndsWith(':')
                && NumberedParagraph().IsMatch(line) && _resolutionParts.Skip(1).All(p => NumberedParagraph().IsMatch(p)));

        private static Paragraph NewParagraph(string number, string text) => new(number, text, []);
    }
}
