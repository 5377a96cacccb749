using System.Text;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Hostile;

/// <summary>Text in the encodings council PCs save, with and without a byte order mark.</summary>
public sealed class HostileTextTests
{
    private readonly MinutesPipeline pipeline = MinutesPipeline.CreateDefault();

    [Theory]
    [InlineData("minutes-utf16.txt")]
    [InlineData("minutes-utf16be-nobom.txt")]
    [InlineData("minutes-1252.txt")]
    public async Task Process_MinutesInALegacyEncoding_KeepEveryCharacter(string fileName)
    {
        var document = HostileDocuments.Named(fileName);

        var meeting = await pipeline.ProcessAsync(new SourceDocument(document.FileName, document.Content));

        Assert.Equal(document.MeetingId, meeting.Id);
        var text = string.Join("\n", meeting.AllChunks.Select(c => c.Text));
        Assert.Contains("£21,000 of “additional” funding – agreed in May", text);
        Assert.Contains("Café Rouge", text);
        Assert.Contains("naïve estimate", text);
    }

    [Fact]
    public void Detect_Utf16LittleEndianWithoutBom_IsText()
    {
        var bytes = Encoding.Unicode.GetBytes("RESOLVED that the report be noted.\n");

        Assert.Equal(DocumentType.Text, new DocumentTypeDetector().Detect(new SourceDocument("notes.txt", bytes)));
    }

    [Fact]
    public void Detect_BinaryWithZeroBytesInBothHalves_IsNotTakenForUtf16()
    {
        var bytes = new byte[4096];
        for (var i = 0; i < bytes.Length; i += 7) bytes[i] = (byte)(i % 251 + 1);

        Assert.Equal(DocumentType.Unknown, new DocumentTypeDetector().Detect(new SourceDocument("binary.txt", bytes)));
    }
}
