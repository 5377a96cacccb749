namespace KcspSearch.Benchmarks.Corpora;

/// <summary>
/// A benchmark corpus: minutes written by <c>kcsp generate</c> with a fixed seed and indexed by <c>kcsp index</c>,
/// cached in <c>benchmarks/.corpora/{size}</c> (or under <c>KCSP_BENCH_CORPORA</c>). Built by <c>benchmarks/build-corpus.sh</c>.
/// </summary>
public sealed record Corpus(string Size)
{
    /// <summary>The sizes the scripts build, smallest first.</summary>
    public static readonly string[] Sizes = ["10k", "100k", "1m"];

    public static string Root => Environment.GetEnvironmentVariable("KCSP_BENCH_CORPORA") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(RepositoryRoot(), "benchmarks", ".corpora");

    public string Directory => Path.Combine(Root, Size);

    /// <summary>The generated minutes files.</summary>
    public string Minutes => Path.Combine(Directory, "minutes");

    /// <summary>The index folder (holding kcsp.db).</summary>
    public string Index => Path.Combine(Directory, "index");

    public bool Exists => File.Exists(Path.Combine(Index, "kcsp.db"));

    /// <summary>The corpora that have been built, for <c>[ParamsSource]</c>; <c>KCSP_BENCH_SIZES=10k,100k</c> narrows them.</summary>
    public static IEnumerable<string> Built()
    {
        var wanted = Environment.GetEnvironmentVariable("KCSP_BENCH_SIZES")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Sizes.Where(s => new Corpus(s).Exists && (wanted is not { Length: > 0 } || wanted.Contains(s, StringComparer.OrdinalIgnoreCase)));
    }

    public Corpus EnsureBuilt() => Exists ? this
        : throw new InvalidOperationException($"The {Size} corpus is not built in {Directory}; run benchmarks/build-corpus.sh {Size} first.");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KcspSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("KcspSearch.sln not found above the benchmark binaries; set KCSP_BENCH_CORPORA to the corpora folder.");
    }
}
