using KcspSearch.Search.Index;

namespace KcspSearch.Search.Query;

/// <summary>
/// Finds the word of the index vocabulary a misspelt query word most likely meant ("homocide" → homicide,
/// "Folkestone" → the minutes' "folkstone"): smallest Damerau-Levenshtein distance, then most frequent.
/// </summary>
internal static class SpellingCorrector
{
    public static string? Correct(string word, VocabularyTable vocabulary, bool includeRestricted)
    {
        if (word.Length < 4 || word.All(char.IsDigit)) return null;
        var maxDistance = word.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var candidate = vocabulary.Words[i];
            if (Math.Abs(candidate.Length - word.Length) > maxDistance) continue;
            var frequency = vocabulary.DocumentFrequency(i, includeRestricted);
            if (frequency == 0) continue;
            var distance = Distance(word, candidate, Math.Min(maxDistance, bestDistance));
            if (distance > maxDistance || distance == 0) continue;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                best = candidate;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, giving up (returning limit + 1) once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
