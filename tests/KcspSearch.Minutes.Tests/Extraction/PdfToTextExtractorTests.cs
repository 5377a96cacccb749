using System.Diagnostics;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Minutes.Tests.Extraction;

public sealed class PdfToTextExtractorTests : IDisposable
{
    private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("kcsp-pdftotext-tests-");

    public void Dispose() => scratch.Delete(recursive: true);

    [SharedFact]
    public async Task Extract_PdfFixture_GivesLayoutTextWithAPageBreakAfterEachOfTenPages()
    {
        var document = await new PdfToTextExtractor(new MinutesOptions())
            .ExtractAsync(SourceDocument.FromFile(SharedFiles.Fixture("kcsp-2019-10-08.pdf")));

        Assert.Equal(DocumentType.Pdf, document.Type);
        Assert.Equal("kcsp-2019-10-08.pdf", document.FileName);
        Assert.Equal(10, document.Text.Count(c => c == '\f'));
        Assert.StartsWith("NOTES of a meeting of the Kent Community Safety Partnership held in the Medway", document.Text.Split('\n')[4]);
        // Layout mode: hanging indents survive as indented continuation lines.
        Assert.Contains("\n1. Ms Brinson (Community Safety Team Leader, Public Protection, KCC) introduced\n   the report", document.Text);
    }

    [Fact]
    public async Task Extract_EmptyFile_ThrowsEmpty()
    {
        var error = await ExtractFailureAsync([]);

        Assert.Equal(MinutesError.Empty, error.Error);
        Assert.Contains("minutes.pdf", error.Message);
    }

    [SharedFact]
    public async Task Extract_TruncatedPdf_ThrowsCorruptDocumentWithPdfToTextsComplaint()
    {
        var firstFiveKilobytes = File.ReadAllBytes(SharedFiles.Fixture("kcsp-2019-10-08.pdf"))[..5120];

        var error = await ExtractFailureAsync(firstFiveKilobytes);

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.StartsWith("minutes.pdf: the PDF is damaged or truncated", error.Message);
        Assert.Contains("pdftotext: Syntax Error: Couldn't find trailer dictionary; Syntax Error: Couldn't read xref table", error.Message);
    }

    [Fact]
    public async Task Extract_RandomBytesBehindAPdfHeader_ThrowsCorruptDocument()
    {
        var bytes = new byte[4096];
        new Random(20191008).NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);

        var error = await ExtractFailureAsync(bytes);

        Assert.Equal(MinutesError.CorruptDocument, error.Error);
        Assert.Contains("Syntax Error", error.Message);
    }

    [Fact]
    public async Task Extract_PdfWithoutTextLayer_ThrowsNoTextLayer()
    {
        var error = await ExtractFailureAsync(HandMadePdf.WithoutText());

        Assert.Equal(MinutesError.NoTextLayer, error.Error);
        Assert.Equal("minutes.pdf: the PDF has no text layer (a scanned image?); run it through OCR first.", error.Message);
    }

    [Fact]
    public async Task Extract_PasswordProtectedPdf_ThrowsEncrypted()
    {
        var error = await ExtractFailureAsync(HandMadePdf.PasswordProtected());

        Assert.Equal(MinutesError.Encrypted, error.Error);
        Assert.Contains("password-protected", error.Message);
    }

    [Fact]
    public async Task Extract_PdfToTextNotInstalled_ThrowsExtractorMissingNamingPoppler()
    {
        var missing = Path.Combine(scratch.FullName, "no-such-dir", "pdftotext");

        var error = await ExtractFailureAsync(HandMadePdf.WithoutText(), new MinutesOptions { PdfToTextPath = missing });

        Assert.Equal(MinutesError.ExtractorMissing, error.Error);
        Assert.StartsWith("minutes.pdf: pdftotext (poppler-utils) is not installed", error.Message);
        Assert.Contains(missing, error.Message);
    }

    [UnixFact]
    public async Task Extract_PdfToTextHangs_StopsTheProcessTreeAndThrowsExtractorTimeout()
    {
        var childPid = Path.Combine(scratch.FullName, "child.pid");
        var hanging = Script($"sleep 30 &\necho $! > '{childPid}'\nwait");

        var error = await ExtractFailureAsync(HandMadePdf.WithoutText(),
            new MinutesOptions { PdfToTextPath = hanging, PdfToTextTimeout = TimeSpan.FromSeconds(1) });

        Assert.Equal(MinutesError.ExtractorTimeout, error.Error);
        Assert.Contains("did not finish within 1 s", error.Message);
        var child = int.Parse(File.ReadAllText(childPid));
        Assert.True(await HasEndedAsync(child), $"the script's child process {child} is still running");
    }

    [UnixFact]
    public async Task Extract_Cancelled_StopsPdfToTextAndThrowsOperationCanceled()
    {
        var extractor = new PdfToTextExtractor(new MinutesOptions { PdfToTextPath = Script("sleep 30") });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            extractor.ExtractAsync(new SourceDocument("minutes.pdf", HandMadePdf.WithoutText()), cancellation.Token));
    }

    [UnixTheory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Extract_SuccessOrFailure_DeletesItsTemporaryCopy(int exitCode)
    {
        var record = Path.Combine(scratch.FullName, "input-path.txt");
        // The PDF path is pdftotext's second-last argument (the last is "-", standard output).
        var recorder = Script($"""
            for a in "$@"; do file="$prev"; prev="$a"; done
            [ -f "$file" ] && echo "$file" > '{record}'
            echo "237. Introduction"
            exit {exitCode}
            """);
        var extractor = new PdfToTextExtractor(new MinutesOptions { PdfToTextPath = recorder });

        var run = () => extractor.ExtractAsync(new SourceDocument("minutes.pdf", HandMadePdf.WithoutText()));
        if (exitCode == 0) Assert.Contains("237. Introduction", (await run()).Text);
        else Assert.Equal(MinutesError.CorruptDocument, (await Assert.ThrowsAsync<MinutesException>(run)).Error);

        var tempCopy = File.ReadAllText(record).Trim();
        Assert.EndsWith(".pdf", tempCopy);
        Assert.False(File.Exists(tempCopy), $"{tempCopy} was left behind");
    }

    private static async Task<MinutesException> ExtractFailureAsync(byte[] content, MinutesOptions? options = null) =>
        await Assert.ThrowsAsync<MinutesException>(() =>
            new PdfToTextExtractor(options ?? new MinutesOptions()).ExtractAsync(new SourceDocument("minutes.pdf", content)));

    /// <summary>
    /// Whether the process has ended. A killed child whose parent is gone waits for the system's init to reap it, and
    /// some inits reap late: a zombie (state Z in /proc) has ended all the same.
    /// </summary>
    private static async Task<bool> HasEndedAsync(int pid)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                if (process.HasExited || IsZombie(pid)) return true;
            }
            catch (ArgumentException)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (command) state ..."; the command may hold spaces, so read after its last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>A shell script standing in for pdftotext.</summary>
    private string Script(string body)
    {
        var path = Path.Combine(scratch.FullName, $"fake-pdftotext-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
