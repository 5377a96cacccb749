using KcspSearch.Indexer.Generation;
using KcspSearch.Indexer.Inbox;
using KcspSearch.Indexer.Ingest;
using KcspSearch.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KcspSearch.Indexer.Tests.Support;

/// <summary>
/// A temporary folder with an index, an inbox and samples, and the indexer's services wired as the API wires
/// them (<c>AddKcspIndexer</c>). Disposing it deletes everything. <see cref="Restart"/> drops the services and
/// builds them again over the same folders, as a process restart would.
/// </summary>
public sealed class TestWorkspace : IDisposable
{
    private ServiceProvider services;

    public TestWorkspace(IIngestStepObserver? observer = null, TimeSpan? settleTime = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "kcsp-indexer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        SettleTime = settleTime ?? TimeSpan.Zero;
        services = Build(observer);
    }

    public string Root { get; }
    public TimeSpan SettleTime { get; }
    public string IndexDirectory => Path.Combine(Root, "index");
    public string SamplesDirectory => Path.Combine(Root, "samples");
    public IServiceProvider Services => services;
    public InboxFolders Folders => services.GetRequiredService<InboxFolders>();
    public InboxProcessor Processor => services.GetRequiredService<InboxProcessor>();
    public SearchIndex Index => services.GetRequiredService<SearchIndex>();

    /// <summary>Disposes the services (closing the index) and builds new ones over the same folders.</summary>
    public void Restart(IIngestStepObserver? observer = null)
    {
        services.Dispose();
        services = Build(observer);
    }

    public SearchResponse Search(string query) =>
        new SearchEngine(Index, SearchOptions.FromConfig(new KcspSearch.Minutes.MinutesOptions())).Search(new SearchRequest { Q = query, Group = SearchGroup.Chunk, PageSize = 100 });

    /// <summary>Composes one synthetic meeting and returns its file name and text in its format.</summary>
    public static (string FileName, string Text) Minutes(int seed, int sequence = 0)
    {
        var generator = new CorpusGenerator(seed);
        var slot = generator.Schedule(sequence + 1).Single(s => s.Sequence == sequence);
        var generated = generator.Compose(slot);
        var writer = CorpusGenerator.WriterFor(slot.Format);
        using var text = new StringWriter();
        writer.Write(generated, text);
        return (generated.Meeting.Id + writer.Extension, text.ToString());
    }

    /// <summary>Writes a file into the inbox as a dropping user would.</summary>
    public string Drop(string fileName, string text)
    {
        Directory.CreateDirectory(Folders.Inbox);
        var path = Path.Combine(Folders.Inbox, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public string Drop(string fileName, byte[] content)
    {
        Directory.CreateDirectory(Folders.Inbox);
        var path = Path.Combine(Folders.Inbox, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    private ServiceProvider Build(IIngestStepObserver? observer)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kcsp:IndexDirectory"] = IndexDirectory,
            ["Kcsp:Inbox"] = Path.Combine(Root, "inbox"),
            ["Kcsp:SamplesDirectory"] = SamplesDirectory,
            ["Kcsp:MaxParallelism"] = "2",
            ["Kcsp:SettleTime"] = SettleTime.ToString(),
            ["Kcsp:RescanInterval"] = "00:00:00.200",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        if (observer is not null) collection.AddSingleton(observer);
        collection.AddKcspIndexer();
        return collection.BuildServiceProvider();
    }

    public void Dispose()
    {
        services.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing handle; the OS temp cleaner removes it.
        }
    }
}
