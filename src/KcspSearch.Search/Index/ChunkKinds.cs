using KcspSearch.Minutes.Model;

namespace KcspSearch.Search.Index;

/// <summary>The lower-case kind names of the contracts ("discussion", "resolution"...), indexed by <see cref="ChunkKind"/>.</summary>
internal static class ChunkKinds
{
    public static readonly string[] Names = ["discussion", "resolution", "procedural", "attendance"];

    public static string Name(ChunkKind kind) => Names[(int)kind];

    /// <summary>The stored code of a kind (its index in <see cref="Names"/>); throws for a kind with no name.</summary>
    public static int Code(ChunkKind kind) => (int)kind >= 0 && (int)kind < Names.Length
        ? (int)kind
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown chunk kind");

    /// <summary>The name of a stored code.</summary>
    public static string FromCode(long code) => Names[code];

    public static int Parse(string name) => Array.IndexOf(Names, name.Trim().ToLowerInvariant());
}
