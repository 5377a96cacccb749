namespace KcspSearch.Api.Tests.Support;

/// <summary>Files of this repository the tests read: the committed topic taxonomy and acronyms in index-data/.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ConfigDirectory => Path.Combine(Root, "index-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KcspSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("KcspSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
