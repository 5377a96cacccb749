namespace KcspSearch.Search;

/// <summary>A query the user must fix; the message says what to change.</summary>
public sealed class QuerySyntaxException(string message) : Exception(message);
