using KcspSearch.Search.Index;

namespace KcspSearch.Search.Tests.Support;

/// <summary>
/// A class fixture holding <see cref="RealDocumentsIndex"/>, built on first use, so a clone without ../shared skips
/// its tests (<c>SharedFact</c>) before any document is read.
/// </summary>
public sealed class RealDocumentsFixture : IDisposable
{
    private readonly Lazy<RealDocumentsIndex> index = new(() => new RealDocumentsIndex());

    public RealDocumentsIndex Documents => index.Value;
    public SearchIndex Index => index.Value.Temp.Index;
    internal IndexSnapshot Snapshot => IndexFiles.Snapshot(Index);

    public void Dispose()
    {
        if (index.IsValueCreated) index.Value.Dispose();
    }
}
