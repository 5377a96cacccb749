using BenchmarkDotNet.Attributes;
using KcspSearch.Benchmarks.Corpora;

namespace KcspSearch.Benchmarks.Stages;

/// <summary>
/// Base of the per-stage benchmarks: one benchmark per corpus built and kind of query; each invocation runs every
/// query of that kind once (see <see cref="QueryMix"/>), so the figure is for the whole group.
/// </summary>
[MemoryDiagnoser]
public abstract class StageBenchmark
{
    private StageContext? context;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "10k";

    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = "one word";

    public static IEnumerable<string> Corpora => KcspSearch.Benchmarks.Corpora.Corpus.Built();

    public static IEnumerable<string> Kinds => QueryMix.All.Select(q => q.Kind).Distinct();


    internal StageContext Context => context ?? throw new InvalidOperationException("GlobalSetup has not run.");

    internal IReadOnlyList<PreparedQuery> Queries { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        context = new StageContext(Corpus);
        Queries = context.OfKind(Kind);
    }

    [GlobalCleanup]
    public void Cleanup() => context?.Dispose();
}
