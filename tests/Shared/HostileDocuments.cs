using System.IO.Compression;
using System.Text;

namespace KcspSearch.Tests;

/// <summary>
/// A minutes file a hostile or careless world might send: its name, its bytes, and what the pipeline must make of it —
/// the <c>MinutesError</c> it is refused with (<see cref="Reason"/>), or the meeting it is indexed as.
/// </summary>
public sealed record HostileDocument(string FileName, byte[] Content, string? Reason, string? MeetingId, string What)
{
    public bool Accepted => Reason is null;

    public override string ToString() => $"{FileName} ({What})";
}

/// <summary>
/// Generates the hostile document set (nothing binary is committed): empty and blank files, a truncated PDF, random
/// bytes behind a PDF header, an encrypted PDF, a PDF without text, PDFs of thousands of pages, a ModernGov page full
/// of scripts, a page that is not minutes, .docx zip bombs, binary data named .txt, and minutes in UTF-16 and
/// Windows-1252. The limits they are built against are in <see cref="Settings"/>; hosts under test apply them.
/// </summary>
public static class HostileDocuments
{
    /// <summary>The largest document accepted; a .docx may inflate to 20 times this.</summary>
    public const long MaxDocumentBytes = 2 * 1024 * 1024;

    /// <summary>The most text a PDF may yield.</summary>
    public const int MaxExtractedChars = 1_000_000;

    /// <summary>A word that occurs only inside a &lt;script&gt; element of <see cref="ScriptLadenPage"/>: it must never be indexed.</summary>
    public const string ScriptOnlyWord = "zanzibarinjection";

