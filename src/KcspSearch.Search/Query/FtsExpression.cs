using System.Text;

namespace KcspSearch.Search.Query;

/// <summary>
/// Writes FTS5 MATCH expressions from match trees and query nodes. Every word is double-quoted and consists of
/// letters and digits only (see <see cref="Words"/>), so no user input can be read by FTS5 as syntax.
/// </summary>
internal static class FtsExpression
{
    public static MatchNode From(QueryNode node) => node switch
    {
        TermNode t => new MatchPhrase([t.Word], t.Prefix),
        PhraseNode p => new MatchPhrase(p.Words),
        OrNode o => new MatchAny(o.Alternatives.Select(From).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>All of <paramref name="required"/> (or any of them when <paramref name="any"/>), none of <paramref name="excluded"/>; null when nothing is required.</summary>
    public static MatchNode? Combine(IReadOnlyList<MatchNode> required, IReadOnlyList<MatchNode> excluded, bool any = false)
    {
        if (required.Count == 0) return null;
        MatchNode included = required.Count == 1 ? required[0] : any ? new MatchAny(required) : new MatchAll(required);
        return excluded.Count == 0 ? included : new MatchExcept(included, excluded);
    }

    public static string Write(MatchNode node) => node switch
    {
        MatchPhrase { TitleOnly: true } p => $"{{title}} : {Phrase(p)}",
        MatchPhrase p => Phrase(p),
        MatchAll a => "(" + string.Join(" AND ", a.Children.Select(Write)) + ")",
        MatchAny o => "(" + string.Join(" OR ", o.Children.Select(Write)) + ")",
        MatchExcept e => new StringBuilder("(").Append(Write(e.Included)).Append(')')
            .AppendJoin("", e.Excluded.Select(x => $" NOT ({Write(x)})")).ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>NEAR group of the phrases, for the proximity boost.</summary>
    public static string Near(IReadOnlyList<MatchPhrase> phrases, int distance) =>
        $"NEAR({string.Join(' ', phrases.Select(Phrase))}, {distance})";

    private static string Phrase(MatchPhrase p) => p.Prefix ? $"\"{string.Join(' ', p.Words)}\" *" : $"\"{string.Join(' ', p.Words)}\"";
}
