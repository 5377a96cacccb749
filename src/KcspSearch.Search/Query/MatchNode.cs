namespace KcspSearch.Search.Query;

/// <summary>
/// A node of the match expression the engine evaluates, written from the query tree: FTS5's expression language
/// (phrases, AND, OR, NOT) as data, so the engine can evaluate it over its own postings and write it as FTS5 syntax
/// (<see cref="FtsExpression.Write"/>) where SQLite does the work.
/// </summary>
internal abstract record MatchNode;

/// <summary>
/// FTS5's "phrase": one word or several in order, the last optionally a prefix; <paramref name="TitleOnly"/> limits it
/// to the item-title column. Words are already normalised (see <see cref="Words"/>).
/// </summary>
internal sealed record MatchPhrase(IReadOnlyList<string> Words, bool Prefix = false, bool TitleOnly = false) : MatchNode;

/// <summary>Every child matches (AND).</summary>
internal sealed record MatchAll(IReadOnlyList<MatchNode> Children) : MatchNode;

/// <summary>Any child matches (OR).</summary>
internal sealed record MatchAny(IReadOnlyList<MatchNode> Children) : MatchNode;

/// <summary><paramref name="Included"/> matches and none of <paramref name="Excluded"/> does (NOT).</summary>
internal sealed record MatchExcept(MatchNode Included, IReadOnlyList<MatchNode> Excluded) : MatchNode;