    /// <summary>Configuration (section <c>Kcsp</c>) the documents are built against.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Kcsp:MaxDocumentBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Kcsp:MaxExtractedChars"] = MaxExtractedChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Kcsp:PdfToTextTimeout"] = "00:00:30",
    };

    public static DateOnly Utf16Date { get; } = new(2023, 6, 15);
    public static DateOnly Utf16BigEndianDate { get; } = new(2023, 7, 20);
    public static DateOnly Windows1252Date { get; } = new(2023, 9, 14);
    public static DateOnly ScriptPageDate { get; } = new(2024, 3, 5);

    private static readonly Lazy<IReadOnlyList<HostileDocument>> Set = new(Build);

    /// <summary>Every document, refused and accepted ones mixed.</summary>
    public static IReadOnlyList<HostileDocument> All => Set.Value;

    public static IEnumerable<HostileDocument> Refused => All.Where(d => !d.Accepted);

    public static IEnumerable<HostileDocument> Accepted => All.Where(d => d.Accepted);

    public static HostileDocument Named(string fileName) => All.Single(d => d.FileName == fileName);

    private static List<HostileDocument> Build() =>
    [
        new("zero-bytes.pdf", [], "Empty", null, "a 0-byte file"),
        new("blank.txt", Encoding.UTF8.GetBytes(" \n\n\t \r\n  \n"), "Empty", null, "only whitespace"),
        new("cut-short.pdf", TruncatedRevisedPdf(), "CorruptDocument", null,
            "a PDF cut off inside its last revision, which pdftotext would read as the earlier revision"),
        new("random-behind-header.pdf", RandomBytesBehindPdfHeader(), "CorruptDocument", null, "random bytes behind %PDF-1.7"),
        new("password.pdf", EncryptedPdf(), "Encrypted", null, "a password-protected PDF"),
        new("scanned.pdf", PdfWithoutText(), "NoTextLayer", null, "a PDF of one page with no text layer"),
        new("meeting-pack-3000-pages.pdf", ManyPagesPdf(3000, 40), "TooLarge", null,
            "3,000 pages whose text runs past the extraction limit"),
        new("agenda-pack-2000-pages.pdf", ManyPagesPdf(2000, 1), "NotMinutes", null, "2,000 pages of text that is not minutes"),
        new("bins.html", Encoding.UTF8.GetBytes(NotMinutesPage), "NotMinutes", null, "a council web page that is not minutes"),
        new("bomb.docx", ZipBombDocx("word/document.xml"), "CorruptDocument", null, "a .docx whose document part inflates to 64 MB"),
        new("styles-bomb.docx", ZipBombDocx("word/styles.xml"), "CorruptDocument", null, "a .docx whose styles part inflates to 64 MB"),
        new("binary.txt", RandomBytes(8192, seed: 7), "UnknownFormat", null, "binary data named .txt"),
        new("minutes-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(PrintedMinutes(Utf16Date))],
            null, MeetingIdFor(Utf16Date), "printed minutes in UTF-16 with a byte order mark"),
        new("minutes-utf16be-nobom.txt", Encoding.BigEndianUnicode.GetBytes(PrintedMinutes(Utf16BigEndianDate)),
            null, MeetingIdFor(Utf16BigEndianDate), "printed minutes in big-endian UTF-16 without a byte order mark"),
        new("minutes-1252.txt", Windows1252(PrintedMinutes(Windows1252Date)), null, MeetingIdFor(Windows1252Date),
            "printed minutes in Windows-1252 with £, é, ï, curly quotes and dashes"),
        new("scripts.html", Encoding.UTF8.GetBytes(ScriptLadenPage(ScriptPageDate)), null, MeetingIdFor(ScriptPageDate),
            "a ModernGov page full of scripts, event handlers and javascript: links"),
    ];

    public static string MeetingIdFor(DateOnly date) => $"kcsp-{date:yyyy-MM-dd}";

    /// <summary>Printed minutes of the Kent Community Safety Partnership, with characters outside ASCII.</summary>
    public static string PrintedMinutes(DateOnly date) => $"""
        KENT COUNTY COUNCIL

        KENT COMMUNITY SAFETY PARTNERSHIP

        MINUTES of a meeting of the Kent Community Safety Partnership held in the Darent
        Room, Sessions House, County Hall, Maidstone on {date.ToString("dddd, d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.

        PRESENT: Mr M Hill (Chairman), Mrs S Collin (Vice-Chairman), Ms F Leigh and Mr S Scott.

        IN ATTENDANCE: Mr S Peerbux (Head of Community Safety, KCC)

        UNRESTRICTED ITEMS

        21. Introduction
        (Item A1)

        1. The Chairman welcomed Members to the meeting in the Café Rouge room.

        22. Domestic Homicide Review Funding
        (Item B1)

        1. Mr Peerbux said that £21,000 of “additional” funding – agreed in May – would be
        spent on domestic homicide reviews in Kent.

        2. Ms Leigh asked whether the naïve estimate of costs had been revisited.

        RESOLVED that the domestic homicide review funding report be noted.

        """.Replace("\r\n", "\n");

    /// <summary>
    /// A ModernGov minutes page whose markup carries scripts, event handlers and javascript: links, and whose minutes
    /// text quotes markup (&lt;script&gt;, onerror=, javascript:) as words a snippet must escape.
    /// </summary>
    public static string ScriptLadenPage(DateOnly date) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8" /><title>Agenda and minutes</title>
        <script>document.title = '{{ScriptOnlyWord}}';</script>
        <style>body { background: url("javascript:alert('css')") }</style>
        </head>
        <body onload="alert('body')"><div id="modgov">
        <div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
        <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Kent Community Safety Partnership - {{date.ToString("dddd, d", System.Globalization.CultureInfo.InvariantCulture)}}th {{date.ToString("MMMM, yyyy", System.Globalization.CultureInfo.InvariantCulture)}} 2.00 pm</h2></div>
        <div class="mgContent">
        <p><span class="mgLabel">Venue: </span>online<img src="x" onerror="alert('venue')"></p>
        <table class="mgItemTable">
        <tr><th class="mgItemNumberCell">No.</th><th>Item</th></tr>
        <tr>
        <td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>
        <td>
        <p class="mgAiTitleTxt"><a href="javascript:alert('title')" onclick="alert('click')">Portal &lt;img src=x onerror=alert(1)&gt; security review</a></p>
        <p class="mgSubItemTitleTxt">Additional documents:</p>
        <ul class="mgBulletList"><li><a href="javascript:alert('doc')">Portal report PDF 120 KB</a></li>
        <li><a href=" java&#09;script:alert('doc2')">Portal appendix PDF 20 KB</a></li></ul>
        <p class="mgSubItemTitleTxt">Minutes:</p>
        <div class="mgWordPara">
        <p class="MsoNormal">1. Mr Peerbux reported that the partnership portal had rejected the text &lt;script&gt;alert('kcsp')&lt;/script&gt; typed into its feedback form.</p>
        <script>document.write('{{ScriptOnlyWord}}')</script>
        <p class="MsoNormal" onmouseover="alert('para')">2. A link beginning javascript:alert(document.cookie) and an image with onerror=alert(2) were also refused by the portal's sanitiser.</p>
        <noscript><p>{{ScriptOnlyWord}}</p></noscript>
        <p class="MsoNormal">RESOLVED that the portal security review be noted &amp; its sanitiser kept "as is" &lt;b&gt;unchanged&lt;/b&gt;.</p>
        </div>
        </td>
        </tr>
        </table>
        </div></div>
        <iframe src="javascript:alert('frame')"></iframe>
        </body></html>
        """;

    /// <summary>A council page about bin collections: HTML, but no meeting heading or agenda.</summary>
    public const string NotMinutesPage = """
        <!DOCTYPE html>
        <html><head><title>Bin collection days</title></head>
        <body><h1>Bin collection days</h1>
        <p>Your general waste bin is collected every other Tuesday. Recycling is collected on the alternate weeks.</p>
        <p>Report a missed collection by 5pm the next working day.</p>
        </body></html>
        """;

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0; // never a %PDF or PK header by chance
        return bytes;
    }

    private static byte[] RandomBytesBehindPdfHeader()
    {
        var bytes = RandomBytes(16 * 1024, seed: 20191008);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>
    /// A text PDF saved twice (the second revision appended, as editors save), cut off inside the second revision:
    /// pdftotext finds the first revision's trailer and reads page one as if it were the whole document.
    /// </summary>
    public static byte[] TruncatedRevisedPdf()
    {
        var pdf = new PdfWriter();
        pdf.Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add(2, "<< /Type /Pages /Kids [4 0 R] /Count 1 >>");
        pdf.Add(3, PdfWriter.Helvetica);
        pdf.Add(4, PdfWriter.Page(2, 5));
        pdf.Add(5, PdfWriter.TextStream(["KENT COMMUNITY SAFETY PARTNERSHIP", "MINUTES of a meeting held on Thursday, 15 June 2023."]));
        pdf.EndRevision();
        pdf.Add(2, "<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>");
        pdf.Add(6, PdfWriter.Page(2, 7));
        pdf.Add(7, PdfWriter.TextStream(["22. Domestic Homicide Review Funding", "RESOLVED that the report be noted."]));
        pdf.EndRevision();
        var whole = pdf.ToArray();
        return whole[..(pdf.RevisionEnds[0] + (whole.Length - pdf.RevisionEnds[0]) / 2)];
    }

    /// <summary>One page behind the standard security handler whose empty user password does not open it.</summary>
    public static byte[] EncryptedPdf()
    {
        var pdf = new PdfWriter();
        AddOnePage(pdf);
        pdf.Add(5, $"<< /Filter /Standard /V 1 /R 2 /O <{new string('1', 64)}> /U <{new string('2', 64)}> /P -4 >>");
        var id = new string('3', 32);
        pdf.EndRevision($"/Encrypt 5 0 R /ID [<{id}> <{id}>] ");
        return pdf.ToArray();
    }

    /// <summary>One A4 page with an empty content stream: a scan without OCR.</summary>
    public static byte[] PdfWithoutText()
    {
        var pdf = new PdfWriter();
        AddOnePage(pdf);
        pdf.EndRevision();
        return pdf.ToArray();
    }

    /// <summary>A valid PDF of <paramref name="pages"/> pages, each showing the same <paramref name="lines"/> lines (one shared content stream).</summary>
    public static byte[] ManyPagesPdf(int pages, int lines)
    {
        var pdf = new PdfWriter();
        pdf.Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add(2, $"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"))}] /Count {pages} >>");
        pdf.Add(3, PdfWriter.Helvetica);
        pdf.Add(4, PdfWriter.TextStream(Enumerable.Range(1, lines).Select(i => $"Line {i} of the appendix: tables of figures for the agenda pack").ToList()));
        for (var i = 0; i < pages; i++) pdf.Add(5 + i, PdfWriter.Page(2, 4));
        pdf.EndRevision();
        return pdf.ToArray();
    }

    /// <summary>One A4 page with an empty content stream.</summary>
    private static void AddOnePage(PdfWriter pdf)
    {
        pdf.Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.Add(4, PdfWriter.TextStream([]));
    }

    /// <summary>A Word package whose <paramref name="bombPart"/> is 64 MB of spaces deflated to some 64 KB; the other parts are sound.</summary>
    public static byte[] ZipBombDocx(string bombPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Part("word/_rels/document.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            var parts = new Dictionary<string, (string Open, string Close)>
            {
                ["word/document.xml"] = ($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>1. The Partnership noted the report.</w:t></w:r></w:p>""", "</w:body></w:document>"),
                ["word/styles.xml"] = ($"""<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">""", "</w:styles>"),
            };
            foreach (var (name, (open, close)) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(open));
                if (name == bombPart)
                {
                    var spaces = new byte[1024 * 1024];
                    Array.Fill(spaces, (byte)' ');
                    for (var i = 0; i < 64; i++) stream.Write(spaces);
                }
                stream.Write(Encoding.UTF8.GetBytes(close));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Writes PDF objects with a correct cross-reference table per revision.</summary>
    private sealed class PdfWriter
    {
        public const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

        private readonly StringBuilder pdf = new("%PDF-1.4\n");
        private readonly SortedDictionary<int, int> offsets = [];
        private int? previousXref;
        private int size;

        public List<int> RevisionEnds { get; } = [];

        public static string Page(int parent, int contents) =>
            $"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {contents} 0 R >>";

        public static string TextStream(IReadOnlyList<string> lines)
        {
            var content = lines.Count == 0 ? "" : "BT /F1 9 Tf 11 TL 40 800 Td " + string.Concat(lines.Select(l => $"({l}) ' ")) + "ET";
            return $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";
        }

        public void Add(int number, string body)
        {
            offsets[number] = pdf.Length;
            pdf.Append($"{number} 0 obj\n{body}\nendobj\n");
        }

        /// <summary>Writes the cross-reference section of the objects added since the last revision, and the trailer.</summary>
        public void EndRevision(string trailerExtra = "")
        {
            var xref = pdf.Length;
            size = Math.Max(size, offsets.Keys.Max() + 1);
            pdf.Append("xref\n0 1\n0000000000 65535 f \n");
            foreach (var (number, offset) in offsets) pdf.Append($"{number} 1\n{offset:D10} 00000 n \n");
            var prev = previousXref is { } p ? $"/Prev {p} " : "";
            pdf.Append($"trailer\n<< /Size {size} /Root 1 0 R {prev}{trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
            previousXref = xref;
            offsets.Clear();
            RevisionEnds.Add(pdf.Length);
        }

        public byte[] ToArray() => Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
