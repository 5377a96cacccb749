using System.Globalization;
using System.Text.RegularExpressions;

namespace KcspSearch.Search.Query;

/// <summary>
/// The query language (docs/query-language.md): words, "phrases", OR, NOT/-word, prefix*, field filters,
/// dates and years, and natural-language questions. Every input yields a tree; nothing typed reaches SQLite
/// unquoted, because the FTS5 expression is later written from this tree alone.
/// </summary>
internal sealed partial class QueryParser : IQueryParser
{
    public const int MaxInputLength = 1000;
    public const int MaxClauses = 32;

    private static readonly string[] Fields = ["speaker", "topic", "kind", "item", "title", "from", "to", "committee", "year"];

    private enum TokenType { Word, Phrase, Field, Or, Not }

    private sealed record Token(TokenType Type, string Text, bool Negated = false, string? Field = null);

    public ParsedQuery Parse(string? text)
    {
        var query = new ParsedQuery();
        if (string.IsNullOrWhiteSpace(text)) return query;

        text = Words.Clean(text);
        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
            query.Notes.Add($"only the first {MaxInputLength} characters were used");
        }

        query.DecisionIntent = NaturalLanguage.TakeDecisionIntent(ref text);
        query.SpeakerIntent = NaturalLanguage.TakeSpeakerIntent(ref text);

        var pendingOr = false;
        var stopWords = new List<string>();
        foreach (var token in Lex(text))
        {
            switch (token.Type)
            {
                case TokenType.Or:
                    pendingOr = query.Clauses.Count > 0;
                    continue;
                case TokenType.Field:
                    ApplyField(query, token.Field!, token.Text, token.Negated);
                    break;
                case TokenType.Phrase:
                case TokenType.Word:
                    if (token.Type == TokenType.Word && YearToken().IsMatch(token.Text))
                    {
                        query.Years.Add(int.Parse(token.Text, CultureInfo.InvariantCulture));
                        break;
                    }
                    var node = ToNode(token);
                    if (node is null) break;
                    if (token.Negated)
                    {
                        query.Exclusions.Add(node);
                        break;
                    }
                    if (token.Type == TokenType.Word && node is TermNode { Prefix: false } term && StopWords.Contains(term.Word) && !pendingOr)
                    {
                        stopWords.Add(term.Word);
                        break;
                    }
                    AddClause(query, node, pendingOr);
                    break;
            }
            pendingOr = false;
        }

        // A query of stop words only ("to be or not") still means those words.
        if (query.Clauses.Count == 0 && !query.HasText && !query.DecisionIntent && query.SpeakerIntent is null && stopWords.Count > 0
            && query is { Speakers.Count: 0, Topics.Count: 0, Kinds.Count: 0, Years.Count: 0, From: null, To: null })
            foreach (var word in stopWords) query.Clauses.Add(new TermNode(word));

        if (query.Clauses.Count > MaxClauses)
        {
            query.Clauses.RemoveRange(MaxClauses, query.Clauses.Count - MaxClauses);
            query.Notes.Add($"only the first {MaxClauses} terms were used");
        }
        return query;
    }

    private static void AddClause(ParsedQuery query, QueryNode node, bool or)
    {
        if (or && query.Clauses.Count > 0)
        {
            var previous = query.Clauses[^1];
            var alternatives = previous is OrNode o ? [.. o.Alternatives, node] : new List<QueryNode> { previous, node };
            query.Clauses[^1] = new OrNode(alternatives);
        }
        else query.Clauses.Add(node);
    }

    private static QueryNode? ToNode(Token token)
    {
        var raw = token.Text;
        var prefix = token.Type == TokenType.Word && raw.EndsWith('*');
        var words = Words.Split(raw).ToList();
        if (words.Count == 0) return null;
        if (words.Count == 1) return new TermNode(words[0], prefix, raw.TrimEnd('*'));
        return new PhraseNode(words);
    }

    private static void ApplyField(ParsedQuery query, string field, string value, bool negated)
    {
        if (negated) query.Notes.Add($"-{field}: cannot exclude; used as {field}:");
        value = value.Trim();
        if (value.Length == 0) return;
        switch (field)
        {
            case "speaker": query.Speakers.Add(value); break;
            case "topic": query.Topics.Add(value); break;
            case "committee": query.Committees.Add(value); break;
            case "kind": query.Kinds.Add(ParseKind(value)); break;
            case "item":
            case "title":
                var words = Words.Split(value).ToList();
                if (words.Count > 0) query.ItemTitles.Add(new PhraseNode(words));
                break;
            case "from": query.From = QueryDates.Parse(value, "from", end: false); break;
            case "to": query.To = QueryDates.Parse(value, "to", end: true); break;
            case "year":
                if (!YearToken().IsMatch(value))
                    throw new QuerySyntaxException($"year:{value} is not a year; write four digits, e.g. year:2019.");
                query.Years.Add(int.Parse(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string ParseKind(string value) => value.ToLowerInvariant() switch
    {
        "discussion" or "discussions" => "discussion",
        "resolution" or "resolutions" or "decision" or "decisions" or "resolved" => "resolution",
        "procedural" or "procedure" => "procedural",
        "attendance" => "attendance",
        _ => throw new QuerySyntaxException(
            $"kind:{value} is not a kind of passage; use kind:discussion, kind:resolution, kind:procedural or kind:attendance."),
    };

    private static IEnumerable<Token> Lex(string text)
    {
        var i = 0;
        var negateNext = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '(' or ')' or '+')
            {
                i++;
                continue;
            }
            var negated = negateNext;
            negateNext = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }
            if (text[i] == '"')
            {
                yield return new Token(TokenType.Phrase, ReadQuoted(text, ref i), negated);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')')) i++;
            var raw = text[start..i];
            var field = FieldPrefix().Match(raw);
            if (field.Success && Fields.Contains(field.Groups[1].Value.ToLowerInvariant()))
            {
                var name = field.Groups[1].Value.ToLowerInvariant();
                var value = raw[field.Length..];
                if (value.Length == 0 && i < text.Length && text[i] == '"') value = ReadQuoted(text, ref i);
                yield return new Token(TokenType.Field, value, negated, name);
                continue;
            }
            switch (raw)
            {
                case "OR" or "|" or "||":
                    yield return new Token(TokenType.Or, raw);
                    break;
                case "AND" or "&&" or "&":
                    break;
                case "NOT":
                    negateNext = true;
                    break;
                default:
                    yield return new Token(TokenType.Word, raw, negated);
                    break;
            }
        }
    }

    /// <summary>Reads a quoted string from the opening quote at <paramref name="i"/>; an unbalanced quote runs to the end.</summary>
    private static string ReadQuoted(string text, ref int i)
    {
        var start = i + 1;
        var end = text.IndexOf('"', start);
        if (end < 0) end = text.Length;
        i = Math.Min(text.Length, end + 1);
        return text[start..end];
    }

    [GeneratedRegex(@"^(\p{L}+):", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPrefix();

    // Bare years are a date filter (1900-2099).
    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex YearToken();
}
