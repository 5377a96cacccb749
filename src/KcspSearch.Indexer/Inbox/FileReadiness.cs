namespace KcspSearch.Indexer.Inbox;

/// <summary>
/// Decides when a file in the inbox is completely written: its size and modification time have not changed for
/// the settle time, and it can be opened exclusively (no writer still holds it).
/// </summary>
public sealed class FileReadiness(TimeSpan settleTime, TimeProvider time)
{
    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> seen = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="path"/> can be claimed now.</summary>
    public bool IsReady(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            seen.Remove(path);
            return false;
        }
        var now = time.GetUtcNow();
        var state = (info.Length, info.LastWriteTimeUtc);
        if (!seen.TryGetValue(path, out var last) || last.Length != state.Length || last.Written != state.LastWriteTimeUtc)
        {
            seen[path] = (state.Length, state.LastWriteTimeUtc, now);
            if (settleTime > TimeSpan.Zero) return false;
        }
        else if (now - last.Since < settleTime)
            return false;
        return CanOpenExclusively(path);
    }

    /// <summary>Forgets a file once it has been claimed.</summary>
    public void Forget(string path) => seen.Remove(path);

    private static bool CanOpenExclusively(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
