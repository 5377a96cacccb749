using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace KcspSearch.Minutes.Extraction;

/// <summary>
/// PDF → text through poppler's <c>pdftotext -layout</c>, run as a process on a temporary copy of the bytes.
/// Layout mode keeps indentation, hard hyphens and page breaks (form feeds) for the printed-minutes cleaner.
/// The run is bounded in time (<see cref="MinutesOptions.PdfToTextTimeout"/>) and in text
/// (<see cref="MinutesOptions.MaxExtractedChars"/>), and a truncated file is refused rather than read in part.
/// </summary>
public sealed class PdfToTextExtractor(MinutesOptions options) : IMinutesExtractor
{
    // pdftotext exit codes: 1 the PDF could not be opened (damaged, or a password is needed), 3 copying text is not permitted.
    private const int OpenErrorExitCode = 1;
    private const int PermissionErrorExitCode = 3;
    private const int MaxStderrChars = 64 * 1024;

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
            return Interpret(run, source);
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

        // Both pipes are read at once and with a bound: a PDF of thousands of pages can print gigabytes of text,
        // a damaged one a complaint per object.
        var stdout = ReadBoundedAsync(process.StandardOutput, options.MaxExtractedChars, drainBeyond: false);
        var stderr = ReadBoundedAsync(process.StandardError, MaxStderrChars, drainBeyond: true);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.PdfToTextTimeout);
        string? text;
        try
        {
            text = await stdout.WaitAsync(deadline.Token);
            if (text is not null) await process.WaitForExitAsync(deadline.Token);
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
        if (text is null)
        {
            process.Kill(entireProcessTree: true);
            throw new MinutesException(MinutesError.TooLarge,
                $"{fileName}: the PDF's text runs past {options.MaxExtractedChars:N0} characters, so pdftotext was stopped; "
                + "split the document or raise Kcsp:MaxExtractedChars.");
        }
        return new ToolRun(process.ExitCode, text, (await stderr ?? "").Replace(pdfPath, fileName, StringComparison.Ordinal));
    }

    /// <summary>
    /// Reads a pipe to its end, keeping at most <paramref name="limit"/> characters. Past the limit it returns null
    /// at once, or with <paramref name="drainBeyond"/> keeps reading (so the writer never blocks) and returns what it kept.
    /// </summary>
    private static async Task<string?> ReadBoundedAsync(StreamReader reader, int limit, bool drainBeyond)
    {
        var kept = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, CancellationToken.None)) > 0)
        {
            var room = limit - kept.Length;
            if (read > room && !drainBeyond) return null;
            kept.Append(buffer, 0, Math.Min(read, room));
        }
        return kept.ToString();
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

    private static ExtractedDocument Interpret(ToolRun run, SourceDocument source)
    {
        var fileName = source.FileName;
        if (run.ExitCode == PermissionErrorExitCode
            || (run.ExitCode == OpenErrorExitCode && run.Stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase)))
            throw new MinutesException(MinutesError.Encrypted,
                $"{fileName}: the PDF is encrypted or password-protected, so its text cannot be read; supply an unprotected copy.");
        if (run.ExitCode != 0)
            throw new MinutesException(MinutesError.CorruptDocument,
                $"{fileName}: the PDF is damaged or truncated and could not be read (pdftotext: {Summarise(run.Stderr, run.ExitCode)}).");
        // pdftotext reads a copy cut short in an appended revision as the earlier, complete revision: half the minutes.
        if (!EndsWithCompleteRevision(source.Content))
            throw new MinutesException(MinutesError.CorruptDocument,
                $"{fileName}: the PDF is truncated (its last revision does not end with %%EOF), so only part of it could be read; send the complete file.");
        if (string.IsNullOrWhiteSpace(run.Stdout))
            throw new MinutesException(MinutesError.NoTextLayer,
                $"{fileName}: the PDF has no text layer (a scanned image?); run it through OCR first.");
        return new ExtractedDocument(DocumentType.Pdf, run.Stdout) { FileName = fileName };
    }

    /// <summary>
    /// True when the file has an end-of-file marker and nothing after the last one is PDF structure (objects, a
    /// cross-reference section or a trailer): writers may leave whitespace or junk there, never half a revision.
    /// </summary>
    private static bool EndsWithCompleteRevision(byte[] content)
    {
        var marker = content.AsSpan().LastIndexOf("%%EOF"u8);
        if (marker < 0) return false;
        var after = content.AsSpan(marker);
        return after.IndexOf("obj"u8) < 0 && after.IndexOf("xref"u8) < 0 && after.IndexOf("trailer"u8) < 0;
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
