using System.Text;

namespace KcspSearch.Search.Query;

/// <summary>
/// Writes FTS5 MATCH expressions from the query tree. Every word is double-quoted and consists of letters and
/// digits only (see <see cref="Words"/>), so no user input can be read by FTS5 as syntax.
/// </summary>
internal static class FtsExpression
{
    public static string Node(QueryNode node) => node switch
    {
        TermNode t => t.Prefix ? $"\"{t.Word}\" *" : $"\"{t.Word}\"",
        PhraseNode p => $"\"{string.Join(' ', p.Words)}\"",
        OrNode o => $"({string.Join(" OR ", o.Alternatives.Select(Node))})",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static string TitlePhrase(PhraseNode phrase) => $"{{title}} : {Node(phrase)}";

    /// <summary>All of <paramref name="required"/> (or any of them when <paramref name="any"/>), none of <paramref name="excluded"/>; null when nothing is required.</summary>
    public static string? Combine(IReadOnlyList<string> required, IReadOnlyList<string> excluded, bool any = false)
    {
        if (required.Count == 0) return null;
        var sb = new StringBuilder();
        sb.Append('(').Append(string.Join(any ? " OR " : " AND ", required)).Append(')');
        foreach (var e in excluded) sb.Append(" NOT (").Append(e).Append(')');
        return sb.ToString();
    }

    /// <summary>NEAR group of plain terms and phrases, for the proximity boost; null when fewer than two qualify.</summary>
    public static string? Near(IReadOnlyList<QueryNode> clauses, int distance)
    {
        var parts = clauses.Where(c => c is TermNode { Prefix: false } or PhraseNode).Select(Node).ToList();
        return parts.Count < 2 ? null : $"NEAR({string.Join(' ', parts)}, {distance})";
    }
}
