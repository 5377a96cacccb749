using System.Globalization;

namespace KcspSearch.Search.Query;

/// <summary>Dates in <c>from:</c>/<c>to:</c>: a day (2022-01-31 or 31/01/2022), a month (2022-01) or a year (2022).</summary>
internal static class QueryDates
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy-M-d", "d/M/yyyy", "dd/MM/yyyy", "d MMMM yyyy", "d MMM yyyy"];

    public static DateOnly Parse(string value, string field, bool end)
    {
        var v = value.Trim();
        if (DateOnly.TryParseExact(v, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateOnly.TryParseExact(v, ["yyyy-MM", "yyyy-M", "MMMM yyyy", "MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return end ? month.AddMonths(1).AddDays(-1) : month;
        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        throw new QuerySyntaxException(
            $"{field}:{(v.Length > 40 ? v[..40] + "…" : v)} is not a date; write {field}:2022-01-31, {field}:2022-01 or {field}:2022.");
    }
}
