using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KcspSearch.Minutes.Tests.Extraction;

/// <summary>Builds small Word documents with real OpenXml packages: plain and list-numbered paragraphs.</summary>
internal sealed class DocxBuilder
{
    /// <summary>numId 1: decimal "1." at level 0, "(a)" at level 1 (abstractNum 0).</summary>
    public const int MinutesList = 1;

    /// <summary>numId 2: the same abstract numbering restarted at 1 for a new minute.</summary>
    public const int RestartedList = 2;

    private readonly List<Paragraph> _paragraphs = [];

    public DocxBuilder Text(string text)
    {
        _paragraphs.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A list paragraph whose number Word computes; the text itself carries no number.</summary>
    public DocxBuilder Numbered(string text, int level = 0, int numId = MinutesList)
    {
        var properties = new ParagraphProperties(new NumberingProperties(
            new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        _paragraphs.Add(new Paragraph(properties, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>Several runs in one paragraph, as Word splits text where formatting changes.</summary>
    public DocxBuilder Runs(params string[] runs)
    {
        _paragraphs.Add(new Paragraph(runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve }))));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_paragraphs));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        }
        return stream.ToArray();
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.LowerLetter, "(%2)"))
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = MinutesList },
        new NumberingInstance(
            new AbstractNumId { Val = 0 },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = RestartedList });

    private static Level Level(int index, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text })
    { LevelIndex = index };
}
