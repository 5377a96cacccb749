using System.Security.Cryptography;
using KcspSearch.Minutes;
using KcspSearch.Minutes.Extraction;
using KcspSearch.Tests;

namespace KcspSearch.Search.Tests.Support;

/// <summary>
/// Every real document of ../shared indexed through <see cref="MinutesPipeline.CreateDefault"/>: the 2019 PDF and
/// its text extract, the 2022 ModernGov page and its text rendering. Each pair is one meeting in two files, so the
/// second file of a pair replaces the first ("latest wins") and the index holds two meetings.
/// </summary>
public sealed class RealDocumentsIndex : IDisposable
{
    /// <summary>In indexing order: each meeting's second rendering is the one kept.</summary>
    public static readonly string[] Files =
    [
        "fixtures/kcsp-2019-10-08.pdf",
        "seeds/kcsp-2019-10-08.pdf-extract.txt",
        "fixtures/kcsp-2022-03-24.html",
        "seeds/kcsp-2022-03-24.moderngov.txt",
    ];

    public RealDocumentsIndex()
    {
        Temp = new TempIndex();
        var pipeline = MinutesPipeline.CreateDefault();
        foreach (var file in Files)
        {
            var source = SourceDocument.FromFile(SharedFiles.Path(file));
            var meeting = pipeline.ProcessAsync(source).GetAwaiter().GetResult();
            Results.Add(Temp.Index.IndexMeeting(meeting, new SourceInfo(file, Convert.ToHexString(SHA256.HashData(source.Content)), source.FileName)));
        }
    }

    public TempIndex Temp { get; }

    /// <summary>The outcome of each file of <see cref="Files"/>, in order.</summary>
    public List<IndexResult> Results { get; } = [];

    public void Dispose() => Temp.Dispose();
}
