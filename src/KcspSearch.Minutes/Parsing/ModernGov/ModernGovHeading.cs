using System.Text.RegularExpressions;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Minutes.Parsing.ModernGov;

/// <summary>
/// The page heading of a ModernGov meeting: "Agenda and draft minutes" and
/// "Kent Community Safety Partnership - Thursday, 24th March, 2022 10.00 am" (possibly ", CANCELLED").
/// </summary>
internal sealed partial record ModernGovHeading(string Committee, DateOnly Date, string? StartTime, bool Cancelled)
{
    /// <summary>True for "Agenda and minutes", "Agenda and draft minutes" and similar page titles.</summary>
    public static bool IsMinutesTitle(string title) => MinutesTitle().IsMatch(ModernGovPatterns.Clean(title));

    public static MeetingStatus StatusOf(string title, bool cancelled) =>
        cancelled ? MeetingStatus.Cancelled
        : DraftWord().IsMatch(title) ? MeetingStatus.Draft
        : MeetingStatus.Approved;

    /// <summary>Reads "Committee - Weekday, 24th March, 2022 10.00 am[, CANCELLED]"; null when it is not such a line.</summary>
    public static ModernGovHeading? TryParse(string subtitle)
    {
        // Every subtitle has a dash before the date; most paragraphs tried here have none and skip the costly pattern.
        if (subtitle.AsSpan().IndexOfAny('-', '–', '—') < 0)
            return null;
        var match = Subtitle().Match(ModernGovPatterns.Clean(subtitle));
        if (!match.Success)
            return null;
        var when = match.Groups["when"].Value;
        var cancelled = CancelledTail().IsMatch(when);
        when = CancelledTail().Replace(when, "");
        return MinutesDates.FindDate(when) is DateOnly date
            ? new ModernGovHeading(match.Groups["committee"].Value.Trim(), date, MinutesDates.FindTime(when), cancelled)
            : null;
    }

    // The committee, a dash, then the date part; a weekday marks where the date starts, so dashes
    // inside committee names ("Kent and Medway - Joint ...") stay in the name.
    [GeneratedRegex(@"^(?<committee>.+?)\s+[-–—]\s+(?<when>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*\d{4}.*)$|^(?<committee>.+)\s+[-–—]\s+(?<when>[^-–—]*\d{4}[^-–—]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Subtitle();

    [GeneratedRegex(@",?\s*\bCANCELLED\b\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CancelledTail();

    [GeneratedRegex(@"^(?:Agenda\b.*\b)?(?:draft\s+)?minutes\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesTitle();

    [GeneratedRegex(@"\bdraft\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftWord();
}
