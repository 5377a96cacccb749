using System.Globalization;
using System.Text;

namespace KcspSearch.Search.Query;

/// <summary>
/// Splits text into words the way FTS5's <c>unicode61 remove_diacritics 2</c> does (runs of letters and digits,
/// lower-cased, accents folded), so what the query side sees as a word is what the index holds.
/// </summary>
internal static class Words
{
    public const int MaxWordLength = 64;

    public static IEnumerable<string> Split(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = Normalise(text.AsSpan(start, i - start));
                if (word.Length > 0) yield return word;
                start = -1;
            }
        }
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower case, diacritics removed, capped in length (<paramref name="limit"/> characters).</summary>
    public static string Normalise(ReadOnlySpan<char> word, int limit = MaxWordLength)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            sb.Append(char.ToLowerInvariant(c));
            if (sb.Length >= limit) break;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Control characters become spaces: they carry no meaning and the highlighter uses two as markers.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });
    }
}
