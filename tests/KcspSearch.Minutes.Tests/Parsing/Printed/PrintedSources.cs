using System.Diagnostics;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.Printed;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.Printed;

/// <summary>The 8 October 2019 notes as each route delivers them: seed text, the PDF through the extractor, plain pdftotext.</summary>
internal static class PrintedSources
{
    public const string SeedRoute = "seed text";
    public const string PdfRoute = "PDF through pdftotext -layout";

    private static readonly Lazy<Task<Meeting>> Seed = new(() => ParseAsync(SourceDocument.FromFile(SharedFiles.Seed(Kcsp20191008.SeedText)), new PlainTextExtractor()));
    private static readonly Lazy<Task<Meeting>> Pdf = new(() => ParseAsync(SourceDocument.FromFile(SharedFiles.Fixture(Kcsp20191008.Pdf)), new PdfToTextExtractor(new MinutesOptions())));

    public static Task<Meeting> LoadAsync(string route) => route switch
    {
        SeedRoute => Seed.Value,
        PdfRoute => Pdf.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
    };

    public static Meeting Parse(string text, string fileName = "test.txt") =>
        new PrintedMinutesParser().Parse(new ExtractedDocument(DocumentType.Text, text) { FileName = fileName });

    /// <summary>Plain (non-layout) pdftotext output of the fixture: no blank lines between paragraphs.</summary>
    public static async Task<string> PlainPdfToTextAsync()
    {
        var startInfo = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-enc", "UTF-8", SharedFiles.Fixture(Kcsp20191008.Pdf), "-" })
            startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static async Task<Meeting> ParseAsync(SourceDocument source, IMinutesExtractor extractor)
    {
        var extracted = await extractor.ExtractAsync(source);
        var parser = new PrintedMinutesParser();
        Assert.True(parser.CanParse(extracted));
        return parser.Parse(extracted);
    }
}
