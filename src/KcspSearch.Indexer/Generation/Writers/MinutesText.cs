using System.Globalization;

namespace KcspSearch.Indexer.Generation.Writers;

/// <summary>Wording shared by the writers: headings' dates and times, hard line wrapping.</summary>
internal static class MinutesText
{
    /// <summary>ModernGov's "Thursday, 24th March, 2022".</summary>
    public static string ModernGovDate(DateOnly date) =>
        $"{date:dddd}, {date.Day}{Ordinal(date.Day)} {date:MMMM}, {date.Year}".ToString(CultureInfo.InvariantCulture);

    /// <summary>ModernGov's "10.00 am" from "10:00".</summary>
    public static string ModernGovTime(string? time)
    {
        if (time is null) return "";
        var hour = int.Parse(time[..2], CultureInfo.InvariantCulture);
        var suffix = hour >= 12 ? "pm" : "am";
        var twelve = hour % 12 == 0 ? 12 : hour % 12;
        return $"{twelve}.{time[3..]} {suffix}";
    }

    /// <summary>Printed minutes' "Tuesday, 8 October 2019".</summary>
    public static string PrintedDate(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Ordinal(int day) => day switch
    {
        1 or 21 or 31 => "st",
        2 or 22 => "nd",
        3 or 23 => "rd",
        _ => "th",
    };

    /// <summary>Breaks text into lines of at most <paramref name="width"/> characters at spaces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var start = 0;
        while (text.Length - start > width)
        {
            var cut = text.LastIndexOf(' ', start + width, width);
            if (cut <= start) cut = text.IndexOf(' ', start + width);
            if (cut < 0) break;
            yield return text[start..cut];
            start = cut + 1;
        }
        yield return text[start..];
    }
}
