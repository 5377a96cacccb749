using System.Text.RegularExpressions;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Minutes.Model;
using KcspSearch.Minutes.Parsing.ModernGov;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

/// <summary>The KCSP meeting of 24 March 2022 as a ModernGov page (fixture) and as its text rendering (seed).</summary>
internal static partial class ModernGovFixtures
{
    public const string HtmlFixture = "kcsp-2022-03-24.html";
    public const string TextSeed = "kcsp-2022-03-24.moderngov.txt";

    public static async Task<ExtractedDocument> ExtractHtmlAsync() =>
        await new HtmlExtractor().ExtractAsync(SourceDocument.FromFile(SharedFiles.Fixture(HtmlFixture)));

    public static async Task<Meeting> ParseHtmlAsync() => new ModernGovHtmlParser().Parse(await ExtractHtmlAsync());

    public static ExtractedDocument SeedText() =>
        new(DocumentType.Text, File.ReadAllText(SharedFiles.Seed(TextSeed))) { FileName = TextSeed };

    public static Meeting ParseText() => new ModernGovTextParser().Parse(SeedText());

    /// <summary>Whitespace (including non-breaking spaces and line breaks) collapsed to single spaces.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
