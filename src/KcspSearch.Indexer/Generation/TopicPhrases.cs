namespace KcspSearch.Indexer.Generation;

/// <summary>
/// Wording for one topic of <c>index-data/topics.json</c>. A phrase may start with "2019-|" or "2016-2021|"
/// to limit it to the years the term was in use (the VRU from 2019, Brexit 2016–2021).
/// </summary>
/// <param name="TopicId">The taxonomy id the phrases should be tagged with.</param>
/// <param name="Titles">Item titles.</param>
/// <param name="Subjects">Noun phrases: "an update on {subject}".</param>
/// <param name="Findings">Clauses: "{speaker} confirmed that {finding}".</param>
/// <param name="Actions">Resolution parts: "agree {action}".</param>
public sealed record TopicPhrases(string TopicId, string[] Titles, string[] Subjects, string[] Findings, string[] Actions)
{
    /// <summary>True when a phrase (with its optional year prefix) belongs to <paramref name="year"/>.</summary>
    public static bool InUse(string phrase, int year)
    {
        var bar = phrase.IndexOf('|');
        if (bar < 0) return true;
        var span = phrase.AsSpan(0, bar);
        var dash = span.IndexOf('-');
        var from = int.Parse(span[..dash]);
        var to = dash == span.Length - 1 ? int.MaxValue : int.Parse(span[(dash + 1)..]);
        return year >= from && year <= to;
    }

    public static string Text(string phrase)
    {
        var bar = phrase.IndexOf('|');
        return bar < 0 ? phrase : phrase[(bar + 1)..];
    }
}
