using System.Globalization;
using KcspSearch.Minutes.Parsing;

namespace KcspSearch.Search.Highlighting;

/// <summary>How an officer cites a passage: "KCSP, 24 March 2022, item 8 (Domestic Homicide Review Update), para 2".</summary>
internal static class Citations
{
    public static string For(string committee, DateOnly date, int? ordinal, string? minuteNumber, string? title, string paragraph)
    {
        var parts = new List<string>
        {
            MeetingIds.Slug(committee).ToUpperInvariant(),
            date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        };
        if (ordinal is { } n)
        {
            var item = minuteNumber is { Length: > 0 } minute ? $"minute {minute}" : $"item {n}";
            parts.Add(title is { Length: > 0 } ? $"{item} ({title})" : item);
        }
        if (Paragraph(paragraph) is { } para) parts.Add(para);
        return string.Join(", ", parts);
    }

    private static string? Paragraph(string paragraph) => paragraph switch
    {
        "" or "P" => null,
        "A" => "attendance",
        "R" => "resolution",
        _ when paragraph.StartsWith('R') && paragraph.Length > 1 && char.IsDigit(paragraph[1]) => $"resolution {paragraph[1..]}",
        _ => $"para {paragraph}",
    };
}
