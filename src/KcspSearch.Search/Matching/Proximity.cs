using KcspSearch.Search.Index;

namespace KcspSearch.Search.Matching;

/// <summary>
/// FTS5's NEAR(p1 p2 ..., N) on one chunk: within one column, an instance of every phrase such that no phrase ends
/// more than N tokens before the last one starts.
/// </summary>
internal static class Proximity
{
    public static bool IsNear(PhraseFinder finder, ChunkText text, int distance)
    {
        for (var column = 0; column < IndexSchema.Columns.Count; column++)
            if (IsNear(finder, finder.Tokens(text.Column(column)), column, distance)) return true;
        return false;
    }

    private static bool IsNear(PhraseFinder finder, List<Token> tokens, int column, int distance)
    {
        var latest = new Instance?[finder.Count];
        var seen = 0;
        // Instances come by first token: each in turn is the last to start; the others' latest instances are the closest.
        foreach (var instance in finder.Instances(tokens, column))
        {
            if (latest[instance.Phrase] is null) seen++;
            latest[instance.Phrase] = instance;
            if (seen < finder.Count) continue;
            var earliestEnd = latest.Min(i => i!.Value.Last);
            if (instance.First - earliestEnd - 1 <= distance) return true;
        }
        return false;
    }
}
