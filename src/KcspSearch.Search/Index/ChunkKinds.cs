using KcspSearch.Minutes.Model;

namespace KcspSearch.Search.Index;

/// <summary>The lower-case kind names of the contracts ("discussion", "resolution"...), indexed by <see cref="ChunkKind"/>.</summary>
internal static class ChunkKinds
{
    public static readonly string[] Names = ["discussion", "resolution", "procedural", "attendance"];

    public static string Name(ChunkKind kind) => Names[(int)kind];

    public static int Parse(string name) => Array.IndexOf(Names, name.Trim().ToLowerInvariant());
}
