namespace KcspSearch.Api.Health;

/// <summary>Whether the first start is still indexing the sample minutes, for the readiness probe.</summary>
public sealed class SampleIndexingStatus
{
    private volatile bool running;

    public bool Running => running;

    public void Started() => running = true;

    public void Finished() => running = false;
}
