using System.Text;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Extraction;

public sealed class PlainTextExtractorTests
{
    private const string Sample = "243. Select Committee on Knife Crime in Kent\n(Item C2)\nAn additional £35m – ‘Your Ambition’ – “over 50%”.\n";

    static PlainTextExtractorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Extract_Utf8WithoutBom_KeepsCurlyQuotesDashesAndPounds()
    {
        Assert.Equal(Sample, await ExtractAsync(Encoding.UTF8.GetBytes(Sample)));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public async Task Extract_TextWithByteOrderMark_DecodesAndDropsTheMark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, await ExtractAsync(bytes));
    }

    [Fact]
    public async Task Extract_Windows1252Text_FallsBackFromInvalidUtf8()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Sample);
        Assert.Contains((byte)0x92, bytes); // ’ is one byte in Windows-1252 and never valid UTF-8 on its own.

        Assert.Equal(Sample, await ExtractAsync(bytes));
    }

    [Fact]
    public async Task Extract_WindowsAndOldMacLineEndings_BecomeLineFeedsButFormFeedsStay()
    {
        var text = await ExtractAsync(Encoding.UTF8.GetBytes("237. Introduction\r\n(Item A1)\r\r\n1\n\fcontinued\rend"));

        Assert.Equal("237. Introduction\n(Item A1)\n\n1\n\fcontinued\nend", text);
    }

    [SharedTheory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("windows-1252")]
    public async Task Extract_SeedSavedInAnotherEncoding_GivesTheSameText(string encodingName)
    {
        var original = await File.ReadAllTextAsync(SharedFiles.Seed("kcsp-2019-10-08.pdf-extract.txt"));
        var encoding = Encoding.GetEncoding(encodingName);

        var decoded = await ExtractAsync([.. encoding.GetPreamble(), .. encoding.GetBytes(original)]);

        Assert.Equal(original, decoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public async Task Extract_NoText_ThrowsEmpty(string content)
    {
        var error = await Assert.ThrowsAsync<MinutesException>(() =>
            new PlainTextExtractor().ExtractAsync(new SourceDocument("notes.txt", Encoding.UTF8.GetBytes(content))));

        Assert.Equal(MinutesError.Empty, error.Error);
        Assert.Equal("notes.txt: the file contains no text.", error.Message);
    }

    private static async Task<string> ExtractAsync(byte[] bytes)
    {
        var document = await new PlainTextExtractor().ExtractAsync(new SourceDocument("notes.txt", bytes));
        Assert.Equal(DocumentType.Text, document.Type);
        return document.Text;
    }
}
