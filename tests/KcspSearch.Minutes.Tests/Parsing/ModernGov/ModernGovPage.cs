using KcspSearch.Minutes.Extraction;

namespace KcspSearch.Minutes.Tests.Parsing.ModernGov;

/// <summary>Small made-up ModernGov meeting pages in the markup the live site uses.</summary>
internal static class ModernGovPage
{
    public const string DefaultSubtitle = "Kent Community Safety Partnership - Tuesday, 5th March, 2024 2.00 pm";

    public static ExtractedDocument Document(string html) => new(DocumentType.Html, "", html) { FileName = "page.html" };

    public static ExtractedDocument Build(
        string rows, string title = "Agenda and minutes", string subtitle = DefaultSubtitle, string? venue = "online") =>
        Document($"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8" /><title>Agenda</title></head>
            <body><div id="modgov">
            <div class="mgHeader"><h1 class="mgMainTitleTxt">{title}</h1></div>
            <div class="mgSubTitle"><h2 class="mgSubTitleTxt">{subtitle}</h2></div>
            <div class="mgContent">
            {(venue is null ? "" : $"""<p><span class="mgLabel">Venue: </span>{venue}</p>""")}
            <p><span class="mgLabel">Contact: </span>Joel Cook/Anna Taylor <span class="mgLabel">Email:</span></p>
            <table class="mgItemTable">
            <tr><th class="mgItemNumberCell">No.</th><th>Item</th></tr>
            {rows}
            </table>
            </div></div></body></html>
            """);

    /// <summary>One item row: web number, title paragraph, then whatever the cell holds after it.</summary>
    public static string Row(string number, string title, string cell) => $"""
        <tr>
        <td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}</p></td>
        <td>
        <p class="mgAiTitleTxt">{title}</p>
        {cell}
        </td>
        </tr>
        """;

    /// <summary>A "Minutes:" label and a Word block holding the given paragraphs' HTML.</summary>
    public static string MinutesBlock(params string[] paragraphs) =>
        $"""<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">{string.Concat(paragraphs.Select(p => $"<p class=\"MsoNormal\">{p}</p>\n"))}</div>""";
}
