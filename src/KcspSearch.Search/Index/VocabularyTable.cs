namespace KcspSearch.Search.Index;

/// <summary>The surface words of the index, sorted, with document frequencies (public only, and all).</summary>
internal sealed class VocabularyTable(string[] words, int[] dfPublic, int[] dfAll)
{
    public IReadOnlyList<string> Words => words;

    public int Count => words.Length;

    public int DocumentFrequency(int index, bool includeRestricted) => includeRestricted ? dfAll[index] : dfPublic[index];

    public int Find(string word) => Array.BinarySearch(words, word, StringComparer.Ordinal);

    /// <summary>Indexes of the words starting with <paramref name="prefix"/>.</summary>
    public IEnumerable<int> WithPrefix(string prefix)
    {
        var i = Find(prefix);
        if (i < 0) i = ~i;
        for (; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++) yield return i;
    }
}
