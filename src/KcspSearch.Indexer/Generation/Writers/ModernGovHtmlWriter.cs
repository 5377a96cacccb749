using System.Net;
using KcspSearch.Minutes.Model;

namespace KcspSearch.Indexer.Generation.Writers;

/// <summary>
/// A ModernGov "Agenda and minutes" page (like <c>kcsp-2022-03-24.html</c>): <c>h2.mgSubTitleTxt</c> heading,
/// Venue and Contact, <c>table.mgItemTable</c> with web numbers, linked titles with "PDF 228 KB", "Minutes:" and a
/// <c>div.mgWordPara</c> of Word HTML (list numbers in <c>mso-list</c> spans or typed, <c>&amp;nbsp;</c>,
/// hard line wraps, now and then a resolution after <c>&lt;br /&gt;&lt;br /&gt;</c>).
/// </summary>
public sealed class ModernGovHtmlWriter : IMinutesWriter
{
    public SourceFormat Format => SourceFormat.ModernGovHtml;
    public string Extension => ".html";

    public void Write(GeneratedMeeting generated, TextWriter output)
    {
        var meeting = generated.Meeting;
        var heading = $"{meeting.Committee} - {MinutesText.ModernGovDate(meeting.Date)} {MinutesText.ModernGovTime(meeting.StartTime)}";
        output.Write($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8" />
            <title>Agenda for {Encode(heading)}</title>
            </head>
            <body>
            <main role="main">
            <div id="modgov">
            <div class="mgHeader"><h1 class="mgMainTitleTxt" >{(meeting.Status == MeetingStatus.Draft ? "Agenda and draft minutes" : "Agenda and minutes")}</h1></div>
            <div class="mgSubTitle"><h2 class="mgSubTitleTxt" >{Encode(heading)}</h2></div>
            <div class="mgContent" >
            <p><span class="mgLabel" >Venue: </span>{Encode(meeting.Venue ?? "")}</p>
            <p><span class="mgLabel" >Contact: </span>{Encode(generated.Contact)}&nbsp; 03000 41{meeting.Date.DayNumber % 10000:0000} <span class="mgLabel" >Email:</span></p>
            <table class="mgItemTable" summary="Items for this meeting">
            <caption class="mgSectionTitle" >Items</caption>
            <tr>
            <th class="mgItemNumberCell" scope="col">No.</th>
            <th scope="col">Item</th>
            </tr>

            """);
        var list = 0;
        foreach (var item in meeting.Items)
            WriteItem(item, output, ref list);
        output.Write("</table>\n</div>\n</div>\n</main>\n</body>\n</html>\n");
    }

    private static void WriteItem(Item item, TextWriter output, ref int list)
    {
        output.Write($"<tr>\n<td class=\"mgItemNumberCell\" ><p class=\"mgAiTitleTxt\" >{item.MinuteNumber}.</p></td>\n<td>\n");
        if (item.Documents is [var document, ..])
            output.Write($"<p class=\"mgAiTitleTxt\" ><a class=\"mgAiTitleLnk\" href=\"{Encode(document.Url ?? "")}\">{Encode(item.Title)}</a> <img class=\"mgIconImg\" src=\"mgImages/logo-pdf.png\" alt=\"pdf icon\" width=\"16\" height=\"16\" /> {document.Format} {document.Size}</p>\n");
        else
            output.Write($"<p class=\"mgAiTitleTxt\" >{Encode(item.Title)}</p>\n");
        if (item.Paragraphs.Count > 0)
        {
            output.Write("<p class=\"mgSubItemTitleTxt\" >Minutes:</p>\n<div class=\"mgWordPara\" >\n");
            list++;
            for (var i = 0; i < item.Paragraphs.Count; i++)
            {
                var paragraph = item.Paragraphs[i];
                // Word sometimes keeps a short resolution in the element of the paragraph before it.
                if (i + 2 == item.Paragraphs.Count && item.Paragraphs[i + 1] is { IsResolution: true, Number: "" } last
                    && !last.Text.Contains('\n') && paragraph.Number.Length > 0 && (item.Ordinal + list) % 7 == 0)
                {
                    WriteParagraph(paragraph, output, list, tail: last.Text);
                    break;
                }
                WriteParagraph(paragraph, output, list, tail: null);
            }
            output.Write("</div>\n");
        }
        output.Write("</td>\n</tr>\n");
    }

    private static void WriteParagraph(Paragraph paragraph, TextWriter output, int list, string? tail)
    {
        var parts = paragraph.Text.Split('\n');
        var open = paragraph.Number.IndexOf('(');
        var body = Wrapped(parts[0]) + (tail is null ? "" : "<br />\n<br />\n" + Wrapped(tail));
        if (paragraph.Number.Length == 0)
            output.Write($"<p class=\"MsoNormal\">{body}</p>\n");
        else if (open >= 0)
            output.Write($"<p class=\"MsoNormal\" style=\"margin-left:36.0pt\">{paragraph.Number[open..]} {body}</p>\n");
        else if (list % 3 == 0)
            output.Write($"<p class=\"MsoNormal\">{paragraph.Number}. {body}</p>\n");
        else
            output.Write($"<p class=\"MsoListParagraph\" style=\"margin-left:18.0pt;text-indent:-18.0pt;mso-list:l{list} level1 lfo{list}\"><![if !supportLists]><span lang=\"EN-GB\"><span style=\"mso-list:Ignore\">{paragraph.Number}.<span style=\"font:7.0pt &quot;Times New Roman&quot;\">&nbsp;&nbsp;&nbsp;\n</span></span></span><![endif]>{body}</p>\n");
        foreach (var part in parts.Skip(1))
            output.Write($"<p class=\"MsoNormal\" style=\"margin-left:36.0pt\">{Wrapped(part)}</p>\n");
    }

    /// <summary>Encoded, with Word's hard line wraps and a trailing non-breaking space.</summary>
    private static string Wrapped(string text) => string.Join('\n', MinutesText.Wrap(Encode(text), 74)) + "&nbsp;";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
