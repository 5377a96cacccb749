namespace KcspSearch.Minutes.Tests.Extraction;

/// <summary>A theory that runs a shell script in place of pdftotext; see <see cref="UnixFactAttribute"/>.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = UnixFactAttribute.Reason;
    }
}
