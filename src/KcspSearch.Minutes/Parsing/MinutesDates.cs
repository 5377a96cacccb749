using System.Globalization;
using System.Text.RegularExpressions;

namespace KcspSearch.Minutes.Parsing;

/// <summary>
/// Dates and times as minutes write them: "Thursday, 24th March, 2022 10.00 am" (ModernGov),
/// "Tuesday, 8 October 2019" (printed), "18 November 2021".
/// </summary>
public static partial class MinutesDates
{
    /// <summary>Finds the first "[weekday,] day[st|nd|rd|th] Month[,] year" in the text.</summary>
    public static DateOnly? FindDate(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success) return null;
        var month = DateTime.ParseExact(m.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>Finds a time such as "10.00 am", "2pm", "14:30" and returns it as "HH:mm".</summary>
    public static string? FindTime(string text)
    {
        var m = TimePattern().Match(text);
        if (!m.Success) return null;
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["ampm"].Value.ToLowerInvariant();
        if (meridiem.StartsWith('p') && hour < 12) hour += 12;
        if (meridiem.StartsWith('a') && hour == 12) hour = 0;
        return hour < 24 && minute < 60 ? $"{hour:00}:{minute:00}" : null;
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    // "10.00 am", "10:00am", "2 pm", "14:30" (a 24-hour time needs the colon, so "2019." is never a time).
    [GeneratedRegex(@"\b(?<h>\d{1,2})(?:[.:](?<m>\d\d))?\s*(?<ampm>[ap]\.?m\.?)(?![a-z])|\b(?<h>\d{1,2}):(?<m>\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
