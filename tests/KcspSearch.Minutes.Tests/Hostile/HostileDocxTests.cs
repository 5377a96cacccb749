using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Hostile;

/// <summary>Word packages built to exhaust memory: a bomb is refused whichever part carries it.</summary>
public sealed class HostileDocxTests
{
    private readonly DocxExtractor extractor = new(new MinutesOptions { MaxDocumentBytes = HostileDocuments.MaxDocumentBytes });

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    public async Task Extract_BombInAnyPart_IsRefusedNamingThePart(string part)
    {
        var bomb = HostileDocuments.ZipBombDocx(part);

        var error = await Assert.ThrowsAsync<MinutesException>(() => extractor.ExtractAsync(new SourceDocument("bomb.docx", bomb)));

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.StartsWith("bomb.docx: the package inflates to more than 41,943,040 bytes", error.Message);
        Assert.Contains($"({part} passes the limit)", error.Message);
        Assert.True(bomb.Length < 256 * 1024, $"{bomb.Length} bytes");
    }
}
