namespace KcspSearch.Search.Query;

/// <summary>A node of the parsed query tree. Words are already normalised (see <see cref="Words"/>).</summary>
internal abstract record QueryNode
{
    /// <summary>How the node reads back to the user in <c>interpretedAs</c>.</summary>
    public abstract string Describe();
}

/// <summary>One word, optionally a prefix ("fund*"); <paramref name="Original"/> keeps the user's casing (acronyms).</summary>
internal sealed record TermNode(string Word, bool Prefix = false, string? Original = null) : QueryNode
{
    public override string Describe() => Prefix ? Word + "*" : Word;
}

/// <summary>Words that must appear together in order ("domestic homicide"); also what "anti-social" becomes.</summary>
internal sealed record PhraseNode(IReadOnlyList<string> Words) : QueryNode
{
    public override string Describe() => $"\"{string.Join(' ', Words)}\"";
}

/// <summary>Any of the alternatives: the user's OR, or an acronym and its expansion.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Alternatives) : QueryNode
{
    public override string Describe() => $"({string.Join(" OR ", Alternatives.Select(a => a.Describe()))})";
}
