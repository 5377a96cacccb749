namespace KcspSearch.Minutes.Enrichment;

/// <summary>
/// Finds a committed config file (topics.json, acronyms.json): in <see cref="MinutesOptions.ConfigDirectory"/>, else in an
/// <c>index-data</c> folder above the binaries (a checkout), else the copy embedded in this assembly, so the library works anywhere.
/// </summary>
internal static class CommittedConfig
{
    public static (string Json, string Source) Read(string fileName, MinutesOptions options)
    {
        var configured = Path.Combine(options.ConfigDirectory, fileName);
        if (File.Exists(configured)) return (File.ReadAllText(configured), Path.GetFullPath(configured));

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "index-data", fileName);
            if (File.Exists(candidate)) return (File.ReadAllText(candidate), candidate);
        }

        var resource = $"KcspSearch.Minutes.{fileName}";
        using var stream = typeof(CommittedConfig).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{fileName}: not found in {Path.GetFullPath(options.ConfigDirectory)}, above {AppContext.BaseDirectory} or embedded.");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), $"embedded {fileName}");
    }
}
