using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// PDF → text through poppler's <c>pdftotext -layout</c>, run as a process on a temporary copy of the bytes.
/// Layout mode keeps indentation, hard hyphens and page breaks (form feeds) for the printed-minutes cleaner.
/// </summary>
public sealed class PdfToTextExtractor(MinutesOptions options) : IMinutesExtractor
{
    // pdftotext exit codes: 1 the PDF could not be opened (damaged, or a password is needed), 3 copying text is not permitted.
    private const int OpenErrorExitCode = 1;
    private const int PermissionErrorExitCode = 3;

    public DocumentType Handles => DocumentType.Pdf;

    public async Task<ExtractedDocument> ExtractAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        if (source.Content.Length == 0)
            throw new MinutesException(MinutesError.Empty, $"{source.FileName}: the file is empty.");

        var tempFile = Path.Combine(Path.GetTempPath(), $"kcsp-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(tempFile, source.Content, cancellationToken);
            var run = await RunAsync(tempFile, source.FileName, cancellationToken);
            return Interpret(run, source.FileName);
        }
        finally
        {
            File.Delete(tempFile);
        }
    }

    private async Task<ToolRun> RunAsync(string pdfPath, string fileName, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(pdfPath) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new MinutesException(MinutesError.ExtractorMissing,
                $"{fileName}: pdftotext (poppler-utils) is not installed or not found at '{options.PdfToTextPath}' ({e.Message}); "
                + "install poppler-utils or set Kcsp:PdfToTextPath.", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.PdfToTextTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            // Kill the whole tree: a wrapper script's child would otherwise keep the output pipe open.
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new MinutesException(MinutesError.ExtractorTimeout,
                $"{fileName}: pdftotext did not finish within {options.PdfToTextTimeout.TotalSeconds:0.#} s and was stopped; "
                + "the PDF may be very large or malformed.");
        }
        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    private ProcessStartInfo StartInfo(string pdfPath)
    {
        var startInfo = new ProcessStartInfo(options.PdfToTextPath)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", "-eol", "unix", pdfPath, "-" })
            startInfo.ArgumentList.Add(argument);
        return startInfo;
    }

    private static ExtractedDocument Interpret(ToolRun run, string fileName)
    {
        if (run.ExitCode == PermissionErrorExitCode
            || (run.ExitCode == OpenErrorExitCode && run.Stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase)))
            throw new MinutesException(MinutesError.Encrypted,
                $"{fileName}: the PDF is encrypted or password-protected, so its text cannot be read; supply an unprotected copy.");
        if (run.ExitCode != 0)
            throw new MinutesException(MinutesError.CorruptDocument,
                $"{fileName}: the PDF is damaged or truncated and could not be read (pdftotext: {Summarise(run.Stderr, run.ExitCode)}).");
        if (string.IsNullOrWhiteSpace(run.Stdout))
            throw new MinutesException(MinutesError.NoTextLayer,
                $"{fileName}: the PDF has no text layer (a scanned image?); run it through OCR first.");
        return new ExtractedDocument(DocumentType.Pdf, run.Stdout) { FileName = fileName };
    }

    /// <summary>The first few distinct complaints of pdftotext, on one line.</summary>
    private static string Summarise(string stderr, int exitCode)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct()
            .ToList();
        if (lines.Count == 0) return $"exit code {exitCode}";
        var summary = string.Join("; ", lines.Take(3));
        return lines.Count > 3 ? $"{summary}; and {lines.Count - 3} more" : summary;
    }

    private sealed record ToolRun(int ExitCode, string Stdout, string Stderr);
}
