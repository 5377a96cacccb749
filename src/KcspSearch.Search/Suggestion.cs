namespace KcspSearch.Search;

/// <summary>A prefix completion.</summary>
/// <param name="Kind">"title", "speaker", "topic" or "term".</param>
/// <param name="Value">What to put in the query or filter (a person id for speakers, a topic id for topics).</param>
/// <param name="Count">Visible chunks behind the suggestion.</param>
public sealed record Suggestion(string Text, string Kind, string Value, int Count);
