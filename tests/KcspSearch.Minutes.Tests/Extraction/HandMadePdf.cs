using System.Text;

namespace KcspSearch.Minutes.Tests.Extraction;

/// <summary>Minimal, valid PDFs written object by object with a correct cross-reference table.</summary>
internal static class HandMadePdf
{
    private static readonly string[] OnePage =
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    ];

    /// <summary>One A4 page with an empty content stream: what a scan without OCR gives pdftotext.</summary>
    public static byte[] WithoutText() => Build(OnePage, "");

    /// <summary>A page behind the standard security handler whose empty user password does not open it.</summary>
    public static byte[] PasswordProtected()
    {
        var encrypt = $"<< /Filter /Standard /V 1 /R 2 /O <{new string('1', 64)}> /U <{new string('2', 64)}> /P -4 >>";
        var id = new string('3', 32);
        return Build([.. OnePage, encrypt], $"/Encrypt {OnePage.Length + 1} 0 R /ID [<{id}> <{id}>] ");
    }

    private static byte[] Build(string[] objects, string trailerExtra)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
