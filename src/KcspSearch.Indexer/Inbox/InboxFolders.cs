using Microsoft.Extensions.Options;

namespace KcspSearch.Indexer.Inbox;

/// <summary>
/// The worker's folders: files are dropped into the inbox, claimed by moving them into <c>inbox/.processing/</c>,
/// and end in <c>processed/</c> or <c>failed/</c> beside the inbox. Uploads are written to <c>inbox/.incoming/</c>
/// first, so the inbox only ever sees complete files.
/// </summary>
public sealed class InboxFolders
{
    public InboxFolders(IOptions<KcspOptions> options)
    {
        Inbox = Path.GetFullPath(options.Value.Inbox);
        var parent = Path.GetDirectoryName(Inbox) ?? Inbox;
        Processing = Path.Combine(Inbox, ".processing");
        Incoming = Path.Combine(Inbox, ".incoming");
        Processed = Path.Combine(parent, "processed");
        Failed = Path.Combine(parent, "failed");
    }

    public string Inbox { get; }
    public string Processing { get; }
    public string Incoming { get; }
    public string Processed { get; }
    public string Failed { get; }

    public void EnsureCreated()
    {
        foreach (var folder in new[] { Inbox, Processing, Incoming, Processed, Failed })
            Directory.CreateDirectory(folder);
    }

    /// <summary>Files waiting in the inbox: not hidden, not partial uploads.</summary>
    public IEnumerable<string> Waiting() =>
        Directory.Exists(Inbox)
            ? Directory.EnumerateFiles(Inbox).Where(f => IsCandidate(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            : [];

    /// <summary>Files claimed by a run that did not finish them.</summary>
    public IEnumerable<string> Claimed() =>
        Directory.Exists(Processing) ? Directory.EnumerateFiles(Processing).Order(StringComparer.Ordinal) : [];

    public static bool IsCandidate(string fileName) =>
        !fileName.StartsWith('.') && !fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !fileName.EndsWith(".part", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file name safe to store: no folders, no leading dots, no characters the file system refuses.</summary>
    public static string SafeFileName(string? name)
    {
        var file = Path.GetFileName(name ?? "").Trim().TrimStart('.');
        var invalid = Path.GetInvalidFileNameChars();
        file = new string(file.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        if (file.Length > 200) file = file[..100] + file[^100..];
        return file.Length == 0 ? "upload" : file;
    }

    /// <summary>Writes <paramref name="content"/> completely under <c>.incoming/</c>, then moves it to <paramref name="folder"/> in one rename.</summary>
    public async Task<string> WriteAtomicallyAsync(string folder, string fileName, Stream content, CancellationToken cancellationToken)
    {
        EnsureCreated();
        var temporary = Path.Combine(Incoming, $"{Guid.NewGuid():N}.part");
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
        }
        var target = Path.Combine(folder, SafeFileName(fileName));
        File.Move(temporary, target, overwrite: true);
        return target;
    }
}
