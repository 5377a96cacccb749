namespace KcspSearch.Tests;

/// <summary>
/// Finds the client's real minutes in <c>../shared</c> beside the repository. A clone elsewhere may lack it:
/// tests marked <see cref="SharedFactAttribute"/> then skip with a reason, except under CI
/// (<c>KCSP_REQUIRE_SHARED=1</c>, set by <c>.ci/run</c>) where a missing folder fails the run.
/// </summary>
public static class SharedFiles
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? Directory => Root.Value;

    public static bool Required => Environment.GetEnvironmentVariable("KCSP_REQUIRE_SHARED") == "1";

    public static string SkipReason =>
        "../shared (the real minutes used as fixtures) is not beside this clone; set KCSP_SHARED_DIR to its path to run these tests.";

    /// <summary>Full path of a file under shared/, e.g. <c>Path("fixtures/kcsp-2019-10-08.pdf")</c>.</summary>
    public static string Path(string relative) =>
        System.IO.Path.Combine(Directory ?? throw new InvalidOperationException(SkipReason), relative);

    public static string Seed(string name) => Path(System.IO.Path.Combine("seeds", name));

    public static string Fixture(string name) => Path(System.IO.Path.Combine("fixtures", name));

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("KCSP_SHARED_DIR");
        if (!string.IsNullOrEmpty(configured) && System.IO.Directory.Exists(System.IO.Path.Combine(configured, "seeds")))
            return System.IO.Path.GetFullPath(configured);

        // Walk up from the test binaries: the repository's parent holds shared/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (System.IO.Directory.Exists(System.IO.Path.Combine(candidate, "seeds"))
                && System.IO.Directory.Exists(System.IO.Path.Combine(candidate, "fixtures")))
                return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared: skipped with a clear reason when it is missing, failed under CI.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFiles.Directory is null && !SharedFiles.Required) Skip = SharedFiles.SkipReason;
    }
}

/// <summary>A theory that needs ../shared; see <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (SharedFiles.Directory is null && !SharedFiles.Required) Skip = SharedFiles.SkipReason;
    }
}
