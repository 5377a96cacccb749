namespace KcspSearch.Search.Query;

/// <summary>User text → <see cref="ParsedQuery"/>. Never touches the index; throws only <see cref="QuerySyntaxException"/>.</summary>
internal interface IQueryParser
{
    ParsedQuery Parse(string? text);
}
