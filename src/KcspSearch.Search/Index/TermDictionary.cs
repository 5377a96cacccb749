using System.Collections.Concurrent;

namespace KcspSearch.Search.Index;

/// <summary>
/// Maps words to term ids: surface forms seen in the index ("reviews") to the FTS5 term ("review") they were indexed
/// under, and any other word through <see cref="FtsStemmer"/>. Shared by every snapshot; only the loader adds entries.
/// </summary>
internal sealed class TermDictionary(FtsStemmer stemmer)
{
    private const int MaxCachedStems = 10_000;
    private readonly ConcurrentDictionary<string, int> surfaceIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> queryStems = new(StringComparer.Ordinal);

    /// <summary>Surface id → term id (-1 until stemmed).</summary>
    public Growable<int> SurfaceTerms { get; } = new(1024);
    public Growable<string> Surfaces { get; } = new(1024);
    public Growable<string> Terms { get; } = new(1024);
    public FtsStemmer Stemmer => stemmer;

    public ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SurfaceLookup => surfaceIds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id of a surface form, adding it (not yet stemmed) when new.</summary>
    public int AddSurface(ReadOnlySpan<char> surface, out bool added)
    {
        var lookup = SurfaceLookup;
        if (lookup.TryGetValue(surface, out var id))
        {
            added = false;
            return id;
        }
        id = Surfaces.Count;
        var text = surface.ToString();
        Surfaces.Add(text);
        SurfaceTerms.Add(-1);
        surfaceIds[text] = id;
        added = true;
        return id;
    }

    /// <summary>Stems the given new surfaces and records their terms, adding terms not seen before.</summary>
    public void Resolve(IReadOnlyList<int> newSurfaces)
    {
        var stems = stemmer.Stem(newSurfaces.Select(i => Surfaces[i]).ToList());
        for (var i = 0; i < newSurfaces.Count; i++)
            SurfaceTerms[newSurfaces[i]] = stems[i] is { } stem ? AddTerm(stem) : -1;
    }

    private int AddTerm(string term)
    {
        if (termIds.TryGetValue(term, out var id)) return id;
        id = Terms.Count;
        Terms.Add(term);
        termIds[term] = id;
        return id;
    }

    /// <summary>The term id of a query word, or -1 when the index does not hold its term.</summary>
    public int Find(string word)
    {
        if (surfaceIds.TryGetValue(word, out var surface) && SurfaceTerms[surface] is var known and >= 0) return known;
        return Stem(word) is { } stem && termIds.TryGetValue(stem, out var id) ? id : -1;
    }

    /// <summary>The id of an FTS5 term ("homicid"), or -1.</summary>
    public int TermId(string term) => termIds.GetValueOrDefault(term, -1);

    /// <summary>FTS5's term for any word (cached), or null when FTS5 finds no token in it.</summary>
    public string? Stem(string word)
    {
        if (queryStems.TryGetValue(word, out var stem)) return stem;
        stem = stemmer.Stem([word])[0];
        if (queryStems.Count >= MaxCachedStems) queryStems.Clear();
        queryStems[word] = stem;
        return stem;
    }
}
