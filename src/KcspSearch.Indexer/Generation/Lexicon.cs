namespace KcspSearch.Indexer.Generation;

/// <summary>
/// Invented proper names (projects, places, case pseudonyms) drawn Zipf-like, so that a large corpus has the long
/// tail of rare words real minutes have. The names do not depend on the seed: the same word means the same
/// place in every corpus.
/// </summary>
public static class Lexicon
{
    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "sh", "st", "t", "th", "v", "w", "y"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
    private static readonly string[] Codas = ["", "n", "l", "r", "m", "nd", "rt", "ck", "st", "ll", "th", "x"];
    private static readonly string[] Endings = ["ford", "ham", "ton", "ley", "wick", "field", "den", "hurst", "stone", "bury", "gate", "well", "mere", "combe", "by", "worth"];

    public const int Size = 40_000;

    private static readonly Lazy<string[]> Words = new(Build);
    private static readonly ZipfSampler Sampler = new(Size, 1.05);

    public static string Next(Random random) => Words.Value[Sampler.Next(random)];

    private static string[] Build()
    {
        var random = new Random(20050101);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new string[Size];
        for (var i = 0; i < Size;)
        {
            var word = Syllable(random) + (random.Next(3) == 0 ? Syllable(random) : "") + Endings[random.Next(Endings.Length)];
            word = char.ToUpperInvariant(word[0]) + word[1..];
            if (seen.Add(word)) words[i++] = word;
        }
        return words;
    }

    private static string Syllable(Random random) =>
        Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] + Codas[random.Next(Codas.Length)];
}
