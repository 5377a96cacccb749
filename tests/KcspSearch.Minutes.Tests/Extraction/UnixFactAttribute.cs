namespace KcspSearch.Minutes.Tests.Extraction;

/// <summary>A fact that runs a shell script in place of pdftotext, so it needs a Unix shell.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public const string Reason = "uses a /bin/sh script as a stand-in for pdftotext";

    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = Reason;
    }
}
