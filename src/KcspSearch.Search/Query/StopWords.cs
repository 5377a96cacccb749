namespace KcspSearch.Search.Query;

/// <summary>English function words and question words that carry no subject in an officer's question.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Set = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
        "during", "each", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
        "regarding", "re", "said", "same", "say", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "your", "us", "tell", "me", "show", "find", "anything", "everything",
        "concerning", "around", "ever", "got", "get", "there", "been", "discussed", "discuss", "mentioned", "mention",
        "talk", "talked", "please",
    };

    public static bool Contains(string word) => Set.Contains(word);
}
